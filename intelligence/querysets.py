"""Reads of intelligence reports start from the user's organisation."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Exists, OuterRef, Q

from core.access import ScopedQuerySet
from journeys.models import Consent

#: Consent levels that allow a copy to leave the service.
SHARING_LEVELS = ("anonymous", "police")
#: The consent-record scope that lets the police have her details.
POLICE_CONSENT_SCOPE = "share_police"


class IntelligenceReportQuerySet(ScopedQuerySet):
    organisation_path = "organisation"
    advocate_path = "survivor__lead_advocate"

    def shareable(self):
        """Reports the survivor agreed may be shared beyond the service."""
        return self.filter(consent__in=SHARING_LEVELS)

    def with_police_consent_on_file(self, on: date | None = None):
        """Mark reports whose survivor's consent record lets the police have her
        details today (a consent for all her journeys, or for the report's)."""
        consents = Consent.objects.in_force(on).filter(
            Q(journey__isnull=True) | Q(journey=OuterRef("journey")),
            survivor=OuterRef("survivor"),
            scope=POLICE_CONSENT_SCOPE,
        )
        return self.annotate(police_consent_on_file=Exists(consents))

    def within_a_year_of(self, today: date):
        """Reports of incidents (or, undated, recorded) in the 12 months to today."""
        since = today - timedelta(days=365)
        return self.filter(
            Q(happened_on__gte=since, happened_on__lte=today)
            | Q(happened_on__isnull=True, created_at__date__gte=since)
        )
