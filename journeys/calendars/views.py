"""Thin views: check who may see what, call feeds/services, return bytes."""

from __future__ import annotations

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST, require_safe
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import Hearing, Journey
from ..querysets import membership_of
from . import feeds, services
from .cache import cache_feed_body, cached_feed_body
from .events import CalendarOptions
from .models import CalendarFeed

logger = logging.getLogger("waymark.calendars")

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _ics(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


# The public feed: the token is the only key -------------------------------------


@require_safe
def feed(request: HttpRequest, token: str) -> HttpResponse:
    """Serve a subscription feed; never touches the session, answers 304 cheaply."""
    found = feeds.feed_for_token(token)
    if found is None:
        raise Http404
    options = CalendarOptions.from_settings()
    state = feeds.feed_state(found, options=options)
    last_modified = int(state.last_modified.timestamp())
    response = get_conditional_response(
        request, etag=state.etag, last_modified=last_modified
    )
    if response is None:
        # Rendering a big feed is mostly icalendar's own work; the same ETag means
        # the same bytes, so keep them for the next client that polls.
        body = cached_feed_body(found.pk, state.etag)
        if body is None:
            body = feeds.feed_render(found, options=options)
            cache_feed_body(found.pk, state.etag, body)
        response = HttpResponse(body, content_type=CALENDAR_TYPE)
        response["Content-Disposition"] = 'inline; filename="hearings.ics"'
    response["ETag"] = state.etag
    response["Last-Modified"] = http_date(last_modified)
    # Clients must ask again each time (cheap, thanks to the 304); no shared caches.
    response["Cache-Control"] = "private, no-cache"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


# Staff downloads (inside the Wagtail admin, so login is required) ----------------
def _hearing(request: HttpRequest, pk: int) -> Hearing:
    try:
        return feeds.hearing_for_user(request.user, pk)
    except Hearing.DoesNotExist:
        raise Http404 from None


@require_safe
def hearing_ics(request: HttpRequest, pk: int) -> HttpResponse:
    """One hearing for the advocate's own calendar."""
    hearing = _hearing(request, pk)
    logger.info("Hearing %s calendar file read by user %s", pk, request.user.pk)
    body = feeds.hearing_render(hearing, options=CalendarOptions.from_settings())
    return _ics(body, f"hearing-{hearing.pk}.ics")


@require_safe
def hearing_survivor_ics(request: HttpRequest, pk: int) -> HttpResponse:
    """One hearing as the survivor's own calendar entry, following their choices."""
    hearing = _hearing(request, pk)
    logger.info(
        "Hearing %s survivor calendar file read by user %s", pk, request.user.pk
    )
    body = feeds.hearing_render_for_survivor(
        hearing, options=CalendarOptions.from_settings()
    )
    return _ics(body, "appointment.ics")


@require_safe
def journey_ics(request: HttpRequest, pk: int) -> HttpResponse:
    """A journey's whole calendar."""
    journey = Journey.objects.for_user(request.user).filter(pk=pk).first()
    if journey is None:
        raise Http404
    logger.info("Journey %s calendar read by user %s", pk, request.user.pk)
    body = feeds.journey_render(journey, options=CalendarOptions.from_settings())
    return _ics(body, f"journey-{journey.pk}.ics")


@require_POST
def hearing_email(request: HttpRequest, pk: int) -> HttpResponse:
    """Email the signed-in advocate an invite (or a cancellation) for one hearing."""
    hearing = _hearing(request, pk)
    try:
        method = services.hearing_send_invite(actor=request.user, hearing=hearing)
    except PermissionDenied:
        raise Http404 from None
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        if method == "CANCEL":
            messages.success(request, _("Cancellation sent to your email."))
        else:
            messages.success(request, _("Invite sent to your email."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("waymark_calendars:subscription")
    return redirect(target)


class SubscriptionView(WagtailAdminTemplateMixin, TemplateView):
    """Turn a personal calendar feed on, replace its address, or turn it off."""

    template_name = "journeys/calendars/subscription.html"
    page_title = _("Calendar feed")
    header_icon = "date"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        membership = membership_of(self.request.user)
        context["feed"] = services.calendar_feed_current(user=self.request.user)
        context["is_manager"] = bool(membership and membership.is_manager)
        context["scopes"] = CalendarFeed.Scope
        return context

    def post(self, request: HttpRequest) -> HttpResponse:
        action = request.POST.get("action")
        try:
            if action == "revoke":
                services.calendar_feed_revoke(actor=request.user)
                messages.success(
                    request, _("Your calendar feed is off. The old address is closed.")
                )
                return redirect("waymark_calendars:subscription")
            if action == "issue":
                scope = request.POST.get("scope") or CalendarFeed.Scope.CASELOAD
                if scope not in CalendarFeed.Scope.values:
                    scope = CalendarFeed.Scope.CASELOAD
                _feed, token = services.calendar_feed_issue(
                    actor=request.user, scope=scope
                )
            else:
                return redirect("waymark_calendars:subscription")
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
            return redirect("waymark_calendars:subscription")
        # Shown once, in this response only: the token is not stored anywhere.
        path = reverse("calendar_feed", kwargs={"token": token})
        https_url = request.build_absolute_uri(path)
        context = self.get_context_data(
            new_feed_url=https_url,
            new_webcal_url="webcal://" + https_url.split("://", 1)[1],
        )
        response = self.render_to_response(context)
        response["Cache-Control"] = "no-store"
        return response
