"""Reads for the survivor's page: what it shows, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from calendars.events import CalendarOptions
from calendars.feeds import survivor_journey_facts, survivor_next_entry
from calendars.ical import CalendarEvent
from cms.selectors import code_rights_for_stage, explainer_url_for_stage
from documents.selectors import special_measures_requests_for_journey
from journeys.models import Journey
from journeys.selectors import journey_stage_map
from rules.base import RulesPack, Stage

from .models import PersonalLink, hash_secret

# What the court said, in plain words (the court decides; asking is not a promise).
DECISION_WORDS = {
    "awaiting": _("Asked for. The court has not decided yet."),
    "granted": _("The court said yes."),
    "refused": _("The court said no."),
}


def link_for_token(token: str) -> PersonalLink | None:
    """The link behind a page token, live or not (None for an unknown token)."""
    if not token or len(token) > 200:
        return None
    return _with_journey(PersonalLink.objects.filter(token_hash=hash_secret(token)))


def link_for_feed_token(token: str) -> PersonalLink | None:
    """The link behind a calendar feed token, live or not."""
    if not token or len(token) > 200:
        return None
    return _with_journey(
        PersonalLink.objects.filter(feed_token_hash=hash_secret(token))
    )


def _with_journey(links) -> PersonalLink | None:
    return links.select_related(
        "journey__survivor",
        "journey__organisation",
        "journey__lead_advocate",
        "created_by",
    ).first()


def link_is_open(link: PersonalLink, *, now: datetime | None = None) -> bool:
    """Checked on every request: not revoked, not expired, journey active, survivor
    not erased. The signals revoke too; this check alone would be enough."""
    journey = link.journey
    return (
        link.revoked_at is None
        and link.expires_at > (now or timezone.now())
        and journey.status == Journey.Status.ACTIVE
        and journey.anonymised_at is None
        and journey.survivor.erased_at is None
    )


def link_current(journey: Journey) -> PersonalLink | None:
    """The journey's unrevoked link, for the advocate's panel."""
    return PersonalLink.objects.unrevoked().filter(journey=journey).first()


@dataclass(frozen=True)
class Measure:
    label: str
    plain: str
    decision: str


@dataclass
class PageFacts:
    stage_map: list[tuple[Stage, str]]
    stage: Stage
    next_stage: Stage | None
    explainer_url: str | None
    next_explainer_url: str | None
    appointment: CalendarEvent | None
    rights: list
    measures: list[Measure]
    # Her journey's pack: the rights' numbers and the explainers are its own.
    pack: RulesPack | None = None
    offence: str = ""
    service_name: str = ""
    service_phone: str = ""
    service_email: str = ""
    advocate_name: str = ""
    contact_note: str = ""
    side_route: Stage | None = None


def _measures(journey: Journey) -> list[Measure]:
    """Measures of the latest requests (a variation replaces what it varies)."""
    requests = list(special_measures_requests_for_journey(journey))
    replaced = {r.varies_id for r in requests if r.varies_id}
    found: dict[str, Measure] = {}
    for request in reversed(requests):  # oldest first: later ones win
        if request.pk in replaced:
            continue
        for measure in request.measures.all():
            words = DECISION_WORDS.get(measure.decision)
            if words is None:
                found.pop(measure.measure, None)
                continue
            spec = measure.spec
            found[measure.measure] = Measure(
                label=str(spec.label), plain=str(spec.plain), decision=str(words)
            )
    return list(found.values())


def page_facts(link: PersonalLink, *, request=None) -> PageFacts:
    """Everything her page shows, following what she chose to see."""
    journey = link.journey
    stage_map = journey_stage_map(journey=journey)
    pack = journey.pack
    stage = next((s for s, state in stage_map if state == "current"), journey.stage)
    ahead = [s for s, state in stage_map if state == "ahead"]
    next_stage = ahead[0] if ahead else None
    options = CalendarOptions.from_settings()
    rows = survivor_journey_facts(
        journey,
        discreet=not link.show_court,
        include_location=link.show_place,
        options=options,
    )
    organisation = journey.organisation
    advocate = journey.lead_advocate or link.created_by
    current = pack.stage(journey.current_stage)
    return PageFacts(
        stage_map=stage_map,
        stage=stage,
        next_stage=next_stage,
        explainer_url=explainer_url_for_stage(stage.key, pack, request=request),
        next_explainer_url=explainer_url_for_stage(
            next_stage.key, pack, request=request
        )
        if next_stage
        else None,
        appointment=survivor_next_entry(rows, options=options),
        rights=code_rights_for_stage(stage.key, pack),
        pack=pack,
        measures=_measures(journey),
        offence=journey.offence_label if link.show_court else "",
        service_name=organisation.name if link.show_service else "",
        service_phone=organisation.phone if link.show_service_contact else "",
        service_email=organisation.email if link.show_service_contact else "",
        advocate_name=advocate.first_name
        if link.show_advocate_name and advocate
        else "",
        contact_note=link.contact_note,
        side_route=current if current.side_route else None,
    )
