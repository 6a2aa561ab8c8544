"""Forms for the advocates' workspace; they collect input and hand it to services."""

from __future__ import annotations

from datetime import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput, AdminTimeInput

from core.access import policy
from rules.base import EventType, RulesPack

from . import errors
from .models import ContactMethod, Court, Hearing, Journey, Survivor
from .services import JOURNEY_FACT_FIELDS


def add_service_error(form: forms.Form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: by field where it has one."""
    if hasattr(exc, "error_dict"):
        for field, field_errors in exc.error_dict.items():
            target = field if field in form.fields else None
            for error in field_errors:
                form.add_error(target, error)
    else:
        form.add_error(None, exc)


def colleagues_of(user):
    """Active staff of the user's service, for lead-advocate pickers."""
    return policy.staff_of(policy.organisation_id(user)).order_by(
        "first_name", "last_name", "username"
    )


class StaffChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return obj.get_full_name() or obj.get_username()


def _pack_choices(items, blank: bool = True) -> list[tuple[str, str]]:
    choices = [(item.key, item.label) for item in items]
    return [("", "---------"), *choices] if blank else choices


class VersionedFormMixin(forms.Form):
    """Carries the version the edit began from, so a stale save can be refused."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def expected_version(self) -> int | None:
        return self.cleaned_data.get("version")


# Survivors ---------------------------------------------------------------------
SURVIVOR_FORM_FIELDS = list(Survivor.PROFILE_FIELDS)


class SurvivorForm(VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = Survivor
        fields = SURVIVOR_FORM_FIELDS

    confirm_not_duplicate = forms.BooleanField(
        label=_("This is a different person"),
        required=False,
        help_text=_("Tick only if told that someone with this name is already known."),
    )

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version
            del self.fields["confirm_not_duplicate"]

    def service_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in SURVIVOR_FORM_FIELDS}

    def _post_clean(self):
        # Validation of the record is the service's job; skip the model's own.
        pass


class ContactMethodForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ContactMethod.Kind.choices)
    value = forms.CharField(label=_("Details"), max_length=300)
    label = forms.CharField(
        label=_("Label"),
        max_length=100,
        required=False,
        help_text=_("For example “work phone”."),
    )
    is_preferred = forms.BooleanField(label=_("Preferred"), required=False)
    notes = forms.CharField(label=_("Notes"), max_length=300, required=False)


class ContactLogForm(forms.Form):
    """One contact for the log; private to the service, never printed in letters."""

    occurred_on = forms.DateField(label=_("Date"), widget=AdminDateInput)
    kind = forms.ChoiceField(label=_("Type"))
    with_survivor = forms.BooleanField(
        label=_("With the survivor"),
        required=False,
        initial=True,
        help_text=_("Untick for contact with someone else, such as the police."),
    )
    with_whom = forms.CharField(label=_("Who with"), max_length=200, required=False)
    minutes = forms.IntegerField(
        label=_("Time spent (minutes)"), min_value=0, max_value=1440, initial=0
    )
    journey = forms.ModelChoiceField(
        label=_("Journey"), queryset=Journey.objects.none(), required=False
    )
    summary = forms.CharField(
        label=_("Summary"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": errors.CONTACT_LOG_NEEDS_SUMMARY},
        help_text=_("Private to your service. Never printed in letters."),
    )

    def __init__(self, *args, survivor: Survivor, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        from .models import ContactLog

        self.fields["kind"].choices = ContactLog.Kind.choices
        self.fields["journey"].queryset = Journey.objects.for_user(for_user).filter(
            survivor=survivor
        )


class ContactMethodEditForm(ContactMethodForm):
    last_confirmed_on = forms.DateField(
        label=_("Last confirmed working"),
        required=False,
        widget=AdminDateInput,
        help_text=_("The last day someone reached them this way."),
    )


class ContactMethodEndForm(forms.Form):
    ended_on = forms.DateField(label=_("Stopped working on"), widget=AdminDateInput)
    reason = forms.CharField(
        label=_("Why (optional)"),
        max_length=90,
        required=False,
        help_text=_("For example “number no longer in service”."),
    )


# Journeys ----------------------------------------------------------------------
#: How the police treated her report: optional, each with a "not known" default.
POLICING_DEFAULTS = {
    "hate_crime_recorded": Journey.HateCrime.UNKNOWN,
    "reporting_sanction": Journey.ReportingSanction.UNKNOWN,
}

JOURNEY_FORM_FIELDS = list(JOURNEY_FACT_FIELDS)


class SurvivorChoiceField(forms.ModelChoiceField):
    """Two survivors may share a working name: the number tells them apart."""

    def label_from_instance(self, obj) -> str:
        return _("%(name)s (survivor %(number)s)") % {
            "name": obj.chosen_name,
            "number": obj.pk,
        }


class JourneyForm(VersionedFormMixin, forms.ModelForm):
    """Create or edit a journey's details; the stage comes from events, not here."""

    survivor = SurvivorChoiceField(
        label=_("Survivor"), queryset=Survivor.objects.none()
    )

    class Meta:
        model = Journey
        fields = JOURNEY_FORM_FIELDS
        widgets = {
            "incident_date": AdminDateInput,
            "opened_on": AdminDateInput,
            "reporting_sanction_on": AdminDateInput,
        }

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        # A journey keeps its pack; a new one takes its organisation's.
        pack = (
            self.instance.pack
            if self.instance.pk or not for_user
            else policy.organisation_of(for_user).pack
        )
        self.fields["offence_category"] = forms.ChoiceField(
            label=_("Offence category"),
            choices=_pack_choices(pack.offence_categories),
        )
        self.fields["police_force"] = forms.ChoiceField(
            label=_("Police force"),
            choices=_pack_choices(pack.police_forces),
            required=False,
        )
        if self.instance.pk:
            del self.fields["survivor"]
            self.fields["version"].initial = self.instance.version
        else:
            del self.fields["version"]
            self.fields["survivor"].queryset = Survivor.objects.for_user(for_user)
        # Neutral fields, in the words of the journey's pack.
        terms = pack.terms
        for name, label, help_text in (
            ("prosecution_reference", terms.prosecution_reference, ""),
            ("enhanced_rights", terms.enhanced_rights, terms.enhanced_rights_help),
        ):
            if name in self.fields:
                self.fields[name].label = capfirst(str(label))
                self.fields[name].help_text = help_text
        for name in POLICING_DEFAULTS:
            # Older forms (and scripts) that leave these out keep "not known".
            self.fields[name].required = False
        self.order_fields(["survivor", *JOURNEY_FORM_FIELDS])

    def service_fields(self) -> dict:
        fields = {name: self.cleaned_data[name] for name in JOURNEY_FORM_FIELDS}
        for name, default in POLICING_DEFAULTS.items():
            fields[name] = fields[name] or default
        return fields

    def _post_clean(self):
        pass


class ReassignForm(forms.Form):
    lead_advocate = StaffChoiceField(
        label=_("Lead advocate"), queryset=get_user_model().objects.none()
    )

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_advocate"].queryset = colleagues_of(for_user)


class EventForm(forms.Form):
    """Asks only for what the chosen event needs, as the rules pack describes it."""

    occurred_on = forms.DateField(label=_("Date"), widget=AdminDateInput)

    def __init__(self, *args, event: EventType, journey: Journey, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        if event.outcomes:
            self.fields["outcome"] = forms.ChoiceField(
                label=event.outcome_label or _("Outcome"),
                choices=[(o.key, o.label) for o in event.outcomes],
                widget=forms.RadioSelect,
            )
        if event.asks_when_told:
            self.fields["survivor_informed_on"] = forms.DateField(
                label=_("Date the survivor was told"),
                required=False,
                widget=AdminDateInput,
                help_text=_("Leave blank if they have not been told yet."),
            )
        if event.hearing_related:
            self.fields["hearing"] = forms.ModelChoiceField(
                label=_("Hearing"),
                queryset=journey.hearings.select_related("court"),
                required=False,
                help_text=_("The hearing this happened at, if there was one."),
            )
        self.fields["details"] = forms.CharField(
            label=_("Details"), widget=forms.Textarea(attrs={"rows": 3}), required=False
        )

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            "event_type": self.event.key,
            "occurred_on": data["occurred_on"],
            "outcome": data.get("outcome", ""),
            "survivor_informed_on": data.get("survivor_informed_on"),
            "hearing": data.get("hearing"),
            "details": data.get("details", ""),
        }


class EventCorrectForm(forms.Form):
    """Correct a recorded event's dates or details; the reason goes in history."""

    occurred_on = forms.DateField(label=_("Date"), widget=AdminDateInput)
    reason = forms.CharField(
        label=_("Why is this being corrected?"),
        max_length=90,
        error_messages={"required": errors.REASON_REQUIRED},
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        kind = event.journey.pack.event_type(event.event_type)
        self.kind = kind
        self.fields["occurred_on"].initial = event.occurred_on
        if kind.outcomes:
            self.fields["outcome"] = forms.ChoiceField(
                label=kind.outcome_label or _("Outcome"),
                choices=[(o.key, o.label) for o in kind.outcomes],
                widget=forms.RadioSelect,
                initial=event.outcome,
            )
        if kind.asks_when_told or event.survivor_informed_on:
            self.fields["survivor_informed_on"] = forms.DateField(
                label=_("Date the survivor was told"),
                required=False,
                widget=AdminDateInput,
                initial=event.survivor_informed_on,
                help_text=_("Leave blank if they have not been told yet."),
            )
        self.fields["details"] = forms.CharField(
            label=_("Details"),
            widget=forms.Textarea(attrs={"rows": 3}),
            required=False,
            initial=event.details,
        )
        self.order_fields(
            ["occurred_on", "outcome", "survivor_informed_on", "details", "reason"]
        )

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        kwargs = {
            "occurred_on": data["occurred_on"],
            "survivor_informed_on": data.get("survivor_informed_on"),
            "details": data.get("details", ""),
            "reason": data["reason"],
        }
        if "outcome" in data:
            kwargs["outcome"] = data["outcome"]
        return kwargs


# Hearings ----------------------------------------------------------------------
class HearingWhenMixin(forms.Form):
    """A date and London wall-clock time, or a warned-list window of dates."""

    date = forms.DateField(
        label=_("Date"),
        required=False,
        widget=AdminDateInput,
        help_text=_("Required, with a time, unless the hearing is on a warned list."),
    )
    time = forms.TimeField(
        label=_("Time (UK time)"),
        required=False,
        widget=AdminTimeInput,
        help_text=_("Required with a date."),
    )
    window_start = forms.DateField(
        label=_("Warned list: first date"),
        required=False,
        widget=AdminDateInput,
        help_text=_("Only for a warned list or floating trial, instead of a date."),
    )
    window_end = forms.DateField(
        label=_("Warned list: last date"), required=False, widget=AdminDateInput
    )

    def clean(self):
        data = super().clean()
        if data.get("date") and not data.get("time"):
            self.add_error("time", _("Give the time as well as the date."))
        if data.get("time") and not data.get("date"):
            self.add_error("date", _("Give the date as well as the time."))
        return data

    def when_kwargs(self) -> dict:
        """Naive London wall-clock time: the service refuses times that never exist."""
        data = self.cleaned_data
        starts_at = None
        if data.get("date") and data.get("time"):
            starts_at = datetime.combine(data["date"], data["time"])
        return {
            "starts_at": starts_at,
            "window_start": data.get("window_start"),
            "window_end": data.get("window_end"),
        }


class ListingNoticeMixin(forms.Form):
    """When the body that tells witnesses learned of the listing, and told them.

    The first date's label is the journey's pack's (``terms.listing_learned_on``).
    """

    listing_learned_on = forms.DateField(
        label=_("Date the listing was learned of"),
        required=False,
        widget=AdminDateInput,
        help_text=_("Usually the day the court listed it. Leave blank if not known."),
    )
    survivor_told_on = forms.DateField(
        label=_("Date the survivor was told of this date"),
        required=False,
        widget=AdminDateInput,
        help_text=_("Leave blank if they have not been told yet."),
    )

    def use_pack_words(self, pack: RulesPack) -> None:
        """Name the first date in the journey's pack's words."""
        self.fields["listing_learned_on"].label = capfirst(
            str(pack.terms.listing_learned_on)
        )

    def notice_kwargs(self) -> dict:
        return {
            "listing_learned_on": self.cleaned_data.get("listing_learned_on"),
            "survivor_told_on": self.cleaned_data.get("survivor_told_on"),
        }


def _court_queryset(journey: Journey):
    """The active courts of the journey's pack's directory."""
    return Court.objects.for_pack(journey.rules_pack).filter(is_active=True)


class HearingAddForm(ListingNoticeMixin, HearingWhenMixin):
    hearing_type = forms.ChoiceField(label=_("Hearing type"))
    court = forms.ModelChoiceField(label=_("Court"), queryset=Court.objects.none())
    expected_duration = forms.DurationField(
        label=_("Expected length"),
        required=False,
        help_text=_("For example 2:00:00 for two hours, or “3 days”."),
    )
    survivor_gives_evidence = forms.BooleanField(
        label=_("Survivor gives evidence"), required=False
    )
    advocate_attends = forms.BooleanField(label=_("Advocate attends"), required=False)

    field_order = [
        "hearing_type",
        "court",
        "date",
        "time",
        "window_start",
        "window_end",
        "expected_duration",
        "survivor_gives_evidence",
        "advocate_attends",
        "listing_learned_on",
        "survivor_told_on",
    ]

    def __init__(self, *args, journey: Journey, **kwargs):
        super().__init__(*args, **kwargs)
        self.use_pack_words(journey.pack)
        self.fields["hearing_type"].choices = _pack_choices(journey.pack.hearing_types)
        self.fields["court"].queryset = _court_queryset(journey)

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        return {
            **self.when_kwargs(),
            "court": data["court"],
            "hearing_type": data["hearing_type"],
            "expected_duration": data.get("expected_duration"),
            "survivor_gives_evidence": data["survivor_gives_evidence"],
            "advocate_attends": data["advocate_attends"],
            **self.notice_kwargs(),
        }


class HearingMoveForm(VersionedFormMixin, ListingNoticeMixin, HearingWhenMixin):
    court = forms.ModelChoiceField(
        label=_("Court"),
        queryset=Court.objects.none(),
        required=False,
        help_text=_("Leave as it is if the court has not changed."),
    )
    reason = forms.CharField(
        label=_("Why did it move?"),
        max_length=250,
        error_messages={"required": errors.MOVE_NEEDS_REASON},
    )

    field_order = [
        "date",
        "time",
        "window_start",
        "window_end",
        "court",
        "reason",
        "listing_learned_on",
        "survivor_told_on",
    ]

    def __init__(self, *args, hearing: Hearing, **kwargs):
        super().__init__(*args, **kwargs)
        self.use_pack_words(hearing.journey.pack)
        # A new date is a new listing: its Victims' Code clock starts again.
        self.fields["listing_learned_on"].help_text = _(
            "For the new date. The dates for the old one stay in the changes."
        )
        self.fields["court"].queryset = _court_queryset(hearing.journey)
        self.fields["court"].initial = hearing.court_id
        self.fields["version"].initial = hearing.version

    def service_kwargs(self) -> dict:
        return {
            **self.when_kwargs(),
            "court": self.cleaned_data.get("court"),
            "reason": self.cleaned_data["reason"],
            "expected_version": self.expected_version(),
            **self.notice_kwargs(),
        }


class HearingToldForm(VersionedFormMixin, ListingNoticeMixin):
    """Correct or complete the Right 8 dates of a hearing's current listing."""

    def __init__(self, *args, hearing: Hearing, **kwargs):
        super().__init__(*args, **kwargs)
        self.use_pack_words(hearing.journey.pack)
        self.fields["version"].initial = hearing.version
        self.fields["listing_learned_on"].initial = hearing.listing_learned_on
        self.fields["survivor_told_on"].initial = hearing.survivor_told_on

    def service_kwargs(self) -> dict:
        return {**self.notice_kwargs(), "expected_version": self.expected_version()}


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": errors.REASON_REQUIRED},
    )


class OutcomeForm(forms.Form):
    """What happened at the hearing; a plea or verdict also goes on the timeline."""

    result = forms.ChoiceField(
        label=_("Result"),
        widget=forms.RadioSelect,
        help_text=_(
            "A plea, verdict or sentence is also recorded on the timeline, so you "
            "do not need to record it again."
        ),
    )
    survivor_informed_on = forms.DateField(
        label=_("Date the survivor was told"),
        required=False,
        widget=AdminDateInput,
        help_text=_("For a plea, verdict or sentence. Leave blank if not yet."),
    )
    outcome = forms.CharField(
        label=_("Details"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Needed if you chose “Something else”."),
    )

    def __init__(self, *args, hearing: Hearing, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["result"].choices = [
            (o.key, o.label) for o in hearing.journey.pack.hearing_outcomes
        ]

    def clean(self):
        data = super().clean()
        if data.get("result") == "other" and not (data.get("outcome") or "").strip():
            self.add_error("outcome", errors.REASON_REQUIRED)
        return data


__all__ = [
    "NON_FIELD_ERRORS",
    "ContactMethodForm",
    "EventCorrectForm",
    "EventForm",
    "HearingAddForm",
    "HearingMoveForm",
    "HearingToldForm",
    "JourneyForm",
    "OutcomeForm",
    "ReasonForm",
    "ReassignForm",
    "SurvivorForm",
    "add_service_error",
]


# Defendants --------------------------------------------------------------------
class DefendantForm(forms.Form):
    """What letters and the survivor's safety need to know of a defendant."""

    name = forms.CharField(
        label=_("Name"),
        required=False,
        max_length=200,
        help_text=_("Leave blank if not known."),
    )
    date_of_birth = forms.DateField(
        label=_("Date of birth"),
        required=False,
        widget=AdminDateInput,
        help_text=_("If known."),
    )
    charges = forms.CharField(
        label=_("Charges"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The offences charged, one per line."),
    )
    bail_conditions = forms.CharField(
        label=_("Bail conditions relevant to the survivor's safety"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("e.g. not to contact the survivor; not to enter a named area."),
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=300,
        help_text=_("Only if the name is not known: how the survivor refers to them."),
    )
