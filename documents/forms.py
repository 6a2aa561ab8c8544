"""Forms for choosing, checking and generating letters, and for service settings."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.images.widgets import AdminImageChooser

from core.textcheck import validate_free_text
from core.widgets import NativeDateInput, ScriptFreeChooserMixin
from rules import RulesPack, get_pack

from . import errors
from .content import paragraph_key, plain
from .letters import MeasuresPlan
from .models import (
    WORDING_FIELDS,
    Letterhead,
    LetterTemplate,
    RequestedMeasure,
    SpecialMeasuresRequest,
)
from .rendering import xml_safe

TEXTAREA = forms.Textarea(attrs={"rows": 3})
# The most a letter takes in one field: a page of the survivor's own words.
OWN_WORDS_LIMIT = 2000


class LetterText(forms.CharField):
    """Free text for a letter: length-limited, and refusing control and bidi
    characters (such as U+202E) that would make the letter read differently."""

    def __init__(self, *, max_length: int = OWN_WORDS_LIMIT, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(
            max_length=max_length,
            error_messages={"max_length": errors.TEXT_TOO_LONG},
            **kwargs,
        )

    def to_python(self, value):
        value = super().to_python(value)
        validate_free_text(value, limit=None)
        return xml_safe(value)


EDIT_PREFIX, EDIT_KEY_PREFIX = "edit_", "edit_key_"


def parse_edits(data) -> tuple[dict[int, tuple[str, str]], list[str]]:
    """The advocate's rewording of paragraphs, from the preview's text boxes.

    Returns {paragraph number: (fingerprint of the text they read, new text)} for
    paragraphs actually changed, and a clear message for each one refused.
    """
    edits: dict[int, tuple[str, str]] = {}
    problems: list[str] = []
    for name in data:
        if not name.startswith(EDIT_KEY_PREFIX):
            continue
        number_text = name.removeprefix(EDIT_KEY_PREFIX)
        if not number_text.isdigit():
            continue
        number = int(number_text)
        key = str(data.get(name, ""))[:16]
        text = xml_safe(str(data.get(f"{EDIT_PREFIX}{number}", ""))).strip()
        if not text or paragraph_key(plain(text)) == key:
            continue
        if len(text) > OWN_WORDS_LIMIT:
            problems.append(
                str(errors.TEXT_TOO_LONG)
                % {"show_value": len(text), "limit_value": OWN_WORDS_LIMIT}
            )
            continue
        edits[number] = (key, text)
    return edits, problems


class LetterForm(forms.Form):
    """Fields every letter has; subclasses add what their letter needs."""

    letter_date = forms.DateField(
        label=_("Date on the letter"),
        widget=NativeDateInput(),
        initial=timezone.localdate,
    )
    confirm_blanks = forms.BooleanField(
        label=_("Generate anyway, with the missing details left blank to fill in"),
        required=False,
    )

    def __init__(self, *args, journey=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.journey = journey
        # The confirmations come last, just above the button.
        tail = [
            n for n in ("time_limits_confirmed", "confirm_blanks") if n in self.fields
        ]
        self.order_fields([n for n in self.fields if n not in tail] + tail)

    @property
    def pack(self) -> RulesPack:
        """The journey's pack (the deployment's default only for a form with none)."""
        return self.journey.pack if self.journey is not None else get_pack()

    def inputs(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("letter_date", None)
        data.pop("confirm_blanks", None)
        return data

    def plan(self) -> MeasuresPlan | None:
        return None


class ConfirmTimeLimitsMixin(forms.Form):
    """For letters that may cite a time limit the rules pack has not confirmed."""

    time_limits_confirmed = forms.BooleanField(
        label=_(
            "I have checked the time limits in this letter against the current rules"
        ),
        required=False,
        help_text=_(
            "Time limits not yet confirmed are printed as the rule only, without a "
            "date, unless you tick this."
        ),
    )


class SpecialMeasuresForm(ConfirmTimeLimitsMixin, LetterForm):
    eligibility_route = forms.ChoiceField(
        label=_("Eligibility route"),
        help_text=_(
            "The offence decides the automatic route; section 16 applies to anyone "
            "under 18 or whose evidence is affected by a disorder or disability."
        ),
    )
    s16_ground = forms.ChoiceField(
        label=_("Section 16 ground"),
        required=False,
        help_text=_(
            "Needed for the section 16 route, and to add section 16 to an automatic "
            "route. Only a section 16 witness can have an intermediary (s.29) or aids "
            "to communication (s.30)."
        ),
    )
    varies = forms.ModelChoiceField(
        label=_("This letter varies an earlier request"),
        queryset=SpecialMeasuresRequest.objects.none(),
        required=False,
        help_text=_(
            "Leave blank for a new request. The earlier request stays on record as "
            "it was sent."
        ),
    )
    sent_to = forms.ChoiceField(
        label=_("Send to"), choices=SpecialMeasuresRequest.SentTo.choices
    )
    separate_entrance = forms.BooleanField(label=_("Separate entrance"), required=False)
    separate_waiting_area = forms.BooleanField(
        label=_("Separate waiting area"), required=False
    )
    supporter_in_live_link_room = forms.BooleanField(
        label=_("Supporter in the live-link room"), required=False
    )
    supporter_name = LetterText(label=_("Supporter's name (optional)"), max_length=120)
    interpreter = forms.BooleanField(label=_("Interpreter"), required=False)
    interpreter_language = LetterText(label=_("Interpreter language"), max_length=60)
    breaks = forms.BooleanField(label=_("Regular breaks"), required=False)
    other_practical = LetterText(
        label=_("Other practical requests"), max_length=1000, widget=TEXTAREA
    )
    wants_meeting = forms.BooleanField(
        label=_("Ask for a special measures meeting"), required=False, initial=True
    )
    wants_pre_trial_visit = forms.BooleanField(
        label=_("Ask for a pre-trial visit"), required=False, initial=True
    )

    def __init__(self, *args, journey=None, survivor_name: str = "", **kwargs):
        super().__init__(*args, journey=journey, **kwargs)
        pack = self.pack
        self.fields["sent_to"].choices = sent_to_choices(pack)
        self.survivor_name = survivor_name
        routes = (
            pack.routes_for_offence(journey.offence_category)
            if journey is not None
            else pack.eligibility_routes
        )
        self.fields["eligibility_route"].choices = [
            (r.key, f"{r.section} – {r.label}") for r in routes
        ]
        self.fields["s16_ground"].choices = [("", "—")] + pack.choices_of(
            pack.s16_grounds
        )
        if journey is not None:
            self.fields["varies"].queryset = journey.special_measures_requests.all()
            self.fields["varies"].label_from_instance = _request_label
            self.fields["eligibility_route"].initial = default_route(journey)
            survivor = journey.survivor
            self.fields["interpreter"].initial = survivor.needs_interpreter
            self.fields["interpreter_language"].initial = survivor.interpreter_language
        self.measure_keys = []
        for spec in pack.special_measures:
            self.measure_keys.append(spec.key)
            self.fields[f"measure_{spec.key}"] = forms.BooleanField(
                label=f"{spec.label} ({spec.section})",
                help_text=spec.plain,
                required=False,
            )
            self.fields[f"reason_{spec.key}"] = LetterText(
                label=_("Reasons, in their own words"),
                widget=TEXTAREA,
                strip=False,
            )

    def clean(self):
        data = super().clean()
        chosen = [k for k in self.measure_keys if data.get(f"measure_{k}")]
        if not chosen:
            raise forms.ValidationError(errors.NO_MEASURES, code="no_measures")
        if self.journey is not None and "eligibility_route" in data:
            from .services import special_measures_plan_check

            try:
                special_measures_plan_check(self.plan(), self.journey)
            except forms.ValidationError as exc:
                self.add_error(None, exc)
        else:
            pack = self.pack
            for key in chosen:
                if not (data.get(f"reason_{key}") or "").strip():
                    self.add_error(
                        f"reason_{key}",
                        forms.ValidationError(
                            errors.REASON_REQUIRED,
                            code="reason_required",
                            params={
                                "name": self.survivor_name or _("the survivor"),
                                "measure": pack.special_measure(key).label,
                            },
                        ),
                    )
        return data

    def measure_rows(self):
        return [(self[f"measure_{k}"], self[f"reason_{k}"]) for k in self.measure_keys]

    def plan(self) -> MeasuresPlan:
        data = self.cleaned_data

        def text(name: str) -> str:
            return (data.get(name) or "").strip()

        return MeasuresPlan(
            eligibility_route=data.get("eligibility_route") or "",
            s16_ground=data.get("s16_ground") or "",
            measures=[
                (k, text(f"reason_{k}"))
                for k in self.measure_keys
                if data.get(f"measure_{k}")
            ],
            sent_to=data.get("sent_to") or "oic_and_prosecutor",
            separate_entrance=bool(data.get("separate_entrance")),
            separate_waiting_area=bool(data.get("separate_waiting_area")),
            supporter_in_live_link_room=bool(data.get("supporter_in_live_link_room")),
            supporter_name=text("supporter_name"),
            interpreter=bool(data.get("interpreter")),
            interpreter_language=text("interpreter_language"),
            breaks=bool(data.get("breaks")),
            other_practical=text("other_practical"),
            wants_meeting=bool(data.get("wants_meeting")),
            wants_pre_trial_visit=bool(data.get("wants_pre_trial_visit")),
        )


def sent_to_choices(pack: RulesPack) -> list[tuple[str, str]]:
    """Who a request goes to, naming the prosecutor as the journey's pack does."""
    prosecutor, officer = pack.terms.prosecutor, pack.terms.police_officer
    return [
        ("oic", capfirst(str(officer))),
        ("prosecutor", capfirst(str(prosecutor))),
        (
            "oic_and_prosecutor",
            capfirst(
                _("%(officer)s and %(prosecutor)s")
                % {"officer": officer, "prosecutor": prosecutor}
            ),
        ),
    ]


def default_route(journey) -> str:
    """The route the offence category gives (s.17(4) read with (4A), else s.17(1))."""
    return journey.pack.routes_for_offence(journey.offence_category)[0].key


def _request_label(request) -> str:
    sent = request.sent_on.strftime("%d/%m/%Y") if request.sent_on else "—"
    return str(_("Request sent %(date)s") % {"date": sent})


class VrrForm(ConfirmTimeLimitsMixin, LetterForm):
    points = LetterText(
        label=_("What the survivor wants the reviewer to consider (their words)"),
        max_length=3000,
        widget=TEXTAREA,
        strip=False,
    )


class UnduleLenientForm(ConfirmTimeLimitsMixin, LetterForm):
    """The sentence as the letter prints it: typed here, never taken from notes."""

    sentence_type = forms.ChoiceField(label=_("Type of sentence"), required=False)
    sentence_length = LetterText(
        label=_("Length or amount"),
        max_length=200,
        help_text=_("e.g. 18 months; £500"),
    )
    ancillary_orders = LetterText(
        label=_("Ancillary orders"),
        max_length=500,
        help_text=_(
            "e.g. an order protecting the survivor, and for how long; leave blank "
            "if none"
        ),
    )
    reasons = LetterText(
        label=_("Why the survivor thinks the sentence is too low (their words)"),
        max_length=3000,
        widget=TEXTAREA,
        strip=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        pack = self.pack
        self.fields["sentence_type"].choices = [
            ("", "—"),
            *pack.choices_of(pack.sentence_types),
        ]
        # Only a limit not yet confirmed needs the advocate's check.
        if not pack.time_limit("unduly_lenient_sentence").verify:
            del self.fields["time_limits_confirmed"]


class CodeComplaintForm(LetterForm):
    right = forms.TypedChoiceField(label=_("Which right"), coerce=int, required=False)
    body_at_fault = LetterText(
        label=_("Organisation that did not meet it"),
        max_length=200,
        help_text=_("e.g. the police force, or the unit that tells witnesses"),
    )
    what_was_due = LetterText(
        label=_("What was due"),
        max_length=500,
        help_text=_("e.g. to tell the survivor of the new trial date"),
    )
    due_on = forms.DateField(
        label=_("Due by"),
        required=False,
        widget=NativeDateInput(),
    )
    what_happened = LetterText(label=_("What happened"), widget=TEXTAREA)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["right"].choices = [("", "—")] + [
            (r.number, f"{r.number}. {r.label}") for r in self.pack.code_rights
        ]


class DecisionForm(forms.Form):
    """The reply to a special-measures request and the court's decision per measure."""

    response_received_on = forms.DateField(
        label=_("Response received on"),
        required=False,
        widget=NativeDateInput(),
    )
    court_decided_on = forms.DateField(
        label=_("Court decided on"),
        required=False,
        widget=NativeDateInput(),
    )
    notes = LetterText(label=_("Notes"), widget=TEXTAREA)

    def __init__(self, *args, request_obj: SpecialMeasuresRequest, **kwargs):
        super().__init__(*args, **kwargs)
        self.request_obj = request_obj
        self.initial.setdefault(
            "response_received_on", request_obj.response_received_on
        )
        self.initial.setdefault("court_decided_on", request_obj.court_decided_on)
        for item in request_obj.measures.all():
            self.fields[f"decision_{item.measure}"] = forms.ChoiceField(
                label=f"{item.spec.label} ({item.spec.section})",
                choices=RequestedMeasure.Decision.choices,
                initial=item.decision,
            )

    def decisions(self) -> dict[str, str]:
        return {
            name.removeprefix("decision_"): value
            for name, value in self.cleaned_data.items()
            if name.startswith("decision_")
        }


class LetterTemplateForm(forms.ModelForm):
    class Meta:
        model = LetterTemplate
        fields = list(WORDING_FIELDS)
        widgets = {
            "recipient": forms.Textarea(attrs={"rows": 4}),
            "opening": forms.Textarea(attrs={"rows": 8}),
            "closing": forms.Textarea(attrs={"rows": 8}),
        }


class LogoChooser(ScriptFreeChooserMixin, AdminImageChooser):
    """Wagtail's image chooser, started without an inline script (admin CSP)."""


class LetterheadForm(forms.ModelForm):
    class Meta:
        model = Letterhead
        fields = [
            "address",
            "phone",
            "email",
            "website",
            "charity_number",
            "footer_note",
            "logo",
        ]
        widgets = {
            "logo": LogoChooser,
            "address": forms.Textarea(attrs={"rows": 4}),
        }
