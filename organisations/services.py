"""Creating services and putting staff in them, with history."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.db import transaction

from core.records import save_with_history

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
