"""The access log: record that someone opened a survivor's record, never what it says.

Views that show a survivor, a journey (or anything hanging off one) or a letter call
``log_access(request, obj)`` once the object has been fetched through an
organisation-scoped queryset; class-based views can mix in ``AccessLoggedMixin``.
"""

from __future__ import annotations

from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db import models

from core import hooks as waymark_hooks
from journeys.models import Journey, Survivor

from .models import AccessLog


def _survivor_of(obj: models.Model) -> Survivor | None:
    """Follow survivor/journey links up to the survivor, whatever the model."""
    seen = 0
    current = obj
    while current is not None and seen < 4:
        if isinstance(current, Survivor):
            return current
        if isinstance(current, Journey):
            return current.survivor
        current = getattr(current, "survivor", None) or getattr(
            current, "journey", None
        )
        seen += 1
    return None


def _organisation_id_of(obj: models.Model, survivor: Survivor | None) -> int | None:
    if survivor is not None:
        return survivor.organisation_id
    return getattr(obj, "organisation_id", None)


def log_access(
    request_or_user,
    obj: models.Model,
    *,
    action: str = AccessLog.Action.VIEW,
    view_name: str = "",
) -> AccessLog | None:
    """Record that the signed-in user opened ``obj`` (call after the scoped fetch)."""
    request = request_or_user if hasattr(request_or_user, "user") else None
    user = request.user if request is not None else request_or_user
    if user is None or not user.is_authenticated:
        return None
    survivor = _survivor_of(obj)
    organisation_id = _organisation_id_of(obj, survivor)
    if organisation_id is None:
        raise ValueError(f"Cannot tell which service a {type(obj).__name__} is in.")
    if not view_name and request is not None and request.resolver_match:
        view_name = request.resolver_match.view_name or ""
    if request is not None:
        # The page logged for itself; the middleware need not log it again.
        request._waymark_access_logged = True
    return AccessLog.objects.create(
        organisation_id=organisation_id,
        user=user,
        action=action,
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=str(obj.pk),
        survivor_id=survivor.pk if survivor else None,
        view_name=view_name[:200],
    )


def on_record_viewed(sender, *, request, obj, view_name: str = "", **kwargs) -> None:
    """Log a view that the journeys workspace announced (see journeys.signals)."""
    log_access(request, obj, view_name=view_name)


class AccessLoggedMixin:
    """For DetailView-style views: log the object once ``get_object`` returns it."""

    access_action = AccessLog.Action.VIEW

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        log_access(self.request, obj, action=self.access_action)
        return obj


def log_many(request, objects, *, action: str = AccessLog.Action.EXPORT) -> int:
    """One row per record for a page or file that shows many (caseload export)."""
    user = request.user
    if not user.is_authenticated:
        return 0
    view_name = request.resolver_match.view_name if request.resolver_match else ""
    rows = []
    for obj in objects:
        survivor = _survivor_of(obj)
        rows.append(
            AccessLog(
                organisation_id=_organisation_id_of(obj, survivor),
                user=user,
                action=action,
                content_type=ContentType.objects.get_for_model(type(obj)),
                object_id=str(obj.pk),
                survivor_id=survivor.pk if survivor else None,
                view_name=(view_name or "")[:200],
            )
        )
    AccessLog.objects.bulk_create(rows, batch_size=500)
    request._waymark_access_logged = True
    return len(rows)


# Pages that show one survivor's record are declared by each app with the
# ``waymark_logged_routes`` hook: AccessLogMiddleware logs each successful response
# from them unless the view logged it itself. tests/security/test_access_log_walk.py
# walks the URLconf and fails for any page that shows a survivor without a row.
# Listings that show chosen names only (no legal name or contact details), like
# a caseload on a desk: not logged per row, or every dashboard load would log
# the whole service. Exports of them are logged (``log_many``).
LISTING_ROUTES = frozenset(
    {
        "wagtailadmin_home",
        "journeys:index",
        "journeys:index_results",
        "journeys:add",  # the survivor chooser
        "survivors:index",
        "survivors:index_results",
        "hearings:index",
        "hearings:index_results",
    }
)


@cache
def logged_routes() -> dict[str, tuple[str, str]]:
    """URL name → (model label, URL parameter), from every app's hook."""
    return {
        name: (route.model_label, route.kwarg)
        for route in waymark_hooks.collect(waymark_hooks.LOGGED_ROUTES)
        for name in route.url_names
    }


def on_records_exported(sender, *, request, objects, **kwargs) -> None:
    """Log an export that the journeys workspace announced (see journeys.signals)."""
    log_many(request, objects)


class AccessLogMiddleware:
    """Log each successful page declared with the logged-routes hook, once.

    The view has already fetched the record through an organisation-scoped
    queryset (or it would have answered 404), so a 2xx answer means it was shown.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if (
            match is None
            or not 200 <= response.status_code < 300
            or getattr(request, "_waymark_access_logged", False)
            or match.view_name not in logged_routes()
            or not getattr(request, "user", None)
            or not request.user.is_authenticated
        ):
            return response
        from django.apps import apps

        label, kwarg = logged_routes()[match.view_name]
        model = apps.get_model(label)
        obj = model._base_manager.filter(pk=match.kwargs.get(kwarg)).first()
        if obj is not None:
            log_access(request, obj)
        return response
