"""A manager's page for the service's public contact details."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.defaults import permission_denied

from core.access import policy

from . import errors
from .forms import JurisdictionForm, PublicContactForm
from .models import Organisation
from .public import public_organisation
from .services import organisation_set_public_contact, organisation_set_rules_pack


def _settings_page(
    request: HttpRequest,
    *,
    refused_message: str,
    form_class,
    save,
    saved_message: str,
    url_name: str,
    template: str,
    context,
) -> HttpResponse:
    """A manager's page for one of the service's settings: the form, the service
    function that saves it (refusals shown on the form), then back to the page."""
    try:
        policy.ensure_manager(request.user, refused_message)
    except PermissionDenied as refused:
        return permission_denied(request, refused)
    organisation = get_object_or_404(
        Organisation, pk=policy.organisation_id(request.user)
    )
    form = form_class(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            save(
                actor=request.user,
                organisation=Organisation.objects.get(pk=organisation.pk),
                **{name: form.cleaned_data[name] for name in form.Meta.fields},
            )
        except ValidationError as invalid:
            form.add_error(None, invalid)
        else:
            messages.success(request, saved_message)
            return redirect(url_name)
    return render(request, template, {"form": form, **context(organisation)})


@never_cache
@login_required
def public_contact(request: HttpRequest) -> HttpResponse:
    """Edit how survivors reach this service, beside the national helplines."""
    return _settings_page(
        request,
        refused_message=errors.PUBLIC_CONTACT_MANAGERS_ONLY,
        form_class=PublicContactForm,
        save=organisation_set_public_contact,
        saved_message=_("Contact details for survivors saved."),
        url_name="organisations:public_contact",
        template="organisations/public_contact.html",
        context=lambda organisation: {
            "title": _("Contact details for survivors"),
            "icon": "mail",
            "shown_on_site": public_organisation(organisation.rules_pack)
            == organisation,
            "helplines": organisation.pack.helplines,
        },
    )


@never_cache
@login_required
def jurisdiction(request: HttpRequest) -> HttpResponse:
    """Choose the jurisdiction (rules pack) the service's new journeys follow."""
    return _settings_page(
        request,
        refused_message=errors.JURISDICTION_MANAGERS_ONLY,
        form_class=JurisdictionForm,
        save=organisation_set_rules_pack,
        saved_message=_("Jurisdiction saved."),
        url_name="organisations:jurisdiction",
        template="organisations/jurisdiction.html",
        context=lambda organisation: {
            "title": _("Jurisdiction"),
            "icon": "site",
            "open_journeys": organisation.journeys.exclude(status="closed")
            .exclude(rules_pack=organisation.rules_pack)
            .count(),
        },
    )
