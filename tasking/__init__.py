"""The weekly tasking meeting: risk levels, actions, and the list partners discuss.

``models`` holds a journey's risk assessments (the latest is her current level,
earlier rows are its history), actions with an owner and a due date, tasking
meetings (date, partners attending) and what each meeting agreed per journey;
``services`` makes every change, validated and kept in history; ``selectors``
builds the tasking list for a meeting (only journeys whose consent covers every
partner attending); ``agenda`` turns it into CSV and .docx; ``views`` and
``admin_urls`` are the staff pages, mounted by ``wagtail_hooks``, which also adds
the risk and actions panel to the journey page.
"""
