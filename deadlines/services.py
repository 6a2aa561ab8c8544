"""Deadlines and Victims' Code breaches, worked out from a journey's events.

Everything here is recomputed from the timeline: the pure functions turn events and
hearings into specifications, and ``journey_recompute_deadlines`` brings the stored
rows in line with them. Running it twice changes nothing the second time, and rows
that no longer apply are kept (as "no longer applies" or "cleared"), never deleted.

Which court tier (a key of the pack's ``court_tiers``) a not-guilty plea was
entered in decides a limit that applies to some tiers only:
1. the court of the hearing the plea event was recorded against;
2. otherwise the journey's latest hearing (not vacated) on or before the plea date;
3. a court that sits as several tiers counts as the one tier its hearing type is
   limited to, if the type is limited to one;
4. if it still is not clear, the limit of every tier is shown, each saying why.

Most Victims' Code limits only flag a breach once the told date is in. Two are also
shown as deadlines while the duty is still to be done (``shown_as_deadline``):
- Right 4, referral to support: counted from the report; met by a
  "referred to support" event recorded at any point of the timeline.
- Right 8, hearing dates (all victims): counted from the day the listing unit
  (``terms.listing_unit``) learned of a listing, and met by the day the survivor
  was told of it. Each listing has its own clock (basis key
  ``hearing:<pk>:<times moved>``): moving a hearing starts a new listing, and the
  old listing's dates come from history, so a breach on it stays flagged after the
  move.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.access import ensure_visible
from core.records import save_with_history
from core.workdays import due_date, working_days_between
from journeys import errors
from journeys.models import Hearing, Journey, StageEvent
from rules import all_packs, get_pack
from rules.base import HEARING_LISTED, HearingType, RulesPack, TimeLimitRule

from .models import CodeBreach, Deadline

BREACH_URL_NAME = "deadlines:breach"
JOURNEY_DEADLINES_URL_NAME = "deadlines:journey"


# Plain facts in, specifications out -------------------------------------------
@dataclass(frozen=True)
class EventFact:
    pk: int
    event_type: str
    outcome: str
    occurred_on: date
    survivor_informed_on: date | None = None
    hearing_id: int | None = None


@dataclass(frozen=True)
class HearingFact:
    pk: int
    first_day: date
    # The tiers the hearing may be sitting as: its court's, narrowed to those its
    # hearing type is open to.
    tiers: frozenset[str]
    vacated: bool = False


@dataclass(frozen=True)
class ListingFact:
    """One listing of a hearing (each move starts a new one), for Right 8."""

    hearing_id: int
    listing: int
    learned_on: date | None
    told_on: date | None
    # The day a move replaced this listing; None for the current listing.
    ended_on: date | None = None
    vacated: bool = False

    @property
    def basis_key(self) -> str:
        return f"hearing:{self.hearing_id}:{self.listing}"


@dataclass(frozen=True)
class DeadlineSpec:
    rule_key: str
    basis_key: str
    basis_date: date
    due_on: date
    status: str
    closed_on: date | None
    basis_note: str
    basis_event_id: int | None = None
    basis_hearing_id: int | None = None
    court_type: str = ""

    @classmethod
    def counted_from(cls, rule, event: EventFact, **values) -> DeadlineSpec:
        """A deadline whose clock an event on the timeline started."""
        values["basis_note"] = values["basis_note"][:300]
        return cls(
            rule_key=rule.key,
            basis_key=f"event:{event.pk}",
            basis_event_id=event.pk,
            **values,
        )


@dataclass(frozen=True)
class BreachSpec:
    rule_key: str
    basis_key: str
    event_id: int | None
    right_number: int
    enhanced: bool
    decided_on: date
    due_on: date
    told_on: date
    working_days_late: int
    hearing_id: int | None = None


def _court_types(
    pack: RulesPack, event: EventFact, hearings: list[HearingFact]
) -> tuple[list[str], int | None, str]:
    """The court tier(s) a plea was entered in, the hearing used, and why."""
    by_id = {h.pk: h for h in hearings}
    hearing = by_id.get(event.hearing_id) if event.hearing_id else None
    how = _t("from the court of the plea hearing")
    if hearing is None:
        earlier = [
            h for h in hearings if not h.vacated and h.first_day <= event.occurred_on
        ]
        hearing = max(earlier, key=lambda h: (h.first_day, h.pk), default=None)
        how = _t("from the court of the latest hearing before the plea")
    if hearing is not None and len(hearing.tiers) == 1:
        return sorted(hearing.tiers), hearing.pk, how
    return (
        [t.key for t in pack.court_tiers],
        hearing.pk if hearing else None,
        _t("the court type is not known, so both limits are shown"),
    )


def _outcome_matches(rule: TimeLimitRule, event: EventFact) -> bool:
    return not rule.basis_outcomes or event.outcome in rule.basis_outcomes


def _basis_date(
    pack: RulesPack, rule: TimeLimitRule, index: int, events: list[EventFact]
) -> tuple[date, str]:
    event = events[index]
    for start in rule.counts_from_events:
        earlier = [e for e in events[:index] if e.event_type == start]
        if earlier:
            return earlier[-1].occurred_on, _t("counted from %(event)s") % {
                "event": pack.event_type(start).label
            }
    if rule.counts_from_events:
        return event.occurred_on, _t(
            "counted from this event: no earlier start was recorded"
        )
    if rule.counts_from_told:
        if event.survivor_informed_on:
            return event.survivor_informed_on, _t(
                "counted from when the survivor was told"
            )
        return event.occurred_on, _t(
            "counted from the decision date: add when the survivor was told"
        )
    return event.occurred_on, _t("counted from the event date")


def _status(
    rule: TimeLimitRule,
    due: date,
    later: list[EventFact],
    *,
    journey_closed: bool,
    today: date,
) -> tuple[str, date | None]:
    """Open, met, missed or superseded, from what happened after the basis."""
    for event in later:
        if rule.matches("met_by", event.event_type, event.outcome):
            if event.occurred_on <= due:
                return Deadline.Status.MET, event.occurred_on
            return Deadline.Status.MISSED, event.occurred_on
        if rule.matches("ended_by", event.event_type, event.outcome):
            if event.occurred_on <= due:
                return Deadline.Status.SUPERSEDED, event.occurred_on
            return Deadline.Status.MISSED, event.occurred_on
    if journey_closed:
        return Deadline.Status.SUPERSEDED, None
    if due < today:
        return Deadline.Status.MISSED, None
    return Deadline.Status.OPEN, None


def _level(enhanced: bool) -> str:
    return "enhanced" if enhanced else "standard"


def _tracked_code_limit(rule: TimeLimitRule, level: str) -> bool:
    """A Code limit shown as a deadline for this level of rights."""
    return (
        rule.is_code_limit and rule.shown_as_deadline and level in rule.applies_to_set
    )


def _done_on(rule: TimeLimitRule, events: list[EventFact]) -> date | None:
    """The first day a `met_by` event shows the duty done, wherever it is recorded."""
    days = [
        e.occurred_on for e in events if rule.matches("met_by", e.event_type, e.outcome)
    ]
    return min(days, default=None)


def _code_status(
    due: date,
    done_on: date | None,
    *,
    today: date,
    journey_closed: bool,
    ended_on: date | None = None,
    moot: bool = False,
) -> tuple[str, date | None]:
    """Met or missed once done; else missed, moot or still open."""
    if done_on is not None:
        status = Deadline.Status.MET if done_on <= due else Deadline.Status.MISSED
        return status, done_on
    if ended_on is not None:
        if due < ended_on:
            return Deadline.Status.MISSED, None
        return Deadline.Status.SUPERSEDED, ended_on
    if moot or journey_closed:
        return Deadline.Status.SUPERSEDED, None
    if due < today:
        return Deadline.Status.MISSED, None
    return Deadline.Status.OPEN, None


def _listing_deadlines(
    pack: RulesPack,
    listings: list[ListingFact],
    *,
    level: str,
    today: date,
    journey_closed: bool,
) -> list[DeadlineSpec]:
    """Right 8: each listing the listing unit learned of must reach her in time."""
    specs = []
    for rule in pack.time_limits_for_event(HEARING_LISTED):
        if not _tracked_code_limit(rule, level):
            continue
        for listing in listings:
            if listing.learned_on is None:
                continue
            due = due_date(rule, listing.learned_on, pack.holiday_region)
            status, closed_on = _code_status(
                due,
                listing.told_on,
                today=today,
                journey_closed=journey_closed,
                ended_on=listing.ended_on,
                moot=listing.vacated,
            )
            note = _t("counted from when the listing was learned of")
            if listing.listing:
                note += "; " + _t("listing after move %(n)s") % {"n": listing.listing}
            specs.append(
                DeadlineSpec(
                    rule_key=rule.key,
                    basis_key=listing.basis_key,
                    basis_hearing_id=listing.hearing_id,
                    basis_date=listing.learned_on,
                    due_on=due,
                    status=status,
                    basis_note=note[:300],
                    closed_on=closed_on,
                )
            )
    return specs


def compute_deadlines(
    pack: RulesPack,
    events: list[EventFact],
    hearings: list[HearingFact],
    *,
    today: date,
    journey_closed: bool = False,
    enhanced: bool = False,
    listings: list[ListingFact] = (),
) -> list[DeadlineSpec]:
    """Every deadline the timeline implies (events given in timeline order)."""
    specs: list[DeadlineSpec] = []
    region = pack.holiday_region
    level = _level(enhanced)
    for index, event in enumerate(events):
        for rule in pack.time_limits_for_event(event.event_type):
            if not _outcome_matches(rule, event):
                continue
            if rule.is_code_limit:
                if _tracked_code_limit(rule, level):
                    due = due_date(rule, event.occurred_on, region)
                    status, closed_on = _code_status(
                        due,
                        _done_on(rule, events),
                        today=today,
                        journey_closed=journey_closed,
                    )
                    specs.append(
                        DeadlineSpec.counted_from(
                            rule,
                            event,
                            basis_date=event.occurred_on,
                            due_on=due,
                            status=status,
                            basis_note=_t("counted from the event date"),
                            closed_on=closed_on,
                        )
                    )
                continue
            court_type, hearing_id, court_note = "", event.hearing_id, ""
            wanted_courts = rule.applies_to_set & {t.key for t in pack.court_tiers}
            if wanted_courts:
                types, hearing_id, court_note = _court_types(pack, event, hearings)
                matching = wanted_courts.intersection(types)
                if not matching:
                    continue
                court_type = sorted(matching)[0]
            basis, note = _basis_date(pack, rule, index, events)
            due = due_date(rule, basis, region)
            status, closed_on = _status(
                rule,
                due,
                events[index + 1 :],
                journey_closed=journey_closed,
                today=today,
            )
            specs.append(
                DeadlineSpec.counted_from(
                    rule,
                    event,
                    basis_hearing_id=hearing_id,
                    basis_date=basis,
                    due_on=due,
                    status=status,
                    court_type=court_type,
                    basis_note="; ".join(n for n in (note, court_note) if n),
                    closed_on=closed_on,
                )
            )
    specs += _listing_deadlines(
        pack, list(listings), level=level, today=today, journey_closed=journey_closed
    )
    return specs


def compute_breaches(
    pack: RulesPack,
    events: list[EventFact],
    *,
    enhanced: bool,
    listings: list[ListingFact] = (),
) -> list[BreachSpec]:
    """Victims' Code limits that the recorded told (or referral) dates show missed."""
    level = _level(enhanced)
    region = pack.holiday_region
    breaches = []
    for event in events:
        asks_when_told = pack.event_type(event.event_type).asks_when_told
        for rule in pack.time_limits_for_event(event.event_type):
            if not rule.is_code_limit or not _outcome_matches(rule, event):
                continue
            if level not in rule.applies_to_set:
                continue
            if rule.met_by:
                told = _done_on(rule, events)
            else:
                told = event.survivor_informed_on if asks_when_told else None
            if told is None:
                continue
            due = due_date(rule, event.occurred_on, region)
            if told <= due:
                continue
            breaches.append(
                BreachSpec(
                    rule_key=rule.key,
                    basis_key=f"event:{event.pk}",
                    event_id=event.pk,
                    right_number=rule.code_right,
                    enhanced=enhanced,
                    decided_on=event.occurred_on,
                    due_on=due,
                    told_on=told,
                    working_days_late=working_days_between(
                        due, told, pack.holiday_region
                    ),
                )
            )
    for rule in pack.time_limits_for_event(HEARING_LISTED):
        if not rule.is_code_limit or level not in rule.applies_to_set:
            continue
        for listing in listings:
            if listing.learned_on is None or listing.told_on is None:
                continue
            due = due_date(rule, listing.learned_on, region)
            if listing.told_on <= due:
                continue
            breaches.append(
                BreachSpec(
                    rule_key=rule.key,
                    basis_key=listing.basis_key,
                    event_id=None,
                    hearing_id=listing.hearing_id,
                    right_number=rule.code_right,
                    enhanced=enhanced,
                    decided_on=listing.learned_on,
                    due_on=due,
                    told_on=listing.told_on,
                    working_days_late=working_days_between(
                        due, listing.told_on, region
                    ),
                )
            )
    return breaches


def apply_manual(status: str, manual: str) -> str:
    """A member of staff's mark wins over a computed open or missed status."""
    if status in {Deadline.Status.OPEN, Deadline.Status.MISSED}:
        if manual == Deadline.Manual.MET:
            return Deadline.Status.MET
        if manual == Deadline.Manual.DISMISSED:
            return Deadline.Status.SUPERSEDED
    return status


# Facts from the database ---------------------------------------------------------
def _listings(journey: Journey, live: list[Hearing]) -> list[ListingFact]:
    """Every listing of the journey's hearings: earlier ones as history kept them."""
    by_hearing: dict[int, dict[int, tuple]] = {}
    moved_on: dict[tuple[int, int], date] = {}
    zone = journey.pack.zone
    rows = (
        Hearing.history.filter(journey_id=journey.pk)
        .order_by("id", "history_date", "history_id")
        .values_list(
            "id",
            "times_moved",
            "listing_learned_on",
            "survivor_told_on",
            "history_date",
        )
    )
    for pk, listing, learned, told, when in rows:
        listings = by_hearing.setdefault(pk, {})
        for earlier in listings:
            if earlier < listing:
                moved_on.setdefault((pk, earlier), when.astimezone(zone).date())
        listings[listing] = (learned, told)
    facts = []
    for hearing in live:
        earlier = by_hearing.get(hearing.pk, {})
        for listing in sorted(n for n in earlier if n < hearing.times_moved):
            learned, told = earlier[listing]
            facts.append(
                ListingFact(
                    hearing_id=hearing.pk,
                    listing=listing,
                    learned_on=learned,
                    told_on=told,
                    ended_on=moved_on.get((hearing.pk, listing)),
                )
            )
        facts.append(
            ListingFact(
                hearing_id=hearing.pk,
                listing=hearing.times_moved,
                learned_on=hearing.listing_learned_on,
                told_on=hearing.survivor_told_on,
                vacated=hearing.status == Hearing.Status.VACATED,
            )
        )
    return facts


def _facts(
    journey: Journey, live: list[Hearing] | None = None
) -> tuple[list[EventFact], list[HearingFact]]:
    pack = journey.pack
    events = [
        EventFact(
            pk=e.pk,
            event_type=e.event_type,
            outcome=e.outcome,
            occurred_on=e.occurred_on,
            survivor_informed_on=e.survivor_informed_on,
            hearing_id=e.hearing_id,
        )
        for e in StageEvent.objects.filter(journey=journey).timeline()
    ]
    hearings = []
    for h in _journey_hearings(journey) if live is None else live:
        first = (
            h.starts_at.astimezone(pack.zone).date() if h.starts_at else h.window_start
        )
        hearings.append(
            HearingFact(
                pk=h.pk,
                first_day=first,
                tiers=hearing_tiers(
                    h.court.tier_keys, pack.hearing_type(h.hearing_type)
                ),
                vacated=h.status == Hearing.Status.VACATED,
            )
        )
    return events, hearings


def hearing_tiers(court_tiers: frozenset[str], kind: HearingType) -> frozenset[str]:
    """The tiers a hearing may sit as: its court's, narrowed by its type's."""
    return (court_tiers & kind.tiers) or court_tiers


def _journey_hearings(journey: Journey) -> list[Hearing]:
    return list(
        Hearing.objects.filter(journey=journey).select_related("court").order_by("pk")
    )


def _sync(row, values: dict, *, actor, reason: str) -> bool:
    """Save a row only when something changed, so recomputing leaves no history."""
    changed = [k for k, v in values.items() if getattr(row, k) != v]
    if row.pk and not changed:
        return False
    for key in changed:
        setattr(row, key, values[key])
    save_with_history(row, actor=actor, reason=reason)
    return True


@dataclass
class RecomputeResult:
    created: int = 0
    updated: int = 0

    @property
    def changed(self) -> int:
        return self.created + self.updated


@transaction.atomic
def on_timeline_changed(sender, *, journey: Journey, actor=None, **kwargs) -> None:
    """Keep deadlines and Victims' Code breaches in step with the timeline."""
    journey_recompute_deadlines(journey=journey, actor=actor)


def journey_recompute_deadlines(
    *, journey: Journey, actor=None, today: date | None = None
) -> RecomputeResult:
    """Bring a journey's deadlines and breaches in line with its timeline."""
    Journey.objects.select_for_update().filter(pk=journey.pk).exists()
    journey = Journey.objects.get(pk=journey.pk)
    pack = journey.pack
    today = today or timezone.localdate(timezone=pack.zone)
    live = _journey_hearings(journey)
    events, hearings = _facts(journey, live)
    listings = _listings(journey, live)
    enhanced = journey.has_enhanced_rights
    result = RecomputeResult()
    reason = "deadlines recomputed"

    specs = compute_deadlines(
        pack,
        events,
        hearings,
        today=today,
        journey_closed=journey.status == Journey.Status.CLOSED,
        enhanced=enhanced,
        listings=listings,
    )
    existing = {(d.rule_key, d.basis_key): d for d in journey.deadlines.all()}
    for spec in specs:
        row = existing.pop((spec.rule_key, spec.basis_key), None)
        is_new = row is None
        row = row or Deadline(
            journey=journey, rule_key=spec.rule_key, basis_key=spec.basis_key
        )
        status = apply_manual(spec.status, row.manual_status)
        values = {
            "basis_event_id": spec.basis_event_id,
            "basis_hearing_id": spec.basis_hearing_id,
            "basis_date": spec.basis_date,
            "due_on": spec.due_on,
            "status": status,
            "court_type": spec.court_type,
            "basis_note": spec.basis_note,
            # A staff mark keeps the date staff gave.
            "closed_on": spec.closed_on if status == spec.status else row.closed_on,
        }
        if _sync(row, values, actor=actor, reason=reason):
            result.created += is_new
            result.updated += not is_new
    for row in existing.values():
        gone = {"status": Deadline.Status.SUPERSEDED}
        if _sync(row, gone, actor=actor, reason=reason):
            result.updated += 1

    breaches = compute_breaches(pack, events, enhanced=enhanced, listings=listings)
    existing_breaches = {
        (b.rule_key, b.basis_key): b for b in journey.code_breaches.all()
    }
    for spec in breaches:
        row = existing_breaches.pop((spec.rule_key, spec.basis_key), None)
        is_new = row is None
        row = row or CodeBreach(
            journey=journey, rule_key=spec.rule_key, basis_key=spec.basis_key
        )
        values = {
            "event_id": spec.event_id,
            "hearing_id": spec.hearing_id,
            "right_number": spec.right_number,
            "enhanced": spec.enhanced,
            "decided_on": spec.decided_on,
            "due_on": spec.due_on,
            "told_on": spec.told_on,
            "working_days_late": spec.working_days_late,
            "status": CodeBreach.Status.BREACH,
        }
        if _sync(row, values, actor=actor, reason=reason):
            result.created += is_new
            result.updated += not is_new
    for row in existing_breaches.values():
        if _sync(
            row, {"status": CodeBreach.Status.CLEARED}, actor=actor, reason=reason
        ):
            result.updated += 1
    return result


def deadlines_refresh_overdue(
    *, actor=None, today: date | None = None, now: datetime | None = None
) -> int:
    """Recompute journeys whose open deadlines passed, so they show as missed.

    Without ``today``, each journey's today is taken in its own pack's zone.
    """
    now = now or timezone.now()
    latest = today or max(now.astimezone(p.zone).date() for p in all_packs())
    journey_ids = (
        Deadline.objects.filter(status=Deadline.Status.OPEN, due_on__lt=latest)
        .values_list("journey_id", flat=True)
        .distinct()
    )
    count = 0
    for journey in Journey.objects.filter(pk__in=list(journey_ids)):
        day = today or now.astimezone(journey.pack.zone).date()
        count += journey_recompute_deadlines(
            journey=journey, actor=actor, today=day
        ).changed
    return count


# Staff marks -----------------------------------------------------------------------
@transaction.atomic
def deadline_mark_met(
    *, actor, deadline: Deadline, met_on: date, note: str = ""
) -> Deadline:
    """Record that the action was taken (e.g. the application went in)."""
    ensure_visible(actor, deadline.journey.organisation_id)
    if met_on < deadline.basis_date:
        raise ValidationError({"met_on": errors.DEADLINE_MET_BEFORE_BASIS})
    if met_on > timezone.localdate():
        raise ValidationError({"met_on": errors.EVENT_IN_FUTURE})
    deadline.manual_status = Deadline.Manual.MET
    deadline.manual_note = note.strip()
    deadline.closed_on = met_on
    if deadline.status in {Deadline.Status.OPEN, Deadline.Status.MISSED}:
        deadline.status = Deadline.Status.MET
    return save_with_history(deadline, actor=actor, reason="marked as met")


@transaction.atomic
def deadline_record_missed(*, actor, deadline: Deadline, note: str) -> Deadline:
    """Record what happened about a missed deadline, so it leaves the dashboard."""

    ensure_visible(actor, deadline.journey.organisation_id)
    if deadline.status != Deadline.Status.MISSED:
        raise ValidationError(errors.DEADLINE_NOT_MISSED, code="not_missed")
    if not note or not note.strip():
        raise ValidationError({"note": errors.MISSED_NEEDS_NOTE}, code="note_required")
    deadline.manual_status = Deadline.Manual.NOTED
    deadline.manual_note = note.strip()
    return save_with_history(
        deadline, actor=actor, reason="missed: what happened recorded"
    )


@transaction.atomic
def deadline_dismiss(*, actor, deadline: Deadline, note: str) -> Deadline:
    """Record that a deadline does not apply here, and why."""
    ensure_visible(actor, deadline.journey.organisation_id)
    if not note or not note.strip():
        raise ValidationError({"note": errors.REASON_REQUIRED})
    deadline.manual_status = Deadline.Manual.DISMISSED
    deadline.manual_note = note.strip()
    deadline.status = apply_manual(deadline.status, Deadline.Manual.DISMISSED)
    return save_with_history(deadline, actor=actor, reason="marked as not applying")


# For letters (documents) and links ---------------------------------------------
def breach_url(breach: CodeBreach) -> str:
    """The admin page for a breach: the letters work links here and back."""
    return reverse(BREACH_URL_NAME, args=[breach.pk])


def journey_deadlines_url(journey: Journey) -> str:
    return reverse(JOURNEY_DEADLINES_URL_NAME, args=[journey.pk])


def breach_letter_context(breach: CodeBreach) -> dict:
    """Plain values a complaint letter needs; no model objects, no formatting."""
    rule = breach.rule
    event = breach.event
    referral = rule.matches("met_by", "referred_to_support", "")
    if event:
        event_label = event.label
    elif breach.hearing:
        event_label = _t("Hearing listed: %(hearing)s") % {"hearing": breach.hearing}
    else:
        event_label = ""
    return {
        "right_number": breach.right_number,
        "right_label": str(breach.right.label),
        "duty": str(rule.label),
        "source": str(rule.source),
        "verify": rule.verify,
        "enhanced": breach.enhanced,
        "limit": limit_text(rule),
        "event_label": event_label,
        # Right 4 is about a referral, not about telling the survivor something.
        "referral": referral,
        "due_label": _t("Should have been referred to support by")
        if referral
        else _t("Survivor should have been told by"),
        "done_label": _t("Referred to support on")
        if referral
        else _t("Survivor was told on"),
        "decided_on": breach.decided_on,
        "due_on": breach.due_on,
        "told_on": breach.told_on,
        "working_days_late": breach.working_days_late,
    }


UNIT_LABELS = {
    "calendar_days": _("calendar days"),
    "working_days": _("working days"),
    "months": _("months"),
}


def limit_text(rule: TimeLimitRule) -> str:
    """“1 working day”, “28 calendar days”: the amount with its unit, pluralised."""
    n = rule.amount
    words = {
        "calendar_days": ngettext("%(n)s calendar day", "%(n)s calendar days", n),
        "working_days": ngettext("%(n)s working day", "%(n)s working days", n),
        "months": ngettext("%(n)s month", "%(n)s months", n),
    }[rule.unit]
    return words % {"n": n}


def rule_rows(pack: RulesPack | None = None) -> list[dict]:
    """Every time limit in the pack, for the rules page managers check."""
    pack = pack or get_pack()
    rows = []
    for rule in pack.time_limits:
        rows.append(
            {
                "rule": rule,
                "amount": limit_text(rule),
                "events": [
                    pack.event_type(key).label
                    for key in rule.basis_events
                    if pack.has_event_type(key)
                ]
                or [key.replace("_", " ") for key in rule.basis_events],
            }
        )
    return rows
