"""The period picker: recent calendar quarters, or any custom range of dates."""

from __future__ import annotations

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.widgets import NativeDateInput

from . import errors
from .period import Period, parse_quarter_key, quarter_label, recent_quarters

CUSTOM = "custom"
MAX_YEARS = 10


def default_period(today: date) -> Period:
    """The last complete quarter: what a board usually asks for."""
    return recent_quarters(today, 2)[1]


class ReportPeriodForm(forms.Form):
    period = forms.ChoiceField(label=_("Period"))
    start = forms.DateField(
        label=_("From"),
        required=False,
        widget=NativeDateInput(),
    )
    end = forms.DateField(
        label=_("To (including this day)"),
        required=False,
        widget=NativeDateInput(),
    )

    def __init__(self, *args, today: date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today = today
        quarters = recent_quarters(today)
        self.fields["period"].choices = [
            (q.key, quarter_label(q)) for q in quarters
        ] + [(CUSTOM, _("Custom dates"))]
        self.fields["period"].initial = default_period(today).key

    def clean(self):
        data = super().clean()
        choice = data.get("period")
        if choice is None:
            return data
        if choice == CUSTOM:
            start, end = data.get("start"), data.get("end")
            if start is None or end is None:
                if not self.has_error("start") and not self.has_error("end"):
                    raise ValidationError(errors.CUSTOM_PERIOD_NEEDS_DATES)
                return data
            if end < start:
                self.add_error("end", errors.PERIOD_ENDS_BEFORE_START)
            elif start > self.today:
                self.add_error("start", errors.PERIOD_STARTS_IN_FUTURE)
            elif (end - start).days > 366 * MAX_YEARS:
                raise ValidationError(
                    errors.PERIOD_TOO_LONG, params={"years": MAX_YEARS}
                )
            else:
                data["chosen"] = Period(start, end)
        else:
            period = parse_quarter_key(choice)
            if period is None:  # pragma: no cover - ChoiceField already refuses it
                raise ValidationError(errors.UNKNOWN_PERIOD)
            data["chosen"] = period
        return data

    @property
    def chosen_period(self) -> Period:
        """The valid period chosen, or the default when nothing (valid) was chosen."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["chosen"]
        return default_period(self.today)
