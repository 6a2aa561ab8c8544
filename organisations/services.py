"""Creating services and putting staff in them, with history."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from core.access import policy
from core.records import save_with_history
from rules import pack_choices

from . import errors
from .models import Membership, Organisation
from .permissions import group_for_role


@transaction.atomic
def organisation_create(
    *, name: str, slug: str, actor=None, **fields: Any
) -> Organisation:
    """Create a support service."""
    return save_with_history(Organisation(name=name, slug=slug, **fields), actor=actor)


@transaction.atomic
def membership_create(
    *, user, organisation: Organisation, role: str, job_title: str = "", actor=None
) -> Membership:
    """Put a staff member in a service with a role (and the matching admin group)."""
    membership = save_with_history(
        Membership(
            user=user, organisation=organisation, role=role, job_title=job_title
        ),
        actor=actor,
    )
    group = Group.objects.filter(name=group_for_role(role)).first()
    if group is not None:
        user.groups.add(group)
    return membership


@transaction.atomic
def organisation_set_two_factor(
    *, actor, organisation: Organisation, required: bool, reason: str = ""
) -> Organisation:
    """Require two-factor for everyone, or relax it for advocates with a reason.

    Managers always need two-factor. The reason is kept on the record, and its
    history shows who relaxed it and when.
    """
    allowed = policy.is_system(actor) or (
        policy.is_manager(actor) and policy.organisation_id(actor) == organisation.pk
    )
    if not allowed:
        raise PermissionDenied(errors.TWO_FACTOR_POLICY_MANAGERS_ONLY)
    reason = (reason or "").strip()
    if not required and not reason:
        raise ValidationError(
            {"two_factor_relaxed_reason": errors.TWO_FACTOR_RELAX_NEEDS_REASON},
            code="reason_required",
        )
    organisation.require_two_factor_for_all = required
    organisation.two_factor_relaxed_reason = "" if required else reason
    return save_with_history(
        organisation,
        actor=actor,
        reason="two-factor required" if required else "two-factor relaxed",
    )


@transaction.atomic
def organisation_set_public_contact(
    *, actor, organisation: Organisation, **fields: str
) -> Organisation:
    """Change how survivors reach the service on the public site (managers only).

    Only the public contact fields can be set here; blank values hide a line.
    """
    allowed = policy.is_system(actor) or (
        policy.is_manager(actor) and policy.organisation_id(actor) == organisation.pk
    )
    if not allowed:
        raise PermissionDenied(errors.PUBLIC_CONTACT_MANAGERS_ONLY)
    unknown = set(fields) - set(Organisation.PUBLIC_FIELDS)
    if unknown:
        raise TypeError(f"not public contact fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(organisation, name, (value or "").strip())
    return save_with_history(
        organisation, actor=actor, reason="public contact details changed"
    )


@transaction.atomic
def organisation_set_rules_pack(
    *, actor, organisation: Organisation, rules_pack: str
) -> Organisation:
    """Choose the jurisdiction new journeys follow (managers only).

    Journeys already open keep the pack they were opened under.
    """
    allowed = policy.is_system(actor) or (
        policy.is_manager(actor) and policy.organisation_id(actor) == organisation.pk
    )
    if not allowed:
        raise PermissionDenied(errors.JURISDICTION_MANAGERS_ONLY)
    if rules_pack not in dict(pack_choices()):
        raise ValidationError(
            {
                "rules_pack": ValidationError(
                    errors.UNKNOWN_JURISDICTION,
                    code="unknown_pack",
                    params={"value": rules_pack},
                )
            }
        )
    organisation.rules_pack = rules_pack
    return save_with_history(organisation, actor=actor, reason="jurisdiction changed")
