"""Native date and time inputs that browsers can read.

An ``<input type="date">`` accepts only ISO 8601 (``2026-12-01``); Django would
otherwise render the first localised input format (``01/12/2026`` in en-GB), which
Chromium discards, showing an empty field. Every native date or time input in the
admin uses these widgets.
"""

from __future__ import annotations

from django import forms

ISO_DATE = "%Y-%m-%d"
ISO_TIME = "%H:%M"
ISO_DATETIME = "%Y-%m-%dT%H:%M"


class NativeDateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=ISO_DATE)


class NativeTimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=ISO_TIME)


class NativeDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format=ISO_DATETIME)
