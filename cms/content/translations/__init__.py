"""Translations of the most used pages, one module per language.

Each module has the shape of the English content: ``HOME`` and ``JOURNEY`` dicts,
``STAGES`` (by stage key, only the stages translated so far) and ``TOPICS`` (each
with ``source_slug``, the English page it translates). Pages not listed stay in
English, and the site says so. Every translation is loaded marked "needs review by
a native speaker" until an editor clears it.
"""

TRANSLATIONS: dict = {}
