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
from rules import get_pack

from . import errors
from .forms import PublicContactForm
from .models import Organisation
from .public import public_organisation
from .services import organisation_set_public_contact


@never_cache
@login_required
def public_contact(request: HttpRequest) -> HttpResponse:
    """Edit how survivors reach this service, beside the national helplines."""
    try:
        policy.ensure_manager(request.user, errors.PUBLIC_CONTACT_MANAGERS_ONLY)
    except PermissionDenied as refused:
        return permission_denied(request, refused)
    organisation = get_object_or_404(
        Organisation, pk=policy.organisation_id(request.user)
    )
    form = PublicContactForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            organisation_set_public_contact(
                actor=request.user,
                organisation=Organisation.objects.get(pk=organisation.pk),
                **{name: form.cleaned_data[name] for name in form.Meta.fields},
            )
        except ValidationError as invalid:
            form.add_error(None, invalid)
        else:
            messages.success(request, _("Contact details for survivors saved."))
            return redirect("organisations:public_contact")
    return render(
        request,
        "organisations/public_contact.html",
        {
            "form": form,
            "title": _("Contact details for survivors"),
            "shown_on_site": public_organisation() == organisation,
            "helplines": get_pack().helplines,
        },
    )
