"""The survivors' site: Wagtail pages in plain language.

``models`` (home, journey map, stage and topic explainers, glossary) built from the
shared ``blocks``; each rules pack has its own section (a ``HomePage`` with its
``rules_pack``: the deployment's at the root, others below it, e.g. /scotland/) and
every page speaks the pack of its section (``page.pack``); ``content`` and
``loader`` hold and load the explainer text;
``readability`` guides editors; ``middleware`` keeps public pages cookie-free;
``languages`` names the site's languages and finds each page's translations for the
switcher; ``content/translations`` holds the shipped translations.
"""
