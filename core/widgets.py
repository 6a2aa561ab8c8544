"""Native date and time inputs that browsers can read.

An ``<input type="date">`` accepts only ISO 8601 (``2026-12-01``); Django would
otherwise render the first localised input format (``01/12/2026`` in en-GB), which
Chromium discards, showing an empty field. Every native date or time input in the
admin uses these widgets.

Wagtail's own date, time and chooser widgets print an inline ``<script>`` that
starts them; the admin's Content-Security-Policy refuses inline scripts, so they
hand their options over as JSON data instead (``ScriptFreeChooserMixin`` here; the
date and time widget templates in ``security/templates/wagtailadmin/widgets/``),
started by ``security/static/security/js/admin-widgets.js``.
"""

from __future__ import annotations

import json

from django import forms
from django.utils.html import format_html
from django.utils.safestring import mark_safe

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


# JSON inside <script type="application/json">: nothing in it may close the element.
_JSON_IN_HTML = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


def startup_data(init: str, element_id: str, options: dict) -> str:
    """The options a widget's starter needs, as inert JSON the admin script reads."""
    payload = json.dumps(options).translate(_JSON_IN_HTML)
    return format_html(
        '<script type="application/json" data-waymark-init="{}" '
        'data-waymark-field="{}">{}</script>',
        init,
        element_id,
        mark_safe(payload),  # noqa: S308 - escaped above: no tag can close it
    )


class ScriptFreeChooserMixin:
    """For a Wagtail chooser widget: its start-up as data, not an inline script."""

    def render(self, name, value, attrs=None, renderer=None):
        element_id = attrs["id"]
        value_data = self.get_value_data(value)
        html = self.render_html(name, value_data, attrs)
        options = self.get_js_init_options(element_id, name, value_data)
        return mark_safe(  # noqa: S308 - both parts are escaped HTML
            html + startup_data(self.js_constructor, element_id, options)
        )
