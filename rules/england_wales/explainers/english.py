"""The English explainers, in the same shape as a translation module."""

from rules.common import english_explainers

from . import glossary, site, stages, topics

#: What the cms loader reads for the default language.
ENGLISH = english_explainers(site=site, glossary=glossary, stages=stages, topics=topics)
