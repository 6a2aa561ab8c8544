"""Thin views: her public page and feed (token only, no cookies), and the
advocate's create and revoke (inside the Wagtail admin, login required)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import (
    require_http_methods,
    require_POST,
    require_safe,
)
from wagtail.admin import messages

from calendars.events import CalendarOptions
from calendars.feeds import (
    survivor_feed_render,
    survivor_feed_state,
    survivor_journey_facts,
)
from cms.middleware import PUBLIC_HEADERS
from journeys.admin_views import (
    JourneyObjectMixin,
    ServiceFormView,
    discreet_title,
    handle_service_error,
)
from journeys.models import Journey
from journeys.selectors import journey_get
from security.throttle import client_address, count_hit

from . import errors, selectors, services
from .forms import PersonalLinkForm, PinForm, pin_form_token, pin_form_token_ok
from .models import PersonalLink

CALENDAR_TYPE = "text/calendar; charset=utf-8"
THROTTLE_WINDOW = timedelta(minutes=15)


def _private(response: HttpResponse) -> HttpResponse:
    """Her page leaves no trace it can help: not stored, not indexed, no referrer."""
    for header, value in PUBLIC_HEADERS.items():
        response.headers[header] = value
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _render(request, template: str, context: dict, *, status: int = 200):
    response = TemplateResponse(request, template, context, status=status)
    return _private(response.render())


def _notice(request, message: str, *, status: int) -> HttpResponse:
    return _render(request, "portal/notice.html", {"message": message}, status=status)


def _too_many(scope: str, key: str, *, setting: str, default: int) -> bool:
    """Count this request against a limit per 15 minutes (the setting, if set)."""
    limit = int(getattr(settings, setting, default))
    return count_hit(scope, key, window=THROTTLE_WINDOW) > limit


# Her page --------------------------------------------------------------------------
@csrf_exempt  # no cookies at all: see portal.forms for what protects the PIN form
@require_http_methods(["GET", "HEAD", "POST"])
def page(request: HttpRequest, token: str) -> HttpResponse:
    """Her page: the PIN form first if she chose one, then what she may see."""
    if _too_many(
        "portal-ip",
        client_address(request),
        setting="WAYMARK_PORTAL_IP_LIMIT",
        default=60,
    ):
        return _notice(request, errors.TOO_MANY, status=429)
    link = selectors.link_for_token(token)
    if link is None:
        return _notice(request, errors.LINK_GONE, status=404)
    if not selectors.link_is_open(link):
        return _notice(request, errors.LINK_GONE, status=410)
    if link.is_locked:
        return _notice(request, errors.PIN_LOCKED, status=403)
    if link.has_pin:
        opened = _pin_step(request, link)
        if opened is not True:
            return opened
    return _show(request, link, token)


def _pin_step(request, link: PersonalLink):
    """True once the right PIN is posted; otherwise the PIN form to show."""
    if request.method != "POST":
        return _pin_form(request, link)
    if _too_many(
        "portal-pin-ip",
        client_address(request),
        setting="WAYMARK_PORTAL_PIN_IP_LIMIT",
        default=20,
    ) or _too_many(
        "portal-pin-link",
        link.token_hash,
        setting="WAYMARK_PORTAL_PIN_LINK_LIMIT",
        default=10,
    ):
        return _notice(request, errors.TOO_MANY, status=429)
    if not pin_form_token_ok(link, request.POST.get("form_token", "")):
        return _pin_form(request, link, form_error=errors.FORM_EXPIRED, status=400)
    form = PinForm(request.POST)
    if not form.is_valid():
        return _pin_form(request, link, pin_error=errors.PIN_EMPTY, status=400)
    if services.pin_check(link=link, pin=form.cleaned_data["pin"]):
        return True
    left = services.pin_tries_left(link)
    if left <= 0:
        return _notice(request, errors.PIN_LOCKED, status=403)
    return _pin_form(
        request, link, pin_error=errors.PIN_WRONG % {"left": left}, status=400
    )


def _pin_form(
    request, link: PersonalLink, *, pin_error="", form_error="", status: int = 200
):
    return _render(
        request,
        "portal/pin.html",
        {
            "pin_error": pin_error,
            "form_error": form_error,
            "form_token": pin_form_token(link),
        },
        status=status,
    )


def _show(request, link: PersonalLink, token: str) -> HttpResponse:
    facts = selectors.page_facts(link, request=request)
    services.link_opened(link, view_name="portal_public:page")
    feed_path = reverse(
        "portal_public:feed", kwargs={"token": services.feed_token(token)}
    )
    feed_url = request.build_absolute_uri(feed_path)
    return _render(
        request,
        "portal/page.html",
        {
            "facts": facts,
            # The site frame (helplines, menu) speaks her journey's pack.
            "rules_pack": facts.pack,
            "link": link,
            "feed_url": feed_url,
            "webcal_url": "webcal://" + feed_url.split("://", 1)[1],
        },
    )


# Her calendar feed -----------------------------------------------------------------
@require_safe
def feed(request: HttpRequest, token: str) -> HttpResponse:
    """Her appointments, discreet unless she chose more; dies with the link."""
    if _too_many(
        "portal-ip",
        client_address(request),
        setting="WAYMARK_PORTAL_IP_LIMIT",
        default=60,
    ):
        return _private(HttpResponse(status=429))
    link = selectors.link_for_feed_token(token)
    if link is None or not selectors.link_is_open(link) or link.is_locked:
        raise Http404
    options = CalendarOptions.from_settings()
    rows = survivor_journey_facts(
        link.journey,
        discreet=not link.show_court,
        include_location=link.show_place,
        options=options,
    )
    state = survivor_feed_state(
        rows, options=options, key=(link.pk, link.show_court, link.show_place)
    )
    last_modified = int(state.last_modified.timestamp())
    response = get_conditional_response(
        request, etag=state.etag, last_modified=last_modified
    )
    if response is None:
        response = HttpResponse(
            survivor_feed_render(rows, options=options), content_type=CALENDAR_TYPE
        )
        response["Content-Disposition"] = 'inline; filename="appointments.ics"'
    services.link_opened(link, view_name="portal_public:feed")
    response["ETag"] = state.etag
    response["Last-Modified"] = http_date(last_modified)
    _private(response)
    # Calendar apps must ask each time (cheap, thanks to the 304); never stored.
    response["Cache-Control"] = "private, no-cache, no-store"
    return response


# The advocate's side ---------------------------------------------------------------
class CreateLinkView(JourneyObjectMixin, ServiceFormView):
    """Make her link with her: the address is shown once, in this response only."""

    form_class = PersonalLinkForm
    permissions_required = ("journeys.change_journey",)
    template_name = "portal/admin/create.html"
    submit_button_label = gettext_lazy("Make the link")
    header_icon = "link"

    def get_page_title(self):
        return _("Personal link for %(name)s") % {"name": self.journey.survivor}

    def get_browser_title(self):
        return _("Personal link for %(ref)s") % {"ref": discreet_title(self.journey)}

    def get_success_url(self):
        return self.journey_url()

    def form_valid(self, form):
        data = {k: v for k, v in form.cleaned_data.items() if k != "pin_again"}
        try:
            _link, token = services.personal_link_create(
                actor=self.request.user, journey=self.journey, **data
            )
        except ValidationError as exc:
            handle_service_error(form, exc)
            messages.error(self.request, _("Nothing was saved. Check the form."))
            return self.form_invalid(form)
        url = self.request.build_absolute_uri(
            reverse("portal_public:page", kwargs={"token": token})
        )
        context = self.get_context_data(
            form=form, new_link_url=url, journey_url=self.journey_url()
        )
        response = TemplateResponse(self.request, "portal/admin/created.html", context)
        response["Cache-Control"] = "no-store"
        return response


@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Turn her link off at once."""
    try:
        journey = journey_get(user=request.user, pk=pk)
    except Journey.DoesNotExist:
        raise Http404 from None
    try:
        services.personal_link_revoke(actor=request.user, journey=journey)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The personal link is off. It no longer opens."))
    return redirect("journeys:detail", journey.pk)
