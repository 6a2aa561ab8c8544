"""Fictional demo data and the caseload generator (development and benchmarks only).

Never installed in production: ``data`` loads the demo services, staff and
journeys (``manage.py load_demo_data``), with ``scotland`` adding a fictional
Scottish service under the Scotland pack (``steps`` records a sample journey for
both); ``caseload`` generates a seeded caseload of any size
(``manage.py generate_caseload``).
"""
