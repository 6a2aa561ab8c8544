"""The shape of a rules pack: plain, immutable data that code reads instead of `if`s."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

# A to_stage value meaning "go back to the stage before the pause" (re-engage, reopen).
RESUME = "__resume__"
# A to_stage value meaning "the stage does not change".
STAY = "__stay__"
# Basis "events" that are not timeline events: "hearing_listed" is a hearing's
# listing, dated by when the Witness Care Unit learned of it (see deadlines.py).
HEARING_LISTED = "hearing_listed"
PSEUDO_EVENTS = frozenset({HEARING_LISTED})


@dataclass(frozen=True)
class Stage:
    key: str
    label: str
    plain_label: str
    order: int
    # Side routes (NFA and review, withdrawn, closed) sit beside the main line.
    side_route: bool = False
    # Pauses (withdrawn, closed) remember the stage to resume from.
    pause: bool = False
    status: str = "active"


@dataclass(frozen=True)
class Outcome:
    key: str
    label: str
    to_stage: str = STAY
    # When set, the journey's status becomes this (e.g. "closed").
    status: str | None = None


@dataclass(frozen=True)
class EventType:
    key: str
    label: str
    allowed_in: frozenset[str]
    to_stage: str = STAY
    outcomes: tuple[Outcome, ...] = ()
    outcome_label: str = ""
    # Whether the event records a decision that the survivor must be told about.
    asks_when_told: bool = False
    status: str | None = None
    # The first event of a journey may be one of these.
    can_start: bool = False
    # Whether the event is recorded against a hearing.
    hearing_related: bool = False

    def outcome(self, key: str) -> Outcome | None:
        """Return the outcome with this key, if the event has it."""
        return next((o for o in self.outcomes if o.key == key), None)


@dataclass(frozen=True)
class CourtTier:
    """A level of criminal court in the pack's jurisdiction; courts sit in one or more.

    Code outside ``rules/`` knows tiers only by the keys a pack lists here; a court
    records the tiers it sits in (``Court.tiers``), a hearing type and a measure say
    which tiers they are open to, and a time limit may apply to some tiers only
    (``TimeLimitRule.applies_to``).
    """

    key: str
    label: str


# A pack lists its court tiers highest first (the tier that tries the gravest cases).


@dataclass(frozen=True)
class HearingType:
    key: str
    label: str
    # The court tiers this hearing may sit in; empty means any tier.
    tiers: frozenset[str] = frozenset()
    is_trial: bool = False


@dataclass(frozen=True)
class HearingOutcome:
    """What happened at a hearing, and the timeline event it means (if any).

    `prerequisite` is recorded first when the event is not yet allowed but the
    prerequisite is (a verdict on a trial whose start was never recorded).
    """

    key: str
    label: str
    event_type: str = ""
    event_outcome: str = ""
    prerequisite: str = ""


@dataclass(frozen=True)
class SpecialMeasure:
    key: str
    section: str
    label: str
    plain: str
    # The court tiers that can grant this measure; empty means any tier.
    tiers: frozenset[str] = frozenset()
    # Open only to a witness on an eligibility route with ``all_measures`` or who
    # also qualifies on one of the pack's ``s16_grounds`` (E&W: YJCEA 1999 s.18(1)).
    s16_only: bool = False
    # A measure a witness on an automatic route has by notice alone, without the
    # court weighing it (Scotland's "standard special measures").
    standard: bool = False


@dataclass(frozen=True)
class EligibilityRoute:
    key: str
    section: str
    label: str
    automatic: bool = False
    # The offence-category flag (e.g. "sexual_offence") that makes this route apply;
    # "" for a route open to any offence.
    offence_flag: str = ""
    # Whether measures limited to s.16 witnesses (intermediary, aids) are open.
    all_measures: bool = False
    # The fallback route for offences no automatic route covers.
    fallback: bool = False


@dataclass(frozen=True)
class OffenceCategory:
    key: str
    label: str
    sexual_offence: bool = False
    domestic_abuse: bool = False
    modern_slavery: bool = False
    stalking: bool = False
    # Victims of these offences have enhanced rights under the Victims' Code.
    enhanced_rights: bool = False


@dataclass(frozen=True)
class Helpline:
    """A national line a survivor can call without an advocate, with its source.

    ``number`` is written as the service itself writes it; ``dial`` is the same
    number as digits for a ``tel:`` link. Rows not confirmed against the service's
    own current page are ``verify=True`` and say why in ``note``.
    """

    key: str
    name: str
    number: str
    dial: str
    hours: str
    who_for: str
    source_url: str
    last_checked: date | None
    verify: bool = False
    note: str = ""
    text_number: str = ""
    text_dial: str = ""
    website: str = ""
    # Shown first and in bold: the emergency line.
    emergency: bool = False


@dataclass(frozen=True)
class TimeLimitRule:
    """A time limit the law or a code sets, with where it comes from."""

    key: str
    label: str
    basis: str
    amount: int
    unit: str  # "calendar_days", "working_days" or "months"
    source: str
    last_checked: date | None
    verify: bool = False
    note: str = ""
    # The law as an outgoing letter cites it (staff screens show ``source``); a
    # letter never prints a VERIFY flag or a figure that is not confirmed.
    citation: str = ""
    # Which event (and outcome, if any) starts the clock.
    basis_event: str = ""
    basis_outcome: str = ""
    applies_to: str = ""
    # A Victims' Code notification limit names the right it protects; such a rule
    # is checked against the date the survivor was told, not shown as a deadline.
    code_right: int | None = None
    # Count from when the survivor was told of the basis event (else its date).
    counts_from_told: bool = False
    # Count from the latest earlier event of this type (e.g. the day bail began).
    counts_from_event: str = ""
    # Later events that meet the limit, and events that make it moot; each entry
    # is "event" or "event:outcome", comma-separated.
    met_by: str = ""
    ended_by: str = ""
    # A Code limit that is also shown as a deadline until its duty is seen done
    # (by a `met_by` event, or a hearing's told date for "hearing_listed").
    shown_as_deadline: bool = False
    # Whether a missed deadline stays on the dashboard until staff record what
    # happened; off for limits that bind someone else and lapse harmlessly.
    follow_up_missed: bool = True
    # A limit that may not end on a weekend or bank holiday ends on the last
    # working day within it instead; `ends_at` is the hour it ends that day.
    ends_on_working_day: bool = False
    ends_at: str = ""

    @property
    def counts_from_events(self) -> tuple[str, ...]:
        """Events the clock may count from, most preferred first."""
        return _split(self.counts_from_event)

    @property
    def basis_events(self) -> tuple[str, ...]:
        return _split(self.basis_event)

    @property
    def basis_outcomes(self) -> tuple[str, ...]:
        return _split(self.basis_outcome)

    @property
    def applies_to_set(self) -> frozenset[str]:
        return frozenset(_split(self.applies_to))

    @property
    def is_code_limit(self) -> bool:
        return self.code_right is not None

    def matches(self, which: str, event_type: str, outcome: str) -> bool:
        """Whether an event is listed in `met_by` or `ended_by`."""
        for entry in _split(getattr(self, which)):
            key, _sep, wanted = entry.partition(":")
            if key == event_type and (not wanted or wanted == outcome):
                return True
        return False


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class CodeRight:
    number: int
    label: str


@dataclass(frozen=True)
class Wording:
    """The words of a letter around the facts, which code lays out."""

    recipient: str
    salutation: str
    subject: str
    opening: str
    closing: str


@dataclass(frozen=True)
class LetterWording(Wording):
    """Default wording of one letter kind; services adapt it, code fills the facts.

    A pack offers exactly the letter kinds it has wording for; ``label`` names the
    letter in the pack's own words on menus ("" keeps the documents app's label).
    """

    key: str
    label: str = ""


@dataclass(frozen=True)
class ReviewScheme:
    """A way to ask for a decision not to prosecute to be reviewed, by who decided.

    ``key`` is the outcome of the pack's decision event ``event`` that says who
    decided or how the case ended; ``decision`` names that decision in a letter;
    ``limits`` are time-limit keys, the prompt limit first and the latest last;
    ``reviewer`` is "" when the journey's police force reviews.
    """

    key: str
    name: str
    decided_by: str
    event: str
    decision: str
    reviewer: str = ""
    limits: tuple[str, ...] = ()
    # An event the scheme covers cases by (warned about when it is missing).
    needs_event: str = ""
    needs_event_warning: str = ""
    # Said when the prompt limit has passed but the latest has not.
    late_warning: str = ""
    # The references the letter must quote, in REFERENCE_KEYS terms.
    references: tuple[str, ...] = ("crime_reference",)


@dataclass(frozen=True)
class StatutoryProvision:
    """A statutory duty that letters and complaints may cite, with its source."""

    key: str
    label: str
    source: str
    in_force_on: date | None
    wording: str
    last_checked: date | None = None
    verify: bool = False


@dataclass(frozen=True)
class Choice:
    key: str
    label: str


#: A force's published policy on a question: not yet known, has one, or has none.
POLICY_UNKNOWN = "unknown"
POLICY_YES = "yes"
POLICY_NO = "no"


@dataclass(frozen=True)
class ForcePolicy:
    """A police force's published stance on one question, and where it was read.

    Unknown by default: a row says "yes" or "no" only with a source, and stays
    ``verify=True`` until someone confirms it against the force's own publication.
    """

    status: str = POLICY_UNKNOWN
    source: str = ""
    last_checked: date | None = None
    verify: bool = False
    note: str = ""

    @property
    def is_known(self) -> bool:
        return self.status != POLICY_UNKNOWN

    @property
    def status_label(self) -> str:
        labels = {POLICY_YES: gettext("Yes"), POLICY_NO: gettext("No")}
        return labels.get(self.status, gettext("Not known"))


@dataclass(frozen=True)
class PoliceForce:
    """A police force, with its published policies towards sex workers who report.

    ``hate_crime``: crimes against sex workers recorded as hate crime (hostility
    based on sex work). ``reporting_protection``: sex workers who report a crime
    are not arrested or prosecuted for their own work or minor drug possession.
    """

    key: str
    label: str
    hate_crime: ForcePolicy = ForcePolicy()
    reporting_protection: ForcePolicy = ForcePolicy()


@dataclass(frozen=True)
class Terms:
    """The pack's own words for what code outside ``rules/`` handles neutrally.

    Models and forms carry neutral field names (``Journey.prosecution_reference``,
    ``Journey.enhanced_rights``, ``Hearing.listing_learned_on``); these are the
    labels and help texts a journey's pack shows for them, and the names of the
    bodies a letter or screen mentions.
    """

    # The prosecutor's own case reference (E&W: "CPS URN").
    prosecution_reference: str
    # The body that decides on prosecution (E&W: the Crown Prosecution Service).
    prosecutor: str
    # Its short name, as a sentence uses it (E&W: "the CPS").
    prosecutor_short: str
    # The body that tells witnesses of hearings (E&W: the Witness Care Unit).
    listing_unit: str
    # The day that body learned of a listing, as a form labels it.
    listing_learned_on: str
    listing_learned_on_help: str
    # A survivor's enhanced entitlements under the pack's victims' code.
    enhanced_rights: str
    enhanced_rights_help: str
    # The victims' code itself, as a sentence names it.
    victims_code: str
    # The listing unit's duty to tell a survivor of a hearing date, for the form
    # that records when she was told ("" says nothing).
    listing_duty: str = ""
    # The police officer a survivor deals with, as a form or letter names them.
    police_officer: str = _("officer in the case")


@dataclass(frozen=True)
class Milestones:
    """Which event keys (and outcomes) the board report counts as which milestone."""

    reported: str
    charged: str
    # Any decision on prosecution: charge, no further action, an out-of-court outcome.
    charging_decisions: tuple[str, ...]
    first_hearing: str
    trial_started: str
    verdict: str
    # Verdict outcomes that end a trial (a hung jury does not).
    decisive_verdicts: tuple[str, ...]
    # The verdict outcome of a jury that cannot agree; "" where there is none.
    hung_jury: str
    retrial_decided: str
    # The outcomes of ``retrial_decided``: a retrial ordered, or none.
    retrial_ordered: str
    retrial_refused: str
    withdrawn: str
    # Events that close a journey (the graph lets them alternate with ``reopened``);
    # the first records its reason as its outcome, the others are their own reason.
    closing: tuple[str, ...]
    reopened: str
    # Stages in which a survivor is still waiting for the case to be decided.
    waiting_stages: tuple[str, ...]
    # What counts as a conviction: "event:outcome" entries (a guilty plea, a verdict).
    convictions: tuple[str, ...] = ()

    def event_keys(self) -> tuple[str, ...]:
        """Every event key the milestones name, for checks against the pack."""
        return (
            self.reported,
            self.charged,
            *self.charging_decisions,
            self.first_hearing,
            self.trial_started,
            self.verdict,
            self.retrial_decided,
            self.withdrawn,
            *self.closing,
            self.reopened,
        )


@dataclass(frozen=True)
class RulesPack:
    """One jurisdiction's law as data; an organisation chooses one, a journey keeps it.

    ``time_zone`` is the IANA zone every wall-clock time of the pack's journeys is
    read in (hearing times, calendar feeds, reminder hours, "today" for deadlines);
    ``court_tiers`` the levels of court, ``courts_csv`` the court directory (columns
    slug, name, court_types as tier keys joined by ";", address_lines, town,
    postcode, phone, email); ``terms`` the pack's words for neutral fields;
    ``milestones`` the board report's milestone events.
    """

    key: str
    name: str
    stages: tuple[Stage, ...]
    event_types: tuple[EventType, ...]
    hearing_types: tuple[HearingType, ...]
    special_measures: tuple[SpecialMeasure, ...]
    eligibility_routes: tuple[EligibilityRoute, ...]
    offence_categories: tuple[OffenceCategory, ...]
    time_limits: tuple[TimeLimitRule, ...]
    code_rights: tuple[CodeRight, ...]
    police_forces: tuple[PoliceForce, ...]
    consent_scopes: tuple[Choice, ...]
    closure_reasons: tuple[Choice, ...]
    initial_stage: str
    holiday_region: str = "ENG"
    letter_wordings: tuple[LetterWording, ...] = ()
    statutory_provisions: tuple[StatutoryProvision, ...] = ()
    hearing_outcomes: tuple[HearingOutcome, ...] = ()
    # Flag a survivor with no recorded contact for this many days.
    contact_gap_days: int = 28
    # Grounds of eligibility under YJCEA 1999 s.16, each with its subsection.
    s16_grounds: tuple[Choice, ...] = ()
    # National lines a survivor can reach at any hour, emergency first.
    helplines: tuple[Helpline, ...] = ()
    time_zone: str = ""
    court_tiers: tuple[CourtTier, ...] = ()
    courts_csv: Path | None = None
    terms: Terms | None = None
    milestones: Milestones | None = None
    # The dotted path of the pack's explainer package for the public site: it has
    # ``english.ENGLISH``, ``translations.TRANSLATIONS`` and ``fill(text)``.
    explainers: str = ""
    # The dotted path of the pack's fictional sample journeys (``SCENARIOS``,
    # ``ROUTES``, ``COURT_STAGES``, ``OFFENCES``, ``HEARING_TYPES``,
    # ``MAIN_ROUTE``), for the demo and the benchmarks.
    demo: str = ""
    # Sentences letters cite in the pack's law, by neutral key (the documents app
    # asks for "route:<eligibility route key>", "ground:<s16 ground key>",
    # "eligibility_line", "measures_intro", "measure_section",
    # "sexual_behaviour_evidence", "also_all_measures", "all_measures",
    # "prosecutor_addressee", "visit_request", "meeting_request",
    # "practical_meeting", "practical_visit", "enhanced_rights",
    # "sentence_last_day", "sentence_limit", "sentence_limit_unconfirmed", and
    # "fact:<key>" to name a missing fact); a key the pack lacks leaves its
    # paragraph out.
    letter_texts: dict[str, str] = field(default_factory=dict, compare=False)
    # Schemes for reviewing a decision not to prosecute, by who decided.
    review_schemes: tuple[ReviewScheme, ...] = ()
    # The court tiers whose sentences the pack's sentence-review scheme covers.
    sentence_review_tiers: frozenset[str] = frozenset()
    # The kinds of sentence a sentence-review letter can name, in the pack's words.
    sentence_types: tuple[Choice, ...] = ()
    # The provision (key) a complaint letter cites for the duty to follow the
    # victims' code; "" where there is none (a VERIFY row is never cited).
    complaint_provision: str = ""
    # The provision (key) that lets her be told of the offender's release once
    # he is sentenced; "" where the pack has no such scheme.
    victim_contact_provision: str = ""
    _index: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update(
            stages={s.key: s for s in self.stages},
            events={e.key: e for e in self.event_types},
            hearings={h.key: h for h in self.hearing_types},
            measures={m.key: m for m in self.special_measures},
            offences={o.key: o for o in self.offence_categories},
            limits={t.key: t for t in self.time_limits},
            letters={w.key: w for w in self.letter_wordings},
            provisions={p.key: p for p in self.statutory_provisions},
            hearing_outcomes={o.key: o for o in self.hearing_outcomes},
            forces={f.key: f for f in self.police_forces},
            tiers={t.key: t for t in self.court_tiers},
        )
        self._check()

    def _check(self) -> None:
        """Refuse a pack whose graph points at stages it does not define."""
        stage_keys = set(self._index["stages"])
        assert self.initial_stage in stage_keys, self.initial_stage
        assert self.time_zone and ZoneInfo(self.time_zone), self.key
        tier_keys = set(self._index["tiers"])
        assert tier_keys, f"{self.key} lists no court tiers"
        for item in (*self.hearing_types, *self.special_measures):
            assert item.tiers <= tier_keys, (item.key, item.tiers - tier_keys)
        for event in self.event_types:
            unknown = event.allowed_in - stage_keys
            assert not unknown, f"{event.key} allowed in unknown stages {unknown}"
            targets = [event.to_stage, *(o.to_stage for o in event.outcomes)]
            for target in targets:
                assert target in stage_keys | {STAY, RESUME}, (event.key, target)
        for result in self.hearing_outcomes:
            for key in filter(None, (result.event_type, result.prerequisite)):
                assert key in self._index["events"], (result.key, key)
            if result.event_outcome:
                event = self._index["events"][result.event_type]
                assert event.outcome(result.event_outcome), result.key
        event_keys = set(self._index["events"]) | PSEUDO_EVENTS
        for rule in self.time_limits:
            named = {*rule.basis_events, *rule.counts_from_events}
            for entry in (*_split(rule.met_by), *_split(rule.ended_by)):
                named.add(entry.partition(":")[0])
            unknown = named - event_keys
            assert not unknown, f"{rule.key} names unknown events {unknown}"
            assert rule.unit in {"calendar_days", "working_days", "months"}, rule.key
        if self.milestones is not None:
            self._check_milestones(self.milestones, stage_keys)
        for provision in (self.victim_contact_provision, self.complaint_provision):
            assert not provision or provision in self._index["provisions"], provision
        for scheme in self.review_schemes:
            event = self._index["events"].get(scheme.event)
            assert event and event.outcome(scheme.key), (scheme.event, scheme.key)
            for key in scheme.limits:
                assert key in self._index["limits"], (scheme.key, key)
        for line in self.helplines:
            assert line.source_url.startswith("https://"), line.key
            assert line.last_checked or line.verify, line.key
            assert line.dial.isdigit() or (not line.dial and line.website), line.key
            assert not line.text_number or line.text_dial.isdigit(), line.key

    def _check_milestones(self, m: Milestones, stage_keys: set[str]) -> None:
        """Refuse board milestones that name events, outcomes or stages not here."""
        events = self._index["events"]
        for key in m.event_keys():
            assert key in events, f"milestone names unknown event {key}"
        verdicts = {o.key for o in events[m.verdict].outcomes}
        # A jurisdiction with no hung jury (Scotland) leaves ``hung_jury`` empty.
        assert {*m.decisive_verdicts, *filter(None, [m.hung_jury])} <= verdicts
        retrial = {o.key for o in events[m.retrial_decided].outcomes}
        assert {m.retrial_ordered, m.retrial_refused} <= retrial, m.retrial_decided
        assert set(m.waiting_stages) <= stage_keys, m.waiting_stages
        for entry in m.convictions:
            event, _sep, outcome = entry.partition(":")
            assert events[event].outcome(outcome), entry

    # Lookups -------------------------------------------------------------------
    def stage(self, key: str) -> Stage:
        return self._index["stages"][key]

    def event_type(self, key: str) -> EventType:
        return self._index["events"][key]

    def has_event_type(self, key: str) -> bool:
        return key in self._index["events"]

    def hearing_type(self, key: str) -> HearingType:
        return self._index["hearings"][key]

    def special_measure(self, key: str) -> SpecialMeasure:
        return self._index["measures"][key]

    def offence_category(self, key: str) -> OffenceCategory:
        return self._index["offences"][key]

    def eligibility_route(self, key: str) -> EligibilityRoute:
        return next(r for r in self.eligibility_routes if r.key == key)

    def routes_for_offence(self, offence_key: str) -> list[EligibilityRoute]:
        """Routes the offence category allows: its automatic route (or the fallback)
        first, then the routes open to any offence that is not a fallback (s.16)."""
        offence = self._index["offences"].get(offence_key)
        automatic = [
            r
            for r in self.eligibility_routes
            if r.offence_flag and offence and getattr(offence, r.offence_flag)
        ]
        first = automatic[:1] or [r for r in self.eligibility_routes if r.fallback]
        general = [
            r for r in self.eligibility_routes if not r.offence_flag and not r.fallback
        ]
        return [*first, *general]

    def measures_for_route(
        self, route_key: str, *, also_s16: bool = False
    ) -> list[SpecialMeasure]:
        """Measures a witness on this route may ask for (YJCEA 1999 s.18(1))."""
        route = self.eligibility_route(route_key)
        if route.all_measures or also_s16:
            return list(self.special_measures)
        return [m for m in self.special_measures if not m.s16_only]

    def time_limit(self, key: str) -> TimeLimitRule:
        return self._index["limits"][key]

    def time_limits_for_event(self, event_key: str) -> list[TimeLimitRule]:
        """Time limits whose clock an event of this type starts."""
        return [t for t in self.time_limits if event_key in t.basis_events]

    def hearing_outcome(self, key: str) -> HearingOutcome:
        return self._index["hearing_outcomes"][key]

    def police_force(self, key: str) -> PoliceForce | None:
        """The force with this key, or None (a journey may not name one)."""
        return self._index["forces"].get(key)

    def statutory_provision(self, key: str) -> StatutoryProvision:
        return self._index["provisions"][key]

    def review_scheme(self, key: str) -> ReviewScheme | None:
        """The review scheme for this decider (an NFA outcome), if the pack has one."""
        return next((s for s in self.review_schemes if s.key == key), None)

    def review_scheme_for(self, event_type: str, outcome: str) -> ReviewScheme | None:
        """The review scheme a recorded decision (event and outcome) opens, if any."""
        wanted = (event_type, outcome)
        found = (s for s in self.review_schemes if (s.event, s.key) == wanted)
        return next(found, None)

    @property
    def letter_kinds(self) -> tuple[str, ...]:
        """The letter kinds this pack offers: those it has default wording for."""
        return tuple(self._index["letters"])

    def supports_letter(self, key: str) -> bool:
        return key in self._index["letters"]

    def letter_label(self, key: str) -> str:
        """The pack's own name for a letter kind ("" when it keeps the default)."""
        wording = self._index["letters"].get(key)
        return str(wording.label) if wording else ""

    def sentence_type_label(self, key: str) -> str:
        return dict(self.choices_of(self.sentence_types)).get(key, "")

    def letter_text(self, key: str) -> str:
        """A sentence a letter cites in this pack's law ("" when the pack has none)."""
        return str(self.letter_texts.get(key, ""))

    def letter_wording(self, key: str) -> LetterWording:
        return self._index["letters"][key]

    @property
    def zone(self) -> ZoneInfo:
        """The pack's time zone, for turning instants into wall-clock times."""
        return ZoneInfo(self.time_zone)

    def court_tier(self, key: str) -> CourtTier:
        return self._index["tiers"][key]

    def court_tier_choices(self) -> list[tuple[str, str]]:
        return [(t.key, t.label) for t in self.court_tiers]

    def main_line(self) -> list[Stage]:
        """Stages on the main route, in order, for the journey map."""
        return sorted(
            (s for s in self.stages if not s.side_route), key=lambda s: s.order
        )

    def events_allowed_in(self, stage_key: str) -> list[EventType]:
        """Event types the graph allows next from this stage."""
        return [e for e in self.event_types if stage_key in e.allowed_in]

    # Choices for model fields and forms ----------------------------------------
    def stage_choices(self) -> list[tuple[str, str]]:
        return [(s.key, s.label) for s in sorted(self.stages, key=lambda s: s.order)]

    def event_type_choices(self) -> list[tuple[str, str]]:
        return [(e.key, e.label) for e in self.event_types]

    def hearing_type_choices(self) -> list[tuple[str, str]]:
        return [(h.key, h.label) for h in self.hearing_types]

    def offence_category_choices(self) -> list[tuple[str, str]]:
        return [(o.key, o.label) for o in self.offence_categories]

    def special_measure_choices(self) -> list[tuple[str, str]]:
        return [(m.key, f"{m.label} ({m.section})") for m in self.special_measures]

    @staticmethod
    def choices_of(items: Iterable[Choice]) -> list[tuple[str, str]]:
        return [(c.key, c.label) for c in items]


@dataclass(frozen=True)
class JourneyState:
    stage: str
    status: str
    closure_reason: str = ""
    # The stage a paused journey resumes to.
    resume_stage: str = ""


class TransitionNotAllowed(Exception):
    """An event the stage graph does not allow at that point of the timeline."""

    def __init__(self, *, event_key: str, stage_key: str, position: int) -> None:
        self.event_key = event_key
        self.stage_key = stage_key
        self.position = position
        super().__init__(f"{event_key} not allowed in {stage_key}")


class UnknownOutcome(Exception):
    """An outcome the event type does not offer, or a missing required outcome."""

    def __init__(self, *, event_key: str, outcome: str) -> None:
        self.event_key = event_key
        self.outcome = outcome
        super().__init__(f"{outcome!r} is not an outcome of {event_key}")


def derive_state(pack: RulesPack, events: Sequence[tuple[str, str]]) -> JourneyState:
    """Replay (event_type, outcome) pairs in timeline order to get the current state."""
    state = JourneyState(stage=pack.initial_stage, status="active")
    for position, (event_key, outcome_key) in enumerate(events):
        state = apply_event(pack, state, event_key, outcome_key, position=position)
    return state


def apply_event(
    pack: RulesPack,
    state: JourneyState,
    event_key: str,
    outcome_key: str = "",
    *,
    position: int = 0,
) -> JourneyState:
    """Return the state after one event, or raise if the graph forbids it."""
    event = pack.event_type(event_key)
    if state.stage not in event.allowed_in:
        raise TransitionNotAllowed(
            event_key=event_key, stage_key=state.stage, position=position
        )
    target, status = event.to_stage, event.status
    if event.outcomes:
        outcome = event.outcome(outcome_key)
        if outcome is None:
            raise UnknownOutcome(event_key=event_key, outcome=outcome_key)
        if outcome.to_stage != STAY:
            target = outcome.to_stage
        status = outcome.status or status
    elif outcome_key:
        raise UnknownOutcome(event_key=event_key, outcome=outcome_key)

    if target == STAY:
        return JourneyState(
            stage=state.stage,
            status=status or state.status,
            closure_reason=state.closure_reason,
            resume_stage=state.resume_stage,
        )
    if target == RESUME:
        resume = state.resume_stage or pack.initial_stage
        return JourneyState(stage=resume, status=pack.stage(resume).status)
    new_stage = pack.stage(target)
    resume_stage = state.stage if new_stage.pause else ""
    if new_stage.pause and pack.stage(state.stage).pause:
        # Closing a withdrawn journey keeps the stage it would re-engage into.
        resume_stage = state.resume_stage
    closure_reason = (outcome_key or event.key) if new_stage.status == "closed" else ""
    return JourneyState(
        stage=new_stage.key,
        status=status or new_stage.status,
        closure_reason=closure_reason,
        resume_stage=resume_stage,
    )
