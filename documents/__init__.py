"""Letters: special-measures applications and other court letters as .docx.

``letters`` gathers the facts for each letter type; ``rendering`` is the only
module that uses python-docx; ``services`` generates and stores letters with
their hash and history; ``views``/``forms`` are the workspace pages.
"""
