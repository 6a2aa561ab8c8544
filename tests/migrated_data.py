"""Recreate the rows data migrations make: courts, the Wagtail locale, root and site."""

from importlib import import_module

from django.apps import apps
from django.conf import settings


def restore_migrated_data() -> None:
    """Idempotently restore courts and the page tree after a flush."""
    from wagtail.models import Locale, Page

    from journeys.courts import sync_courts
    from journeys.models import Court

    if not Court.objects.exists():
        sync_courts(Court)
    if Page.objects.filter(depth=1).exists():
        return
    locale, _ = Locale.objects.get_or_create(
        language_code=settings.WAGTAIL_CONTENT_LANGUAGES[0][0]
    )
    Page.add_root(
        instance=Page(title="Root", slug="root", draft_title="Root", locale=locale)
    )
    home = import_module("cms.migrations.0002_create_home_page")
    home.create_home(apps, None)
