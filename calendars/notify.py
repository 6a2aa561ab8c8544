"""Calendar updates sent by themselves: iTIP REQUEST/CANCEL on every change.

``sync`` reports each entry whose SEQUENCE rose; after the change commits, one task
per recipient sends the update. The lead advocate always gets it; the survivor
only if she asked for updates by email and it is safe to email her, and then only
her own discreet entry, from an address that names no service. A task run twice,
or a version already superseded, sends nothing.
"""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from journeys.models import ContactMethod, Hearing

from .events import (
    PRODID,
    STATUS_MAP,
    SURVIVOR_PRODID,
    CalendarOptions,
    HearingFacts,
    advocate_entries_for,
    hearing_facts,
    survivor_entries_for,
    when_words,
)
from .models import CalendarDispatch, CalendarFeed

logger = logging.getLogger("waymark.calendars")

Audience = CalendarDispatch.Audience


def _survivor_address(facts: HearingFacts) -> str:
    """Her current email address, only if she opted in and email is safe."""
    survivor = (
        Hearing.objects.filter(pk=facts.pk)
        .values_list(
            "journey__survivor_id",
            "journey__survivor__calendar_updates_by_email",
            "journey__survivor__safe_to_email",
            "journey__survivor__erased_at",
        )
        .first()
    )
    if survivor is None:
        return ""
    survivor_id, opted_in, safe, erased_at = survivor
    if not (opted_in and safe) or erased_at is not None:
        return ""
    method = ContactMethod.objects.filter(
        survivor_id=survivor_id, kind=ContactMethod.Kind.EMAIL, is_current=True
    ).first()
    return method.value.strip() if method else ""


def _advocate(facts: HearingFacts):
    from django.contrib.auth import get_user_model

    if facts.lead_advocate_id is None:
        return None
    return get_user_model().objects.filter(pk=facts.lead_advocate_id).first()


def _message(facts: HearingFacts, *, audience: str, cancelled: bool) -> tuple:
    when = when_words(facts, _("%(first)s to %(last)s"))
    if audience == Audience.SURVIVOR:
        # Neutral words only: a shared inbox or a lock screen may show them.
        if cancelled:
            return (
                _("Appointment cancelled"),
                _("Your appointment on %(when)s is cancelled.") % {"when": when},
            )
        return (
            _("Appointment: %(when)s") % {"when": when},
            _(
                "Your appointment is on %(when)s. Open the attachment to update your "
                "calendar."
            )
            % {"when": when},
        )
    reference = facts.reference
    if cancelled:
        return (
            _("Cancelled: %(reference)s hearing on %(when)s")
            % {"reference": reference, "when": when},
            _(
                "The hearing on %(when)s is off. The attached update removes it from "
                "your calendar."
            )
            % {"when": when},
        )
    return (
        _("Updated: %(reference)s hearing on %(when)s")
        % {"reference": reference, "when": when},
        _(
            "The hearing is now on %(when)s. The attached update changes the entry "
            "in your calendar."
        )
        % {"when": when},
    )


def calendar_update_send(*, hearing_pk: int, sequence: int, audience: str) -> str:
    """Send one version of one entry to one recipient, at most once.

    Returns what happened: "sent", "duplicate", "superseded", "unchanged" or why
    nobody was written to.
    """
    from .services import organizer_address, send_itip

    found = hearing_facts(Hearing.objects.filter(pk=hearing_pk))
    if not found:
        return "gone"
    facts = found[0]
    if facts.state_sequence != sequence:
        return "superseded"  # a newer version has its own task
    try:
        organizer = organizer_address()
    except ValidationError:
        logger.warning(
            "Calendar update for hearing %s not sent: no organiser", hearing_pk
        )
        return "no organiser"
    options = CalendarOptions.from_settings()
    if audience == Audience.ADVOCATE:
        advocate = _advocate(facts)
        recipient = (advocate.email or "").strip() if advocate else ""
        discreet = bool(
            advocate
            and CalendarFeed.objects.active()
            .filter(user=advocate, discreet=True)
            .exists()
        )
        items = advocate_entries_for(
            facts, sequence=sequence, options=options, discreet=discreet
        )
        prodid, sender = PRODID, organizer
    else:
        recipient = _survivor_address(facts)
        items = survivor_entries_for(facts, sequence=sequence, options=options)
        prodid = SURVIVOR_PRODID
        sender = (
            getattr(settings, "WAYMARK_CALENDAR_SURVIVOR_FROM_EMAIL", "") or organizer
        )
    if not recipient:
        return "no recipient"
    cancelled = STATUS_MAP.get(facts.status) == "CANCELLED"
    method = "CANCEL" if cancelled else "REQUEST"
    shown = [
        (e.uid, e.summary, e.description, e.location, e.status, e.start, e.end)
        + (e.first_day, e.last_day, e.reminders)
        for e in items
    ]
    digest = hashlib.sha256(repr((shown, recipient)).encode()).hexdigest()
    with transaction.atomic():
        last = (
            CalendarDispatch.objects.select_for_update()
            .filter(hearing_id=hearing_pk, audience=audience, sent_at__isnull=False)
            .order_by("-sequence")
            .first()
        )
        if last is not None and last.digest == digest:
            return "unchanged"  # e.g. the court's phone changed: not in her copy
        try:
            with transaction.atomic():
                dispatch = CalendarDispatch.objects.create(
                    hearing_id=hearing_pk,
                    audience=audience,
                    sequence=sequence,
                    method=method,
                    digest=digest,
                )
        except IntegrityError:
            return "duplicate"
        subject, text = _message(facts, audience=audience, cancelled=cancelled)
        send_itip(
            items,
            subject=subject,
            text=text,
            prodid=prodid,
            method=method,
            organizer=sender,
            recipient=recipient,
        )
        dispatch.sent_at = timezone.now()
        dispatch.save(update_fields=["sent_at"])
    logger.info(
        "Calendar %s %s for hearing %s sent to the %s",
        method,
        sequence,
        hearing_pk,
        audience,
    )
    return "sent"
