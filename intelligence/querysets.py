"""Reads of intelligence reports start from the user's organisation."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Q

from core.access import ScopedQuerySet

#: Consent levels that allow a copy to leave the service.
SHARING_LEVELS = ("anonymous", "police")


class IntelligenceReportQuerySet(ScopedQuerySet):
    organisation_path = "organisation"
    advocate_path = "survivor__lead_advocate"

    def shareable(self):
        """Reports the survivor agreed may be shared beyond the service."""
        return self.filter(consent__in=SHARING_LEVELS)

    def within_a_year_of(self, today: date):
        """Reports of incidents (or, undated, recorded) in the 12 months to today."""
        since = today - timedelta(days=365)
        return self.filter(
            Q(happened_on__gte=since, happened_on__lte=today)
            | Q(happened_on__isnull=True, created_at__date__gte=since)
        )
