"""The service that runs the survivors' site, as the site shows it.

A deployment names its service with ``settings.WAYMARK_PUBLIC_ORGANISATION`` (the
organisation's slug, from the environment; several services, one per jurisdiction,
separated by commas). Each jurisdiction's section of the site shows the first named
service that works under that jurisdiction. Unset, or naming no such service, the
section shows only the national helplines: no service's details are ever guessed.
"""

from __future__ import annotations

from django.conf import settings

from core.hooks import PublicContact

from .models import Organisation


def public_organisation(rules_pack: str | None = None) -> Organisation | None:
    """The first service the deployment names (under ``rules_pack``, if given)."""
    named = getattr(settings, "WAYMARK_PUBLIC_ORGANISATION", "")
    slugs = [slug.strip() for slug in named.split(",") if slug.strip()]
    if not slugs:
        return None
    found = Organisation.objects.filter(slug__in=slugs)
    if rules_pack is not None:
        found = found.filter(rules_pack=rules_pack)
    by_slug = {organisation.slug: organisation for organisation in found}
    return next((by_slug[slug] for slug in slugs if slug in by_slug), None)


def public_contact(request=None, rules_pack: str | None = None) -> PublicContact | None:
    """Its public contact details (hook ``waymark_public_contact``), if any.

    A section of the site for one jurisdiction passes its pack's key, so it never
    shows a service that works under another jurisdiction's law.
    """
    organisation = public_organisation(rules_pack)
    if organisation is None:
        return None
    contact = PublicContact(
        name=organisation.public_name,
        phone=organisation.public_phone,
        text_number=organisation.public_text_number,
        email=organisation.public_email,
        opening_hours=organisation.public_opening_hours,
        website=organisation.public_website,
    )
    return contact or None
