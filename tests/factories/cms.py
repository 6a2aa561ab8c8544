"""Factories for the survivors' site (cms)."""

import factory
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from cms.models import GlossaryTerm


class GlossaryTermFactory(DjangoModelFactory):
    class Meta:
        model = GlossaryTerm

    term = factory.Sequence(lambda n: f"TERM{n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    plain_meaning = "A short, plain meaning."
    locale = factory.LazyFunction(Locale.get_default)
