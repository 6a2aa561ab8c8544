"""The service that runs the survivors' site, as the site shows it.

A deployment names its service with ``settings.WAYMARK_PUBLIC_ORGANISATION`` (the
organisation's slug, from the environment). Unset, or naming no service, the site
shows only the national helplines: no service's details are ever guessed.
"""

from __future__ import annotations

from django.conf import settings

from core.hooks import PublicContact

from .models import Organisation


def public_organisation() -> Organisation | None:
    """The service named by the deployment, if there is one."""
    slug = getattr(settings, "WAYMARK_PUBLIC_ORGANISATION", "")
    if not slug:
        return None
    return Organisation.objects.filter(slug=slug).first()


def public_contact(request=None) -> PublicContact | None:
    """Its public contact details (hook ``waymark_public_contact``), if any."""
    organisation = public_organisation()
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
