"""Figures for partnership boards and funders, from the data advocates already enter.

``selectors.build_report`` runs every section for one service and period;
``sections`` holds the section type and generic table builders, ``figures`` the
queries, ``tables``/``charts``/``exports`` the output. Other apps add sections with
the ``waymark_report_sections`` hook (see ``core.hooks``).
"""
