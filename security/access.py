"""The access log: record that someone opened a survivor's record, never what it says.

Views that show a survivor, a journey (or anything hanging off one) or a letter call
``log_access(request, obj)`` once the object has been fetched through an
organisation-scoped queryset; class-based views can mix in ``AccessLoggedMixin``.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import models

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
