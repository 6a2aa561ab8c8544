"""Organisation-scoped querysets: every read of a record starts from the user."""

from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone

from core.access import JourneyScopedQuerySet, ScopedQuerySet


class SurvivorQuerySet(ScopedQuerySet):
    def with_current_contacts(self):
        return self.prefetch_related("contact_methods")


class JourneyQuerySet(ScopedQuerySet):
    def active(self):
        return self.exclude(status__in=["closed"])

    def open(self):
        return self.filter(status__in=["active", "lost_contact"])

    def in_stage(self, stage_key: str):
        return self.filter(current_stage=stage_key)

    def with_survivor(self):
        return self.select_related("survivor", "lead_advocate", "organisation")


#: A live hearing is still expected to go ahead as listed; the one definition.
LIVE_HEARING_STATUSES = frozenset({"listed", "confirmed", "moved"})
#: A closed hearing can no longer be changed: it was taken out of the list or heard.
CLOSED_HEARING_STATUSES = frozenset({"vacated", "heard"})


class HearingQuerySet(JourneyScopedQuerySet):
    def live(self):
        """Hearings still expected to go ahead as listed."""
        return self.filter(status__in=LIVE_HEARING_STATUSES)

    def upcoming(self, *, days: int | None = None, now=None):
        """Live hearings that are still to happen (within ``days``, if given)."""
        now = now or timezone.now()
        qs = self.live().filter(
            models.Q(starts_at__gte=now)
            | models.Q(starts_at__isnull=True, window_end__gte=now.date())
        )
        if days is not None:
            end = now + timedelta(days=days)
            qs = qs.filter(
                models.Q(starts_at__lt=end)
                | models.Q(starts_at__isnull=True, window_start__lt=end.date())
            )
        return qs

    def for_advocate(self, user):
        return self.filter(journey__lead_advocate=user)

    def with_related(self):
        return self.select_related("court", "journey", "journey__survivor")

    def for_calendar(
        self, *, now=None, cancelled_days: int = 30, past_days: int | None = None
    ):
        """Hearings a calendar shows: vacated ones only while clients must see the
        cancellation (``cancelled_days`` after it), past ones for ``past_days``."""
        now = now or timezone.now()
        qs = self.exclude(
            status="vacated", updated_at__lt=now - timedelta(days=cancelled_days)
        )
        if past_days is not None:
            since = now - timedelta(days=past_days)
            qs = qs.filter(
                models.Q(starts_at__gte=since)
                | models.Q(starts_at__isnull=True, window_end__gte=since.date())
            )
        return qs


class StageEventQuerySet(JourneyScopedQuerySet):
    def timeline(self):
        return self.order_by("occurred_on", "created_at", "pk")


class ContactMethodQuerySet(ScopedQuerySet):
    organisation_path = "survivor__organisation"
    advocate_path = "survivor__lead_advocate"

    def current(self):
        return self.filter(is_current=True)


class ConsentQuerySet(ScopedQuerySet):
    organisation_path = "survivor__organisation"
    advocate_path = "survivor__lead_advocate"

    def in_force(self, on=None):
        on = on or timezone.localdate()
        return self.filter(given_on__lte=on).filter(
            models.Q(withdrawn_on__isnull=True) | models.Q(withdrawn_on__gt=on)
        )


class ContactLogQuerySet(ScopedQuerySet):
    organisation_path = "survivor__organisation"
    advocate_path = "survivor__lead_advocate"

    def reached(self):
        """Entries where staff actually reached the survivor (not only tried)."""
        return self.filter(with_survivor=True).exclude(kind="attempted")


class CourtQuerySet(models.QuerySet):
    """Courts of one jurisdiction, or of one of its tiers."""

    def for_pack(self, pack_key: str) -> CourtQuerySet:
        return self.filter(rules_pack=pack_key)

    def of_highest_tier(self, pack) -> CourtQuerySet:
        """The pack's courts of its first-listed (highest) tier, for sample data."""
        return self.for_pack(pack.key).sitting_as(pack.court_tiers[0].key)

    def sitting_as(self, tier: str) -> CourtQuerySet:
        """Courts whose tiers include this key (stored comma-joined)."""
        return self.filter(
            Q(tiers=tier)
            | Q(tiers__startswith=f"{tier},")
            | Q(tiers__endswith=f",{tier}")
            | Q(tiers__contains=f",{tier},")
        )
