"""The copies of reports that leave the service, stripped of everything that is hers.

Only reports whose consent level allows sharing go out; "keep within the service"
never does. What a shared copy holds, and why:

* **Never**: her chosen or legal name, contact details, address, pronouns or notes;
  the journey reference (W-…), crime reference, prosecution reference, court case
  number or officer's name; who recorded the report or when. None of these is read
  at all.
* **The date, to the month** (or the year, if only the year is known). An exact
  day, with a place, lets a partner or the police match the report to one
  incident log or 999 call, and so to her; a month is enough to see a pattern.
* **The free text about him** (where, what happened, his description, vehicle,
  numbers, handles, how he operates) goes out after every string that identifies
  her – her names and each part of them, every contact detail she ever gave
  (phone numbers in any spelling), her address and its parts, her journeys'
  references – is replaced with "[removed]". Advocates are still asked to write
  these fields without describing her: a nickname or a description of her the
  record does not hold cannot be recognised.
* **The police copy** of a report she agreed to share with the police "with her
  details" adds her name, her crime reference, the force and the exact date –
  only while her consent record also holds a "share information with the
  police" consent in force (for all her journeys, or this report's journey), so
  a consent withdrawn there takes her name out of the next copy at once. Her
  contact details never go: the police reach her through the service.

Reports of the "anonymous" level are exactly the same in the police copy as in the
partners' copy.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext_lazy as _

from core.spreadsheets import formula_safe
from journeys.models import ContactMethod, Survivor

from .matching import (
    handles_of,
    normalise_handle,
    normalise_phone,
    phones_of,
    registration_of,
)
from .models import IntelligenceReport

REMOVED = "[removed]"
PARTNERS = "partners"
POLICE = "police"
AUDIENCES = (PARTNERS, POLICE)
FORMATS = ("csv", "json")

# Name parts this short ("Jo", "Li") match too much ordinary text to strip alone;
# the whole name is still stripped.
MIN_PART = 3
_PHONE_LIKE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
_HOUSE_NUMBER = re.compile(r"^\s*(?:flat\s+\w+\s*,?\s*)?\d+[a-z]?\s+", re.IGNORECASE)


class Redactor:
    """Strips one survivor's identifying strings from text about someone else."""

    def __init__(self, survivor: Survivor) -> None:
        self.phrases: set[str] = set()
        self.phones: set[str] = set()
        self.handles: set[str] = set()
        self._add_name(survivor.chosen_name)
        self._add_name(survivor.legal_name)
        for method in survivor.contact_methods.all():
            self._add_contact(method)
        for journey in survivor.journeys.all():
            for value in (
                journey.reference,
                journey.crime_reference,
                journey.prosecution_reference,
                journey.court_case_number,
                journey.oic_name,
            ):
                self._add_phrase(value)
        self._pattern = self._compile()

    def _add_phrase(self, value: str) -> None:
        value = (value or "").strip()
        if len(value) >= MIN_PART:
            self.phrases.add(value)

    def _add_name(self, name: str) -> None:
        self._add_phrase(name)
        for part in re.split(r"[\s,.'’-]+", name or ""):
            self._add_phrase(part)

    def _add_contact(self, method: ContactMethod) -> None:
        value = method.value or ""
        self._add_phrase(value)
        if method.kind in (ContactMethod.Kind.MOBILE, ContactMethod.Kind.LANDLINE):
            self.phones.add(normalise_phone(value))
        elif method.kind == ContactMethod.Kind.ADDRESS:
            for part in re.split(r"[\n,]", value):
                self._add_phrase(part)
                # "12 Quill Mews" is also written "Quill Mews".
                street = _HOUSE_NUMBER.sub("", part).strip()
                if len(street) >= 6:
                    self._add_phrase(street)
            for postcode in _POSTCODE.findall(value):
                self._add_phrase(postcode)
        else:
            self.handles.add(normalise_handle(value))
            for phone in _PHONE_LIKE.findall(value):
                self.phones.add(normalise_phone(phone))

    def _compile(self) -> re.Pattern | None:
        if not self.phrases:
            return None
        # Longest first, so a whole name goes before its parts; any run of spaces
        # matches a space, and word characters at the ends must stand alone.
        parts = []
        for phrase in sorted(self.phrases, key=len, reverse=True):
            body = r"\s+".join(re.escape(word) for word in phrase.split())
            start = r"(?<!\w)" if phrase[0].isalnum() else ""
            end = r"(?!\w)" if phrase[-1].isalnum() else ""
            parts.append(start + body + end)
        return re.compile("|".join(parts), re.IGNORECASE)

    def _phone(self, match: re.Match) -> str:
        return (
            REMOVED if normalise_phone(match.group()) in self.phones else match.group()
        )

    def text(self, value: str) -> str:
        """The text with every string of hers replaced by "[removed]"."""
        if not value:
            return ""
        value = _PHONE_LIKE.sub(self._phone, value)
        if self._pattern is not None:
            value = self._pattern.sub(REMOVED, value)
        return value

    def items(self, values: Iterable[str]) -> list[str]:
        """A list with her own numbers and handles left out and the rest redacted."""
        kept = []
        for value in values:
            if value in self.phones or value in self.handles:
                continue
            cleaned = self.text(value)
            if cleaned and REMOVED not in cleaned:
                kept.append(cleaned)
        return kept


def _month(report: IntelligenceReport) -> str:
    """The date at most to the month: to the year if only the year is known."""
    day = report.happened_on
    if day is None:
        return ""
    if report.happened_on_precision == IntelligenceReport.DatePrecision.YEAR:
        return f"{day:%Y}"
    return f"{day:%Y-%m}"


def anonymous_copy(report: IntelligenceReport, redactor: Redactor) -> dict[str, Any]:
    """What any partner may receive: the individual, never her."""
    return {
        "reference": report.share_reference,
        "service": report.organisation.name,
        "consent": report.consent,
        "month": _month(report),
        "date_approximate": report.happened_on_precision
        == IntelligenceReport.DatePrecision.APPROXIMATE,
        "where": redactor.text(report.where),
        "what_happened": redactor.text(report.what_happened),
        "description": redactor.text(report.description),
        "vehicle_registration": redactor.text(registration_of(report)),
        "vehicle": redactor.text(report.vehicle_description),
        "phone_numbers": redactor.items(sorted(phones_of(report))),
        "handles": redactor.items(sorted(handles_of(report))),
        "modus_operandi": redactor.text(report.modus_operandi),
    }


def police_copy(report: IntelligenceReport, redactor: Redactor) -> dict[str, Any]:
    """The partners' copy, plus her name and case when she agreed to exactly that."""
    copy = anonymous_copy(report, redactor)
    identified = report.consent == IntelligenceReport.Consent.POLICE and getattr(
        report, "police_consent_on_file", False
    )
    journey = report.journey
    force = journey.pack.police_force(journey.police_force) if journey else None
    copy.update(
        survivor_name=report.survivor.chosen_name if identified else "",
        survivor_legal_name=report.survivor.legal_name if identified else "",
        crime_reference=journey.crime_reference if identified and journey else "",
        police_force=str(force.label) if identified and force else "",
        date=report.happened_on.isoformat()
        if identified and report.happened_on
        else "",
        contact=(
            str(_("Through %(service)s")) % {"service": report.organisation.name}
            if identified
            else ""
        ),
    )
    return copy


HEADINGS = {
    "reference": _("Reference"),
    "service": _("Service"),
    "consent": _("Consent level"),
    "month": _("Month"),
    "date_approximate": _("Date approximate"),
    "where": _("Where"),
    "what_happened": _("What happened"),
    "description": _("Description"),
    "vehicle_registration": _("Vehicle registration"),
    "vehicle": _("Vehicle"),
    "phone_numbers": _("Phone numbers"),
    "handles": _("Online handles"),
    "modus_operandi": _("How he operates"),
    "survivor_name": _("Survivor's name"),
    "survivor_legal_name": _("Survivor's legal name"),
    "crime_reference": _("Crime reference"),
    "police_force": _("Police force"),
    "date": _("Date"),
    "contact": _("Contact"),
}


def shared_reports(user):
    """The reports this user may see whose consent allows sharing, in one batch."""
    return (
        IntelligenceReport.objects.for_user(user)
        .shareable()
        .with_police_consent_on_file()
        .select_related("organisation", "journey", "survivor")
        .prefetch_related("survivor__contact_methods", "survivor__journeys")
        .order_by("happened_on", "pk")
    )


def copies(reports: Iterable[IntelligenceReport], audience: str) -> list[dict]:
    """The shared copy of each report for one audience (partners or the police)."""
    build = police_copy if audience == POLICE else anonymous_copy
    redactors: dict[int, Redactor] = {}
    result = []
    for report in reports:
        if not report.is_shareable:
            continue  # never, whatever the caller passed in
        if report.survivor_id not in redactors:
            redactors[report.survivor_id] = Redactor(report.survivor)
        result.append(build(report, redactors[report.survivor_id]))
    return result


def as_json(rows: list[dict]) -> str:
    return json.dumps({"reports": rows}, ensure_ascii=False, indent=2)


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = "; ".join(value)
    elif isinstance(value, bool):
        value = "yes" if value else "no"
    return formula_safe(value)


def as_csv(rows: list[dict], audience: str) -> str:
    """Spreadsheet-safe CSV: no cell can run as a formula."""
    keys = list(HEADINGS) if audience == POLICE else list(HEADINGS)[:13]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([str(HEADINGS[k]) for k in keys])
    for row in rows:
        writer.writerow([_cell(row.get(k, "")) for k in keys])
    return out.getvalue()
