"""What a reminder to a survivor says: discreet unless she asked for more.

Discreet wording says "appointment" and the time, nothing else: a locked phone's
screen or a shared inbox may show it. Never the survivor's name, the offence, the
defendant or the service's name, whatever she chose.
"""

from __future__ import annotations

from datetime import date, datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from journeys.models import Hearing

from .models import SurvivorMessage
from .timing import hearing_moment

Kind = SurvivorMessage.Kind


def _short_day(value: date) -> str:
    return date_format(value, "D j M")


def when_text(hearing: Hearing, moment: datetime) -> str:
    """ "Tue 4 Mar 10:00", or a warned-list window as "between Mon 1 and Fri 5 Mar"."""
    if hearing.is_window and hearing_moment(hearing) == moment:
        return _("some day between %(first)s and %(last)s") % {
            "first": _short_day(hearing.window_start),
            "last": _short_day(hearing.window_end),
        }
    return date_format(moment.astimezone(hearing.journey.pack.zone), "D j M H:i")


def _what(hearing: Hearing, named: bool) -> str:
    if not named:
        return _("appointment")
    return _("court hearing (%(type)s) at %(court)s") % {
        "type": hearing.type_label,
        "court": hearing.court.name,
    }


def message_text(
    message: SurvivorMessage, *, hearing: Hearing, named: bool, channel: str
) -> str:
    """The whole text of one message, as she will read it."""
    values = {"what": _what(hearing, named), "when": when_text(hearing, message.about)}
    if message.kind == Kind.APPOINTMENT and named:
        text = _("Reminder: %(what)s, %(when)s.") % values
    elif message.kind == Kind.APPOINTMENT:
        text = _("Reminder: appointment %(when)s.") % values
    elif message.kind == Kind.MOVED:
        text = _("Your %(what)s has moved to %(when)s.") % values
    elif message.kind == Kind.CANCELLED:
        text = (
            _("Your %(what)s on %(when)s is cancelled. Your advocate will be in touch.")
            % values
        )
    else:
        text = (
            _(
                "Your %(what)s on %(when)s will not go ahead then. Your advocate will "
                "tell you the new date."
            )
            % values
        )
    stop = (
        _("Reply STOP to stop.")
        if channel == "sms"
        else _("To stop these messages, tell your advocate.")
    )
    return f"{text[0].upper()}{text[1:]} {stop}"


def email_subject(message: SurvivorMessage) -> str:
    """A subject a shared inbox may show: no court, no case, no service."""
    if message.kind == Kind.APPOINTMENT:
        return _("Reminder")
    return _("Appointment update")
