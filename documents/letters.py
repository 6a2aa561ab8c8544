"""Build each letter from a journey's facts: plain content plus what is missing.

The same pass that lays a letter out records every fact it could not find, so the
missing-data report before generating and the marked blanks in the file agree.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.workdays import due_date
from rules.base import ReviewScheme, RulesPack, TimeLimitRule, Wording

from . import errors
from .content import (
    Bullets,
    Details,
    Heading,
    LetterContent,
    LetterheadContent,
    Paragraph,
    SignatureLines,
    Table,
    Text,
    apply_edits,
    plain,
)
from .placeholders import TOKEN, Segment, blank, fill, paragraphs

if TYPE_CHECKING:
    from .kinds import LetterKind


# What each fact is called in a blank and where to put it right. Facts every letter
# can need are here; each letter kind adds its own (see kinds.py).
COMMON_FACTS = {
    "crime_reference": (
        gettext_lazy("crime reference number"),
        gettext_lazy("journey details"),
    ),
    "prosecution_reference": (
        gettext_lazy("prosecution reference"),
        gettext_lazy("journey details"),
    ),
    "court_case_number": (
        gettext_lazy("court case number"),
        gettext_lazy("journey details"),
    ),
    "oic_name": (gettext_lazy("officer in the case"), gettext_lazy("journey details")),
    "police_force": (gettext_lazy("police force"), gettext_lazy("journey details")),
    "court_name": (gettext_lazy("court"), gettext_lazy("add a hearing")),
    "next_hearing": (
        gettext_lazy("next hearing date"),
        gettext_lazy("add a hearing"),
    ),
    "defendant_names": (
        gettext_lazy("defendant's name"),
        gettext_lazy("journey page: add a defendant"),
    ),
}
VRR_FACTS = {
    "decision": (
        gettext_lazy("the decision under review"),
        gettext_lazy("timeline: record the decision"),
    ),
    "told_on": (
        gettext_lazy("date the survivor was told of the decision"),
        gettext_lazy("timeline: the decision's “date survivor was told”"),
    ),
    "decision_date": (
        gettext_lazy("date of the decision"),
        gettext_lazy("timeline: record the decision"),
    ),
    "review_scheme": (
        gettext_lazy("the review scheme"),
        gettext_lazy("timeline: record the decision"),
    ),
    "review_body": (
        gettext_lazy("who carries out the review"),
        gettext_lazy("timeline: record the decision"),
    ),
    "request_deadline": (
        gettext_lazy("the last day to ask for the review"),
        gettext_lazy("timeline: the decision's “date survivor was told”"),
    ),
}
SENTENCE_FACTS = {
    "sentence_date": (
        gettext_lazy("date of sentence"),
        gettext_lazy("timeline: record the sentence"),
    ),
    "sentence_given": (
        gettext_lazy("the sentence given"),
        gettext_lazy("this form"),
    ),
    "last_day": (
        gettext_lazy("the last day to challenge the sentence"),
        gettext_lazy("timeline: record the sentence"),
    ),
    "uls_reasons": (
        gettext_lazy("why the survivor thinks the sentence is too low"),
        gettext_lazy("this form"),
    ),
}
COMPLAINT_FACTS = {
    "right": (gettext_lazy("Victims' Code right"), gettext_lazy("this form")),
    "body_at_fault": (
        gettext_lazy("organisation that did not meet it"),
        gettext_lazy("this form"),
    ),
    "what_was_due": (gettext_lazy("what was due"), gettext_lazy("this form")),
    "due_on": (gettext_lazy("date it was due"), gettext_lazy("this form")),
    "what_happened": (gettext_lazy("what happened"), gettext_lazy("this form")),
}


@dataclass(frozen=True)
class Missing:
    key: str
    label: str
    where: str

    def __str__(self) -> str:
        return f"{self.label} ({self.where})"


@dataclass
class Draft:
    content: LetterContent
    missing: list[Missing] = field(default_factory=list)
    # Things the advocate should know that are not gaps (a date that has passed).
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Sender:
    name: str
    role: str
    organisation: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Pronouns:
    """The survivor's pronouns as letters use them; "they" only when none recorded."""

    they: str = "they"
    them: str = "them"
    their: str = "their"

    def values(self) -> dict[str, str]:
        return {"they": self.they, "them": self.them, "their": self.their}


KNOWN_PRONOUNS = {
    "she": Pronouns("she", "her", "her"),
    "he": Pronouns("he", "him", "his"),
    "they": Pronouns(),
}


def pronouns_from(recorded: str) -> Pronouns:
    """Read "she/her", "he/him", "ze/hir/hir" and the like; "they" if none."""
    words = [w for w in re.split(r"[\s/,;]+", recorded.strip().lower()) if w]
    if not words:
        return Pronouns()
    if words[0] in KNOWN_PRONOUNS:
        return KNOWN_PRONOUNS[words[0]]
    if len(words) == 1 or not words[0].isalpha():
        return Pronouns()
    return Pronouns(words[0], words[1], words[2] if len(words) > 2 else words[1])


def long_date(value: date | None) -> str:
    """UK long form: 14 March 2027."""
    return date_format(value, "j F Y") if value else ""


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    hour = local.hour % 12 or 12
    suffix = "am" if local.hour < 12 else "pm"
    return (
        f"{hour}{suffix}" if local.minute == 0 else f"{hour}.{local.minute:02d}{suffix}"
    )


def hearing_text(hearing) -> str:
    """“Trial, 15 March 2027 at 10am” or a warned-list window."""
    if hearing.starts_at:
        zone = hearing.journey.pack.zone
        local = hearing.starts_at.astimezone(zone)
        when = _("%(date)s at %(time)s") % {
            "date": long_date(local.date()),
            "time": _clock(hearing.starts_at, zone),
        }
    else:
        when = _("warned list from %(start)s to %(end)s") % {
            "start": long_date(hearing.window_start),
            "end": long_date(hearing.window_end),
        }
    return f"{hearing.type_label}, {when}"


def amount_text(rule: TimeLimitRule) -> str:
    units = {
        "calendar_days": _("calendar days"),
        "working_days": _("working days"),
        "months": _("months"),
    }
    return f"{rule.amount} {units[rule.unit]}"


class Facts:
    """A journey's facts as letters need them; reads only prefetched relations."""

    def __init__(self, journey, *, today: date, now: datetime | None = None) -> None:
        self.journey = journey
        self.today = today
        self.now = now or timezone.now()
        self.pack = journey.pack
        self.events = list(journey.events.all())
        self.hearings = list(journey.hearings.all())
        self.survivor_name = journey.survivor.name_for_letters
        self.pronouns = pronouns_from(journey.survivor.pronouns)

    def last_event(self, event_type: str, outcomes: set[str] | None = None):
        found = [
            e
            for e in self.events
            if e.event_type == event_type
            and (outcomes is None or e.outcome in outcomes)
        ]
        return found[-1] if found else None

    def has_event(self, event_type: str) -> bool:
        return any(e.event_type == event_type for e in self.events)

    def _upcoming(self):
        live = [h for h in self.hearings if h.is_live]
        return sorted(
            (
                h
                for h in live
                if (h.starts_at and h.starts_at >= self.now)
                or (h.starts_at is None and h.window_end >= self.today)
            ),
            key=lambda h: h.starts_at.date() if h.starts_at else h.window_start,
        )

    @property
    def next_hearing(self):
        upcoming = self._upcoming()
        return upcoming[0] if upcoming else None

    @property
    def next_trial(self):
        trials = [
            h
            for h in self._upcoming()
            if self.pack.hearing_type(h.hearing_type).is_trial
        ]
        return trials[0] if trials else self.next_hearing

    @property
    def court(self):
        if self.next_hearing:
            return self.next_hearing.court
        dated = [h for h in self.hearings if h.status != "vacated"]
        return dated[-1].court if dated else None

    @property
    def police_force(self) -> str:
        labels = dict(self.pack.choices_of(self.pack.police_forces))
        return labels.get(self.journey.police_force, "")

    @property
    def defendant_names(self) -> str:
        return ", ".join(d.name for d in self.journey.defendants.all() if d.name)

    def common_values(self, sender: Sender, letter_date: date) -> dict[str, str]:
        journey = self.journey
        court = self.court
        return {
            "survivor_name": self.survivor_name,
            "advocate_name": sender.name,
            "advocate_role": sender.role,
            "organisation_name": sender.organisation,
            "letter_date": long_date(letter_date),
            "crime_reference": journey.crime_reference,
            "prosecution_reference": journey.prosecution_reference,
            "court_case_number": journey.court_case_number,
            "offence": journey.offence_label,
            "police_force": self.police_force,
            "oic_name": journey.oic_name,
            "court_name": court.name if court else "",
            "next_hearing": hearing_text(self.next_hearing)
            if self.next_hearing
            else "",
            "defendant_names": self.defendant_names,
            **self.pronouns.values(),
        }


REFERENCE_KEYS = ("crime_reference", "prosecution_reference", "court_case_number")


def reference_labels(pack: RulesPack) -> tuple[str, ...]:
    """Labels of ``REFERENCE_KEYS``; the prosecutor's reference is named by the pack."""
    return (
        str(_("Crime reference")),
        str(pack.terms.prosecution_reference),
        str(_("Court case number")),
    )


class Builder:
    """Collects facts into text, noting each one that is missing."""

    def __init__(
        self,
        *,
        kind: LetterKind,
        facts: Facts,
        wording: Wording,
        letterhead: LetterheadContent,
        sender: Sender,
        letter_date: date,
        inputs: Mapping[str, Any],
    ) -> None:
        self.kind = kind
        self.letter_type = kind.key
        self.fact_labels = dict(kind.fact_labels())
        # A fact is named as the journey's pack names it (the prosecutor's
        # reference, or a pack's "fact:<key>" letter text).
        for key, (label, where) in self.fact_labels.items():
            own = facts.pack.letter_text(f"fact:{key}")
            if key == "prosecution_reference":
                own = facts.pack.terms.prosecution_reference
            elif key == "oic_name":
                own = facts.pack.terms.police_officer
            self.fact_labels[key] = (own or label, where)
        self.facts = facts
        self.wording = wording
        self.letterhead = letterhead
        self.sender = sender
        self.letter_date = letter_date
        self.inputs = inputs
        self.values = facts.common_values(sender, letter_date)
        self.missing: list[Missing] = []
        self.warnings: list[str] = []
        self.blocks: list = []

    # Facts --------------------------------------------------------------------
    def note_missing(self, key: str) -> Segment:
        label, where = self.fact_labels[key]
        if key not in {m.key for m in self.missing}:
            self.missing.append(Missing(key, str(label), str(where)))
        return blank(str(label))

    def fact(self, key: str, value: str | None = None) -> Text:
        value = self.values.get(key) if value is None else value
        if value:
            return plain(str(value))
        return [self.note_missing(key)]

    def words(self, text: str) -> Text:
        """Fill wording; every placeholder without a value is a missing fact."""
        for match in TOKEN.finditer(text):
            name = match.group(1)
            if name and not self.values.get(name) and name in self.fact_labels:
                self.note_missing(name)
        # A placeholder is never printed by its code name: fall back to what it means.
        labels = {k: str(v) for k, v in self.kind.allowed_names().items()}
        labels.update({k: str(v[0]) for k, v in self.fact_labels.items()})
        return fill(text, self.values, labels)

    def may_state(self, rule: TimeLimitRule) -> bool:
        return not rule.verify or bool(self.inputs.get("time_limits_confirmed"))

    def states_limit(self, rule: TimeLimitRule, due: date) -> bool:
        """Whether the letter may print this limit's figure and date.

        A row not yet confirmed is for staff screens: the letter cites only the
        law unless the advocate confirmed the limit; the advocate is told either way.
        """
        if self.may_state(rule):
            return True
        warning = errors.UNCONFIRMED_TIME_LIMIT % {
            "label": rule.label,
            "amount": amount_text(rule),
            "source": rule.source,
        }
        self.warnings.append(
            f"{warning} "
            + _("On that figure the date would be %(date)s.") % {"date": long_date(due)}
        )
        return False

    # Blocks --------------------------------------------------------------------
    def heading(self, text: str) -> None:
        self.blocks.append(Heading(text))

    def para(self, text: Text | str) -> None:
        self.blocks.append(Paragraph(plain(text) if isinstance(text, str) else text))

    def wording_paras(self, text: str) -> None:
        for chunk in paragraphs(text):
            self.para(self.words(chunk))

    def own_words(self, text: str) -> Text:
        """The survivor's words, quoted exactly and never read as placeholders."""
        return [Segment(f"“{text.strip()}”")]

    def references(
        self, required=REFERENCE_KEYS, optional=()
    ) -> list[tuple[str, Text]]:
        """Reference rows: required ones blank-marked if unknown, optional if known."""
        rows = []
        labels = reference_labels(self.facts.pack)
        for key, label in zip(REFERENCE_KEYS, labels, strict=True):
            if key in required:
                rows.append((str(label), self.fact(key)))
            elif key in optional and self.values.get(key):
                rows.append((str(label), plain(self.values[key])))
        return rows

    def finish(self, *, references=None, signature=True) -> Draft:
        edits = self.inputs.get("edits") or {}
        if edits:
            self.blocks, stale = apply_edits(self.blocks, edits)
            if stale:
                raise ValidationError(
                    errors.EDIT_OUT_OF_DATE,
                    code="edit_out_of_date",
                    params={"number": ", ".join(map(str, sorted(stale)))},
                )
        wording = self.wording
        recipient = split_lines(self.words(wording.recipient))
        running = "  ·  ".join(
            f"{label} {self.values[key]}"
            for key, label in zip(
                REFERENCE_KEYS, reference_labels(self.facts.pack), strict=True
            )
            if self.values.get(key)
        )
        content = LetterContent(
            running_reference=running,
            title=str(self.kind.title),
            letterhead=self.letterhead,
            marking=_("PRIVATE AND CONFIDENTIAL"),
            recipient=recipient,
            date_text=long_date(self.letter_date),
            references=self.references() if references is None else references,
            subject=self.words(wording.subject),
            salutation=self.words(wording.salutation) if wording.salutation else [],
            blocks=self.blocks,
            sign_off=(
                (
                    _("Yours faithfully")
                    if "Sir or Madam" in wording.salutation
                    else _("Yours sincerely")
                )
                if signature
                else ""
            ),
            sender=[
                x
                for x in (
                    self.sender.name,
                    self.sender.role,
                    self.sender.organisation,
                    self.sender.phone,
                    self.sender.email,
                )
                if x
            ],
        )
        return Draft(content=content, missing=self.missing, warnings=self.warnings)


def split_lines(text: Text) -> list[Text]:
    """Break filled text into lines at newlines, keeping blanks marked."""
    lines: list[Text] = [[]]
    for seg in text:
        parts = seg.text.split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append([])
            if part:
                lines[-1].append(Segment(part, blank=seg.blank, bold=seg.bold))
    # Keep one empty line between blocks of address, none at the ends.
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


@dataclass(frozen=True)
class MeasuresPlan:
    """A special-measures request as plain values, saved or not yet saved."""

    eligibility_route: str
    measures: list[tuple[str, str]]
    sent_to: str = "oic_and_prosecutor"
    separate_entrance: bool = False
    separate_waiting_area: bool = False
    supporter_in_live_link_room: bool = False
    supporter_name: str = ""
    interpreter: bool = False
    interpreter_language: str = ""
    breaks: bool = False
    other_practical: str = ""
    wants_meeting: bool = True
    wants_pre_trial_visit: bool = True
    # The s.16 ground: the route itself, or an addition to a s.17 route.
    s16_ground: str = ""

    @classmethod
    def from_request(cls, request) -> MeasuresPlan:
        names = [f.name for f in dataclasses.fields(cls)][2:]
        return cls(
            eligibility_route=request.eligibility_route,
            measures=[(m.measure, m.reason) for m in request.measures.all()],
            **{name: getattr(request, name) for name in names},
        )

    def also_s16(self, pack: RulesPack) -> bool:
        """A witness on a narrower route who also qualifies on one of the grounds."""
        return bool(self.s16_ground) and not route_is_all_measures(
            pack, self.eligibility_route
        )


def route_is_all_measures(pack: RulesPack, key: str) -> bool:
    """Whether the route opens every measure (E&W: s.16), so a ground is needed."""
    try:
        return pack.eligibility_route(key).all_measures
    except StopIteration:
        return False


def addressees(plan: MeasuresPlan, facts: Facts) -> str:
    """The OIC and/or the prosecutor's reviewing lawyer, as the request is sent."""
    blocks = []
    if plan.sent_to in ("oic", "oic_and_prosecutor"):
        oic = facts.journey.oic_name or capfirst(str(facts.pack.terms.police_officer))
        blocks.append("\n".join(x for x in (oic, facts.police_force) if x))
    if plan.sent_to in ("prosecutor", "oic_and_prosecutor"):
        blocks.append(facts.pack.letter_text("prosecutor_addressee"))
    return "\n\n".join(blocks)


# The letters ---------------------------------------------------------------------
def build_special_measures(b: Builder, request: MeasuresPlan) -> Draft:
    """Special-measures request to the OIC and/or the prosecutor."""
    facts, name = b.facts, b.facts.survivor_name
    pack = facts.pack
    b.values["addressees"] = addressees(request, facts)
    b.wording_paras(b.wording.opening)

    b.heading(_("Court and next hearing"))
    court = facts.court
    court_text = b.fact("court_name")
    if court and court.full_address:
        court_text = [*court_text, Segment(f", {court.full_address}")]
    b.blocks.append(
        Details(
            [
                (_("Court"), court_text),
                (_("Next hearing"), b.fact("next_hearing")),
                (_("Defendant"), b.fact("defendant_names")),
                (_("Offence"), plain(facts.journey.offence_label)),
            ]
        )
    )

    b.heading(_("Eligibility"))
    route = facts.pack.eligibility_route(request.eligibility_route)
    b.para(
        [
            Segment(
                pack.letter_text("eligibility_line")
                % {"section": route.section.removeprefix("s."), "label": route.label},
                bold=True,
            )
        ]
    )
    for text in eligibility_paragraphs(request, name, pack):
        b.para(text)

    b.heading(_("Special measures requested"))
    b.para(
        pack.letter_text("measures_intro")
        % {"name": name, "their": b.facts.pronouns.their}
    )
    rows = []
    for key, reason in request.measures:
        spec = pack.special_measure(key)
        rows.append(
            [
                plain(str(spec.label), bold=True),
                plain(pack.letter_text("measure_section") % {"section": spec.section}),
                b.own_words(reason),
            ]
        )
    b.blocks.append(
        Table(
            [_("Measure"), _("Section"), _("In %(name)s's own words") % {"name": name}],
            rows,
            [4, 2, 8],
        )
    )
    keys = {key for key, _reason in request.measures}
    if "intermediary" in keys:
        b.para(
            _(
                "Please ask for an assessment by a Registered Intermediary through "
                "the Witness Intermediary Scheme now, so that the assessment is "
                "ready when the application is made."
            )
        )
    for key in sorted(keys):
        spec = pack.special_measure(key)
        if court is not None and spec.tiers and not spec.tiers & court.tier_keys:
            tiers = [str(pack.court_tier(t).label) for t in sorted(spec.tiers)]
            b.warnings.append(
                _(
                    "%(measure)s is available only in a %(tiers)s, and the court on "
                    "this journey does not sit as one."
                )
                % {"measure": spec.label, "tiers": " / ".join(tiers)}
            )
    if "pre_recorded_cross_examination" in keys:
        b.para(
            _(
                "Please confirm whether pre-recorded cross-examination under section "
                "28 is available in this case and, if so, when the recorded "
                "hearing is likely to be listed."
            )
        )

    practical = _practical_items(request, name, pack, pronouns=facts.pronouns)
    if practical:
        b.heading(_("Practical arrangements"))
        b.para(_("%(name)s also asks for:") % {"name": name})
        b.blocks.append(Bullets([plain(x) for x in practical]))

    b.heading(_("Timing of the application"))
    b.para(_application_due(b))

    if facts.journey.is_sexual_offence:
        b.heading(_("Anonymity and previous sexual behaviour"))
        anonymity = pack.letter_text("anonymity")
        if anonymity:
            b.para(anonymity % {"name": name, **b.facts.pronouns.values()})
        restriction = pack.letter_text("sexual_behaviour_evidence")
        if restriction:
            b.para(restriction % {"name": name})

    b.heading(_("Confirmation"))
    b.wording_paras(b.wording.closing)
    return b.finish()


def _practical_items(
    request,
    name: str,
    pack: RulesPack,
    *,
    meetings: bool = True,
    pronouns: Pronouns | None = None,
) -> list[str]:
    words = (pronouns or Pronouns()).values()
    items = []
    if request.separate_entrance:
        items.append(_("a separate entrance to the court building"))
    if request.separate_waiting_area:
        items.append(_("a separate waiting area, away from the defendant and family"))
    if request.supporter_in_live_link_room:
        who = request.supporter_name or _("a supporter of %(their)s choice") % words
        items.append(
            _("%(who)s to sit with %(them)s in the live-link room")
            % {"who": who, **words}
        )
    if request.interpreter:
        language = request.interpreter_language or _("%(their)s language") % words
        items.append(_("an interpreter (%(language)s)") % {"language": language})
    if request.breaks:
        items.append(_("regular breaks while giving evidence"))
    if request.other_practical.strip():
        items.append(request.other_practical.strip())
    # The meeting and the visit, as the pack's own services offer them.
    for wanted, key in (
        (request.wants_meeting, "practical_meeting"),
        (request.wants_pre_trial_visit, "practical_visit"),
    ):
        if meetings and wanted and pack.letter_text(key):
            items.append(pack.letter_text(key))
    return items


def _application_due(b: Builder) -> Text:
    facts = b.facts
    # A pack whose notice is timed back from a hearing, not from a plea, says so.
    timing = facts.pack.letter_text("application_timing")
    if timing:
        return plain(timing)
    plea = facts.last_event("plea", {"not_guilty", "mixed"})
    if plea is None:
        return plain(
            _(
                "No not-guilty plea has been entered yet. The application is due a "
                "short time after a not-guilty plea, so we ask that it is prepared "
                "now and made as soon as the plea is entered."
            )
        )
    court = plea.hearing.court if plea.hearing_id else facts.court
    if court is None:
        return [
            Segment(_("The application's due date depends on the court: ")),
            b.note_missing("court_name"),
            Segment("."),
        ]
    rule = _limit_for_court(facts.pack, "plea", court)
    if rule is None:
        return plain(_("The application is due soon after the not-guilty plea."))
    due = due_date(rule, plea.occurred_on, facts.pack.holiday_region)
    plea_text = _("A not-guilty plea was entered on %(plea)s.") % {
        "plea": long_date(plea.occurred_on)
    }
    if not b.states_limit(rule, due):
        return plain(
            plea_text
            + " "
            + _(
                "The application is due within the time %(citation)s allows "
                "%(basis)s; please make it without delay."
            )
            % {"citation": cited(rule), "basis": rule.basis}
        )
    text = [
        Segment(
            plea_text
            + " "
            + _("The application is due %(amount)s %(basis)s, that is by ")
            % {"amount": amount_text(rule), "basis": rule.basis}
        ),
        Segment(long_date(due), bold=True),
        Segment(_(" (%(citation)s).") % {"citation": cited(rule)}),
    ]
    if due < b.letter_date:
        text.append(
            Segment(" " + _("That date has passed: please apply without delay."))
        )
        b.warnings.append(
            _("The application was due by %(date)s, which has passed.")
            % {"date": long_date(due)}
        )
    return text


def _limit_for_court(pack: RulesPack, basis: str, court) -> TimeLimitRule | None:
    """The limit counted from ``basis`` for the court's highest tier in the pack."""
    for tier in pack.court_tiers:
        if tier.key in court.tier_keys:
            for rule in pack.time_limits:
                if tier.key in rule.applies_to_set and basis in rule.basis_events:
                    return rule
    return None


def cited(rule: TimeLimitRule) -> str:
    """The law as a letter cites it: never a staff-only VERIFY note."""
    return str(rule.citation or rule.source)


def eligibility_paragraphs(plan: MeasuresPlan, name: str, pack: RulesPack) -> list[str]:
    """The route's words, then the ground's where one applies (alone or added),
    all in the pack's own law (``RulesPack.letter_texts``)."""
    keys = []
    if not route_is_all_measures(pack, plan.eligibility_route):
        keys.append(f"route:{plan.eligibility_route}")
    if plan.s16_ground:
        if plan.also_s16(pack):
            keys.append("also_all_measures")
        keys += [f"ground:{plan.s16_ground}", "all_measures"]
    texts = (pack.letter_text(key) for key in keys)
    return [text % {"name": name} for text in texts if text]


def build_pre_trial_visit(b: Builder, request=None) -> Draft:
    """Pre-trial visit and special measures meeting request to the listing unit."""
    facts, name = b.facts, b.facts.survivor_name
    b.wording_paras(b.wording.opening)
    trial = facts.next_trial
    b.heading(_("Court and trial"))
    b.blocks.append(
        Details(
            [
                (_("Court"), b.fact("court_name", trial.court.name if trial else "")),
                (
                    _("Trial or next hearing"),
                    b.fact("next_hearing", hearing_text(trial) if trial else ""),
                ),
                (capfirst(str(b.facts.pack.terms.police_officer)), b.fact("oic_name")),
            ]
        )
    )
    b.heading(_("What we are asking for"))
    pack = facts.pack
    items = [
        *(
            pack.letter_text(key) % {"name": name}
            for key in ("visit_request", "meeting_request")
            if pack.letter_text(key)
        ),
        _("The date and time of each, with enough notice to arrange support."),
    ]
    b.blocks.append(Bullets([plain(x) for x in items]))
    if request is not None:
        practical = _practical_items(
            request, name, pack, meetings=False, pronouns=facts.pronouns
        )
        if practical:
            b.para(
                _("At the visit and on the day, %(name)s has also asked for:")
                % {"name": name}
            )
            b.blocks.append(Bullets([plain(x) for x in practical]))
    b.wording_paras(b.wording.closing)
    return b.finish(
        references=b.references(
            required=("crime_reference", "prosecution_reference"),
            optional=("court_case_number",),
        )
    )


def reviewable_decision(facts: Facts):
    """The latest recorded decision that opens one of the pack's review schemes."""
    found = [
        e
        for e in facts.events
        if facts.pack.review_scheme_for(e.event_type, e.outcome) is not None
    ]
    return found[-1] if found else None


def build_vrr(b: Builder, request=None) -> Draft:
    """A request to review a decision not to prosecute, under the scheme the
    recorded decision opens (``RulesPack.review_schemes``)."""
    facts, name = b.facts, b.facts.survivor_name
    pack = facts.pack
    nfa = reviewable_decision(facts)
    spec = pack.review_scheme_for(nfa.event_type, nfa.outcome) if nfa else None
    told_on = nfa.survivor_informed_on if nfa else None
    b.values.update(
        review_scheme=str(spec.name) if spec else "",
        review_body=(str(spec.reviewer) or facts.police_force) if spec else "",
        decision_date=long_date(nfa.occurred_on) if nfa else "",
        told_on=long_date(told_on),
    )
    if nfa is None:
        b.note_missing("decision")
    b.wording_paras(b.wording.opening)

    b.heading(_("The decision"))
    rows = [
        (
            _("Decision"),
            plain(str(spec.decision)) if spec else [b.note_missing("decision")],
        ),
        (
            _("Made by"),
            plain(str(spec.decided_by)) if spec else [b.note_missing("decision")],
        ),
        (_("Date of the decision"), b.fact("decision", b.values["decision_date"])),
        (_("Date %(name)s was told") % {"name": name}, b.fact("told_on")),
    ]
    b.blocks.append(Details(rows))

    b.heading(_("Time limit"))
    if nfa is None or told_on is None:
        b.para(
            [
                Segment(
                    _("The time limit runs from the day %(name)s was told: ")
                    % {"name": name}
                ),
                b.note_missing("told_on"),
                Segment("."),
            ]
        )
    elif spec is not None and spec.limits:
        _review_limits(b, spec, told_on)

    points = (b.inputs.get("points") or "").strip()
    if points:
        b.heading(_("What %(name)s asks the reviewer to consider") % {"name": name})
        b.para(b.own_words(points))
    b.para(
        _(
            "Please take %(name)s's views into account in the review, and tell us "
            "whether %(name)s can speak with the reviewer."
        )
        % {"name": name}
    )
    b.wording_paras(b.wording.closing)
    required = spec.references if spec else ("crime_reference",)
    return b.finish(
        references=b.references(required=required, optional=("prosecution_reference",))
    )


def _review_limits(b: Builder, spec: ReviewScheme, told_on: date) -> None:
    """Each of the scheme's limits (prompt first, latest last), with its warnings."""
    pack = b.facts.pack
    rules = [pack.time_limit(key) for key in spec.limits]
    days = [due_date(rule, told_on, pack.holiday_region) for rule in rules]
    latest_rule, latest = rules[-1], days[-1]
    b.values["request_deadline"] = long_date(latest) if b.may_state(latest_rule) else ""
    for rule, last in zip(rules, days, strict=True):
        b.para(_deadline_text(b, rule, last))
    if spec.needs_event and not b.facts.has_event(spec.needs_event):
        b.warnings.append(str(spec.needs_event_warning))
    if len(rules) > 1 and days[0] < b.letter_date <= latest and spec.late_warning:
        b.warnings.append(
            str(spec.late_warning)
            % {
                "amount": amount_text(rules[0]),
                "date": long_date(days[0]),
                "latest": long_date(latest),
            }
        )
    _warn_if_passed(b, latest)


def _deadline_text(b: Builder, rule: TimeLimitRule, last: date) -> Text:
    if not b.states_limit(rule, last):
        return plain(
            _("%(label)s: within the time %(citation)s allows, %(basis)s.")
            % {"label": rule.label, "citation": cited(rule), "basis": rule.basis}
        )
    return [
        Segment(
            _("%(label)s: within %(amount)s %(basis)s, that is by ")
            % {"label": rule.label, "amount": amount_text(rule), "basis": rule.basis}
        ),
        Segment(long_date(last), bold=True),
        Segment(_(" (%(citation)s).") % {"citation": cited(rule)}),
    ]


def _warn_if_passed(b: Builder, last: date) -> None:
    if last < b.letter_date:
        b.warnings.append(
            _("The last day, %(date)s, has passed.") % {"date": long_date(last)}
        )


def build_unduly_lenient(b: Builder, request=None) -> Draft:
    """A request that a sentence be reviewed as unduly lenient, by whoever the
    pack says may challenge it (E&W: the Attorney General; Scotland: the Crown)."""
    facts, name = b.facts, b.facts.survivor_name
    pack = facts.pack
    sentenced = facts.last_event("sentenced")
    rule = pack.time_limit("unduly_lenient_sentence")
    last = (
        due_date(rule, sentenced.occurred_on, pack.holiday_region)
        if sentenced
        else None
    )
    stated = last is not None and b.states_limit(rule, last)
    court = (
        sentenced.hearing.court if sentenced and sentenced.hearing_id else facts.court
    )
    b.values.update(
        sentence_date=long_date(sentenced.occurred_on) if sentenced else "",
        last_day=long_date(last) if stated else "",
        court_name=court.name if court else "",
    )
    b.wording_paras(b.wording.opening)
    b.heading(_("The case"))
    rows = [
        (_("Defendant"), b.fact("defendant_names")),
        (_("Offence"), plain(facts.journey.offence_label)),
        (_("Court"), b.fact("court_name")),
        (_("Date of sentence"), b.fact("sentence_date")),
        # Only the form's sentence fields: an event's own notes are internal and
        # never go into a letter.
        (
            _("Sentence given"),
            b.fact("sentence_given", sentence_text(b.inputs, pack)),
        ),
    ]
    # An unconfirmed limit prints no date: the paragraph below cites the law.
    if last is None or stated:
        rows.append(
            (
                pack.letter_text("sentence_last_day"),
                [Segment(long_date(last), bold=True)]
                if last
                else [b.note_missing("sentence_date")],
            )
        )
    b.blocks.append(Details(rows))
    tiers = pack.sentence_review_tiers
    if court is not None and tiers and not tiers & court.tier_keys:
        labels = [str(pack.court_tier(t).label) for t in sorted(tiers)]
        b.warnings.append(
            _("The scheme covers sentences passed in a %(tiers)s only.")
            % {"tiers": " / ".join(labels)}
        )
    limit = {"amount": amount_text(rule), "basis": rule.basis, "citation": cited(rule)}
    if stated:
        b.para(
            [
                Segment(pack.letter_text("sentence_limit") % limit),
                Segment(long_date(last), bold=True),
                Segment("."),
            ]
        )
    elif last is not None:
        b.para(pack.letter_text("sentence_limit_unconfirmed") % limit)
    if last is not None:
        _warn_if_passed(b, last)
    b.heading(_("Why %(name)s thinks the sentence is too low") % {"name": name})
    reasons = (b.inputs.get("reasons") or "").strip()
    b.para(b.own_words(reasons) if reasons else [b.note_missing("uls_reasons")])
    b.wording_paras(b.wording.closing)
    return b.finish(
        references=b.references(
            required=("prosecution_reference", "court_case_number"),
            optional=("crime_reference",),
        )
    )


def sentence_text(inputs: Mapping[str, Any], pack: RulesPack) -> str:
    """The sentence from its structured fields: type, length, ancillary orders."""
    kind = pack.sentence_type_label(inputs.get("sentence_type") or "")
    if not kind:
        return ""
    length = (inputs.get("sentence_length") or "").strip()
    text = f"{kind}, {length}" if length else str(kind)
    orders = (inputs.get("ancillary_orders") or "").strip()
    if orders:
        text += ". " + _("Ancillary orders: %(orders)s") % {"orders": orders}
    return text


def build_code_complaint(b: Builder, request=None) -> Draft:
    """Victims' Code complaint about a missed time limit."""
    facts, name = b.facts, b.facts.survivor_name
    inputs = b.inputs
    right_number = inputs.get("right")
    right = next(
        (r for r in facts.pack.code_rights if str(r.number) == str(right_number)),
        None,
    )
    right_text = (
        _("Right %(number)s: %(label)s")
        % {"number": right.number, "label": right.label}
        if right
        else ""
    )
    due_on = inputs.get("due_on")
    b.values.update(
        right=right_text,
        due_on=long_date(due_on),
        body_at_fault=(inputs.get("body_at_fault") or "").strip(),
    )
    b.wording_paras(b.wording.opening)
    enhanced = facts.pack.letter_text("enhanced_rights")
    if facts.journey.is_sexual_offence and enhanced:
        b.para(enhanced % {"name": name})
    # The statutory duty the complaint rests on, cited only once confirmed.
    if facts.pack.complaint_provision:
        duty = facts.pack.statutory_provision(facts.pack.complaint_provision)
        if not duty.verify:
            b.para(str(duty.wording))
    b.heading(_("What went wrong"))
    b.blocks.append(
        Details(
            [
                (_("Right"), b.fact("right")),
                (_("Organisation"), b.fact("body_at_fault")),
                (
                    _("What was due"),
                    b.fact("what_was_due", (inputs.get("what_was_due") or "").strip()),
                ),
                (_("Due by"), b.fact("due_on")),
                (
                    _("What happened"),
                    b.fact(
                        "what_happened", (inputs.get("what_happened") or "").strip()
                    ),
                ),
            ]
        )
    )
    b.heading(_("What we ask"))
    b.wording_paras(b.wording.closing)
    return b.finish(
        references=b.references(
            required=("crime_reference",),
            optional=("prosecution_reference", "court_case_number"),
        )
    )


def build_letter_of_authority(b: Builder, request=None) -> Draft:
    """A letter of authority for the survivor to sign."""
    facts = b.facts
    sender = b.sender
    b.wording_paras(b.wording.opening)
    rows = [(_("My name"), plain(facts.survivor_name))]
    for label, value in (
        (_("Crime reference"), facts.journey.crime_reference),
        (
            str(facts.pack.terms.prosecution_reference),
            facts.journey.prosecution_reference,
        ),
        (_("Court case number"), facts.journey.court_case_number),
    ):
        if value:
            rows.append((label, plain(value)))
    contact = ", ".join(x for x in (sender.phone, sender.email) if x)
    rows.append(
        (
            _("Advocate"),
            plain(f"{sender.name}, {sender.role}, {sender.organisation}"),
        )
    )
    if contact:
        rows.append((_("Contact"), plain(contact)))
    b.blocks.append(Details(rows))
    b.wording_paras(b.wording.closing)
    b.blocks.append(SignatureLines([_("Signed"), _("Name"), _("Date")]))
    # References sit in the body here; the letter is signed by the survivor.
    return b.finish(references=[], signature=False)
