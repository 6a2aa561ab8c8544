"""The English explainers for Scotland, in the shape the cms loader reads."""

from . import glossary, site, stages, topics


class ENGLISH:
    """What the cms loader reads for the default language."""

    HOME = site.HOME
    HELP = site.HELP
    JOURNEY = site.JOURNEY
    GLOSSARY = site.GLOSSARY
    TERMS = glossary.TERMS
    STAGES = stages.STAGES
    TOPICS = topics.TOPICS
