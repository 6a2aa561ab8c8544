"""Saving records so nothing is lost: history with the actor, optimistic versions."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Model

from . import errors
from .textcheck import check_text_fields

SYSTEM_USERNAME = "system"


def optional_link(to, verbose_name=None, **options: Any) -> models.ForeignKey:
    """A link that may be empty and is emptied, not cascaded, when its target goes."""
    options = {"null": True, "blank": True, "related_name": "+", **options}
    return models.ForeignKey(
        to, on_delete=models.SET_NULL, verbose_name=verbose_name, **options
    )


def staff_member(verbose_name=None, **options: Any) -> models.ForeignKey:
    """Who recorded or did something; kept (as empty) if their account is deleted."""
    return optional_link(settings.AUTH_USER_MODEL, verbose_name, **options)


class EditedRecord(models.Model):
    """A record staff edit in turn: its timestamps and the version each save claims."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Optimistic locking: a save must name the version it was based on.
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True


def system_user():
    """The user that background tasks and commands act as, so history names them."""
    user, _ = get_user_model().objects.get_or_create(
        username=SYSTEM_USERNAME,
        defaults={"is_active": False, "first_name": "System"},
    )
    return user


def save_with_history(instance: Model, *, actor, reason: str = "") -> Model:
    """Validate and save, recording who did it and why in the history row."""
    # Free text everywhere: no hidden characters, no megabytes.
    check_text_fields(instance)
    instance.full_clean()
    instance._history_user = actor or system_user()
    if reason:
        instance._change_reason = reason
    instance.save()
    return instance


def claim_version(instance: Model, expected_version: int | None) -> None:
    """Claim the next version atomically, refusing an edit based on a stale copy."""
    model = type(instance)
    if expected_version is None:
        # No edit form to compare with: just take the next version.
        model.objects.filter(pk=instance.pk).update(version=F("version") + 1)
        instance.version = model.objects.values_list("version", flat=True).get(
            pk=instance.pk
        )
        return
    claimed = model.objects.filter(pk=instance.pk, version=expected_version).update(
        version=expected_version + 1
    )
    if not claimed:
        raise ConcurrentEditError(instance, expected_version)
    instance.version = expected_version + 1


class ConcurrentEditError(ValidationError):
    """Someone saved the record since this edit began; lists what they changed."""

    def __init__(self, instance: Model, expected_version: int) -> None:
        current = type(instance).objects.get(pk=instance.pk)
        base = (
            instance.history.model.objects.filter(
                id=instance.pk, version=expected_version
            )
            .order_by("-history_date")
            .first()
        )
        self.changes: list[tuple[str, Any, Any]] = []
        if base is not None:
            for field in type(instance)._meta.concrete_fields:
                if field.name in {"version", "updated_at"}:
                    continue
                before = getattr(base, field.attname, None)
                after = getattr(current, field.attname, None)
                if before != after:
                    self.changes.append((str(field.verbose_name), before, after))
        described = ", ".join(name for name, _b, _a in self.changes) or "—"
        super().__init__(
            errors.CONCURRENT_EDIT,
            code="concurrent_edit",
            params={"changes": described},
        )
