"""Letter pages in the advocates' workspace: thin views over services and selectors."""

from __future__ import annotations

import io

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.access import policy
from deadlines.models import CodeBreach
from deadlines.services import breach_letter_context
from journeys.admin_forms import add_service_error
from journeys.admin_views import DiscreetTitleMixin, discreet_title, journey_breadcrumbs
from journeys.models import Journey
from journeys.selectors import journey_get
from security.access import log_access
from security.models import AccessLog

from . import errors, services
from .content import editable_paragraphs, preview_lines
from .forms import (
    DecisionForm,
    LetterheadForm,
    LetterTemplateForm,
    default_route,
    parse_edits,
)
from .kinds import choices as letter_kind_choices
from .kinds import get_kind, is_kind
from .letters import MeasuresPlan
from .models import GeneratedLetter, LetterTemplate, SpecialMeasuresRequest
from .selectors import (
    letter_get,
    letterhead_for,
    letters_for_journey,
    special_measures_figures,
    special_measures_requests_for_journey,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _journey_or_404(user, pk: int) -> Journey:
    try:
        return journey_get(user=user, pk=pk)
    except Journey.DoesNotExist:
        raise Http404 from None


class AdminPage(DiscreetTitleMixin, WagtailAdminTemplateMixin, TemplateView):
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        # Pages about one journey lead back to it, not to a bare "Home".
        journey = getattr(self, "journey", None)
        if journey is None:
            return super().get_breadcrumbs_items()
        return journey_breadcrumbs(journey.pk, self.get_page_title())


class JourneyPage(AdminPage):
    """A page about one journey: subtitled with it, and discreet in the title bar."""

    def get_page_subtitle(self):
        return str(self.journey)

    def get_browser_title(self):
        return f"{self.get_page_title()}: {discreet_title(self.journey)}"


class JourneyLettersView(JourneyPage):
    """The letters of one journey, and the letters that can be written next."""

    template_name = "documents/journey_letters.html"
    page_title = gettext_lazy("Letters")

    def get(self, request, journey_pk: int):
        self.journey = _journey_or_404(request.user, journey_pk)
        return super().get(request)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            journey=self.journey,
            letters=letters_for_journey(self.journey),
            letter_types=letter_kind_choices(self.journey.pack),
            requests=special_measures_requests_for_journey(self.journey),
            **kwargs,
        )


class LetterCreateView(JourneyPage):
    """Fill in what the letter needs, see what is missing, then generate it."""

    template_name = "documents/letter_create.html"

    def dispatch(self, request, journey_pk: int, letter_type: str):
        if not is_kind(letter_type):
            raise Http404
        self.letter_type = letter_type
        self.journey = _journey_or_404(request.user, journey_pk)
        try:
            self.kind = get_kind(letter_type, self.journey.pack)
        except ValidationError as exc:
            # Not a letter in this journey's law: say so, and change nothing.
            messages.error(request, exc.messages[0])
            return redirect("documents:journey_letters", self.journey.pk)
        return super().dispatch(request)

    def get_page_title(self):
        return self.kind.label_for(self.journey.pack)

    def _form(self, data=None):
        form_class = self.kind.form
        kwargs = {"journey": self.journey}
        if self.kind.needs_plan:
            kwargs["survivor_name"] = self.journey.survivor.name_for_letters
        return form_class(data, **kwargs)

    def _draft(self, form, plan=None, letter_date=None, edits=None):
        inputs = form.inputs() if form.is_bound and form.is_valid() else {}
        return services.letter_draft(
            actor=self.request.user,
            journey=self.journey,
            letter_type=self.letter_type,
            inputs={**inputs, "edits": edits or {}},
            plan=plan,
            letter_date=letter_date,
        )

    def get(self, request):
        form = self._form()
        plan = None
        if self.kind.needs_plan:
            # Missing facts do not depend on the measures chosen.
            plan = MeasuresPlan(default_route(self.journey), [("screens", "-")])
        return self.render_to_response(
            self.get_context_data(form=form, draft=self._draft(form, plan))
        )

    def _preview(self, form, edits):
        """Every line of the letter, and each paragraph open to rewording."""
        data = form.cleaned_data
        try:
            original = self._draft(form, form.plan(), data["letter_date"])
            draft = self._draft(form, form.plan(), data["letter_date"], edits)
        except ValidationError as exc:
            form.add_error(None, _as_form_error(exc, form))
            return self.render_to_response(self.get_context_data(form=form))
        editable = []
        for number, text, key in editable_paragraphs(original.content):
            edit = edits.get(number)
            shown = edit[1] if edit and edit[0] == key else text
            editable.append((number, shown, key))
        return self.render_to_response(
            self.get_context_data(
                form=form, draft=draft, preview=True, editable=editable
            )
        )

    def post(self, request):
        form = self._form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        edits, edit_errors = parse_edits(request.POST)
        if edit_errors:
            for message in edit_errors:
                form.add_error(None, message)
            return self._preview(form, {})
        if "preview" in request.POST:
            # Show every sentence the letter would carry; nothing is saved.
            return self._preview(form, edits)
        try:
            letter = services.letter_generate(
                actor=request.user,
                journey=self.journey,
                letter_type=self.letter_type,
                inputs={**form.inputs(), "edits": edits},
                plan=form.plan(),
                letter_date=data["letter_date"],
                confirm_blanks=data["confirm_blanks"],
                varies=data.get("varies"),
            )
        except ValidationError as exc:
            draft = None
            if getattr(exc, "code", None) == "missing_data":
                draft = self._draft(form, form.plan(), data["letter_date"])
            else:
                form.add_error(None, _as_form_error(exc, form))
            return self.render_to_response(
                self.get_context_data(form=form, draft=draft, refused=True)
            )
        messages.success(
            request,
            _("Letter generated. Download it, check it and send it."),
        )
        return redirect(
            reverse("documents:journey_letters", args=[self.journey.pk])
            + f"#letter-{letter.pk}"
        )

    def get_context_data(self, **kwargs):
        form = kwargs.get("form")
        draft = kwargs.get("draft")
        if kwargs.get("preview") and draft is not None:
            kwargs["preview_lines"] = preview_lines(draft.content)
        return super().get_context_data(
            journey=self.journey,
            letter_type=self.letter_type,
            measure_rows=form.measure_rows() if hasattr(form, "measure_rows") else [],
            **kwargs,
        )


def _as_form_error(exc: ValidationError, form) -> ValidationError:
    """Keep errors on fields the form has; the rest go to the top of the form."""
    if not hasattr(exc, "error_dict"):
        return exc
    known = {name: errs for name, errs in exc.error_dict.items() if name in form.fields}
    rest = [
        e for name, errs in exc.error_dict.items() if name not in known for e in errs
    ]
    if rest:
        known["__all__"] = rest
    return ValidationError(known)


def letter_download(request, pk: int):
    """Send a stored letter again, only to someone in its organisation."""
    try:
        letter = letter_get(user=request.user, pk=pk)
    except GeneratedLetter.DoesNotExist:
        raise Http404 from None
    log_access(request, letter, action=AccessLog.Action.DOWNLOAD)
    try:
        data = services.letter_read(letter=letter)
    except services.StoredLetterChanged:
        messages.error(request, errors.STORED_LETTER_CHANGED)
        return redirect(reverse("documents:journey_letters", args=[letter.journey_id]))
    response = FileResponse(
        io.BytesIO(data),
        as_attachment=True,
        filename=letter.download_name,
        content_type=DOCX,
    )
    response["Content-Length"] = str(len(data))
    response["Cache-Control"] = "private, no-store"
    return response


class BreachComplaintView(LetterCreateView):
    """The complaint letter for a flagged Victims' Code breach, filled in from it."""

    def dispatch(self, request, breach_pk: int):
        breaches = CodeBreach.objects.for_user(request.user)
        self.breach = get_object_or_404(breaches, pk=breach_pk)
        return super().dispatch(
            request,
            journey_pk=self.breach.journey_id,
            letter_type="code_complaint",
        )

    def _form(self, data=None):
        facts = breach_letter_context(self.breach)
        told = facts["told_on"]
        sentence = (
            _(
                "The survivor was referred to support on %(told)s, %(late)s working "
                "days late."
            )
            if facts["referral"]
            else _("The survivor was told on %(told)s, %(late)s working days late.")
        )
        happened = (
            sentence
            % {"told": date_format(told, "j F Y"), "late": facts["working_days_late"]}
            if told
            else ""
        )
        initial = {
            "right": facts["right_number"],
            "what_was_due": _("%(duty)s, after: %(event)s")
            % {"duty": facts["duty"], "event": facts["event_label"]},
            "due_on": facts["due_on"],
            "what_happened": happened,
        }
        return self.kind.form(data, initial=initial, journey=self.journey)


class SpecialMeasuresDecisionView(AdminPage):
    """Record the response and the court's decision on each requested measure."""

    template_name = "documents/special_measures_decision.html"
    page_title = gettext_lazy("Special measures: response and decisions")

    def dispatch(self, request, pk: int):
        self.object = get_object_or_404(
            SpecialMeasuresRequest.objects.for_user(request.user)
            .select_related("journey__survivor")
            .prefetch_related("measures"),
            pk=pk,
        )
        self.journey = self.object.journey
        return super().dispatch(request)

    def get(self, request):
        form = DecisionForm(request_obj=self.object)
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request):
        form = DecisionForm(request.POST, request_obj=self.object)
        if form.is_valid():
            try:
                services.special_measures_record_response(
                    actor=request.user,
                    request=self.object,
                    decisions=form.decisions(),
                    response_received_on=form.cleaned_data["response_received_on"],
                    court_decided_on=form.cleaned_data["court_decided_on"],
                    notes=form.cleaned_data["notes"],
                )
            except ValidationError as exc:
                add_service_error(form, exc)
            else:
                messages.success(request, _("Decisions saved."))
                return redirect("documents:journey_letters", self.object.journey_id)
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        return super().get_context_data(request_obj=self.object, **kwargs)


class ManagerPage(AdminPage):
    def dispatch(self, request, *args, **kwargs):
        policy.ensure_manager(request.user, errors.MANAGERS_ONLY)
        self.organisation = policy.organisation_of(request.user)
        return super().dispatch(request, *args, **kwargs)


class LetterSettingsView(ManagerPage):
    """Letterhead and the wording of each letter, for service managers."""

    template_name = "documents/settings.html"
    page_title = _("Letter settings")

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=self._form()))

    def post(self, request):
        form = self._form(request.POST)
        if form.is_valid():
            try:
                services.letterhead_save(actor=request.user, **form.cleaned_data)
            except ValidationError as exc:
                add_service_error(form, exc)
            else:
                messages.success(request, _("Letterhead saved."))
                return redirect("documents:settings")
        return self.render_to_response(self.get_context_data(form=form))

    def _form(self, data=None):
        return LetterheadForm(data, instance=letterhead_for(self.organisation))

    def get_context_data(self, **kwargs):
        custom = set(
            LetterTemplate.objects.for_user(self.request.user).values_list(
                "letter_type", flat=True
            )
        )
        return super().get_context_data(
            letter_types=[
                (k, label, k in custom)
                for k, label in letter_kind_choices(self.organisation.pack)
            ],
            **kwargs,
        )


class LetterTemplateEditView(ManagerPage):
    """Adapt one letter's wording; unknown placeholders are refused on save."""

    template_name = "documents/template_edit.html"

    def dispatch(self, request, letter_type: str):
        if not is_kind(letter_type):
            raise Http404
        policy.ensure_manager(request.user, errors.MANAGERS_ONLY)
        self.letter_type = letter_type
        self.pack = policy.organisation_of(request.user).pack
        try:
            self.kind = get_kind(letter_type, self.pack)
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
            return redirect("documents:settings")
        return super().dispatch(request)

    def get_page_title(self):
        return _("Wording: %(letter)s") % {"letter": self.kind.label_for(self.pack)}

    def _instance(self):
        existing = LetterTemplate.objects.for_user(self.request.user).filter(
            letter_type=self.letter_type
        )
        if existing:
            return existing[0]
        return LetterTemplate.from_default(self.organisation, self.letter_type)

    def get(self, request):
        form = LetterTemplateForm(instance=self._instance())
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request):
        if "reset" in request.POST:
            services.letter_template_reset(
                actor=request.user, letter_type=self.letter_type
            )
            messages.success(request, _("Wording reset to the default."))
            return redirect("documents:settings")
        form = LetterTemplateForm(request.POST, instance=self._instance())
        if form.is_valid():
            try:
                services.letter_template_save(
                    actor=request.user,
                    letter_type=self.letter_type,
                    **{k: form.cleaned_data[k] for k in form.Meta.fields},
                )
            except ValidationError as exc:
                # e.g. hidden characters pasted into the wording.
                add_service_error(form, exc)
            else:
                messages.success(request, _("Wording saved."))
                return redirect("documents:settings")
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            placeholders=sorted(self.kind.allowed_names().items()),
            **kwargs,
        )


class FiguresView(ManagerPage):
    """Special measures requested against granted, per measure, for the service."""

    template_name = "documents/figures.html"
    page_title = _("Special measures figures")

    def get(self, request):
        return self.render_to_response(
            self.get_context_data(rows=special_measures_figures(user=request.user))
        )
