"""Native date and time inputs send ISO values, the only ones browsers accept."""

import importlib
from datetime import date

import pytest
from django import forms

from core.widgets import NativeDateInput
from documents.forms import LetterForm

FORM_MODULES = (
    "documents.forms",
    "journeys.admin_forms",
    "journeys.admin_views",
    "deadlines.views",
    "reports.forms",
)
NATIVE = {"date": "%Y-%m-%d", "time": "%H:%M", "datetime-local": "%Y-%m-%dT%H:%M"}


def project_forms():
    for name in FORM_MODULES:
        importlib.import_module(name)
    seen, todo = set(), [forms.BaseForm]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
    return [c for c in seen if c.__module__.startswith(("documents", "journeys"))]


def test_every_native_date_or_time_input_in_the_project_renders_iso():
    checked = 0
    for cls in project_forms():
        for name, field in getattr(cls, "base_fields", {}).items():
            kind = getattr(field.widget, "input_type", "")
            if kind in NATIVE:
                checked += 1
                assert field.widget.format == NATIVE[kind], f"{cls.__name__}.{name}"
    assert checked >= 6


@pytest.mark.django_db
def test_the_letter_date_is_rendered_as_an_iso_date_a_browser_can_show():
    form = LetterForm(initial={"letter_date": date(2026, 12, 1)})
    html = str(form["letter_date"])
    assert 'type="date"' in html
    assert 'value="2026-12-01"' in html
    assert "01/12/2026" not in html


def test_a_native_date_input_survives_a_british_locale():
    widget = NativeDateInput()
    assert widget.format_value(date(2026, 12, 1)) == "2026-12-01"
