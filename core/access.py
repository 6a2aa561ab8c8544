"""The one access policy: who is staff, who manages, and which records they reach.

Every "may this user do X to this record" question is answered here, by ``policy``.
Views, menus and querysets ask it; nothing else reads ``user.membership`` directly.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import models

from . import errors
from .records import SYSTEM_USERNAME

#: The membership role that manages a service (``organisations.Membership.Role``).
MANAGER_ROLE = "manager"


def membership_of(user):
    """Return the user's staff membership, or None for anyone without one."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.membership
    except ObjectDoesNotExist:
        return None


def partner_member_of(user):
    """Return the user's partner sign-in (``partners.PartnerMember``), or None."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.partner_member
    except ObjectDoesNotExist:
        return None


class AccessPolicy:
    """Answers access questions from a user's membership (role, organisation)."""

    def active_membership(self, user):
        """The membership of a staff member still at work; None otherwise."""
        membership = membership_of(user)
        if membership is None or not membership.is_active:
            return None
        return membership

    def is_staff(self, user) -> bool:
        return self.active_membership(user) is not None

    def is_manager(self, user) -> bool:
        membership = self.active_membership(user)
        return membership is not None and membership.is_manager

    def is_system(self, user) -> bool:
        return user is not None and getattr(user, "username", "") == SYSTEM_USERNAME

    def organisation_id(self, user) -> int | None:
        membership = self.active_membership(user)
        return membership.organisation_id if membership else None

    def sees_whole_service(self, user) -> bool:
        """Managers, and advocates of services that share the caseload."""
        membership = self.active_membership(user)
        return membership is not None and not membership.sees_own_caseload_only

    def organisation_of(self, user):
        """The user's organisation, refusing anyone who is not active staff."""
        membership = self.active_membership(user)
        if membership is None:
            raise PermissionDenied(errors.NO_MEMBERSHIP)
        return membership.organisation

    def ensure_visible(self, user, organisation_id: int) -> None:
        """Refuse any write to another organisation's record (system acts for all)."""
        if self.is_system(user):
            return
        if self.organisation_of(user).pk != organisation_id:
            raise PermissionDenied(errors.NOT_IN_YOUR_ORGANISATION)

    def ensure_manager(self, user, message=errors.MANAGERS_ONLY) -> None:
        if not self.is_manager(user):
            raise PermissionDenied(message)

    def staff_of(self, organisation_id: int | None, *, managers_only: bool = False):
        """Active users with an active membership of the service."""
        users = get_user_model().objects.filter(is_active=True)
        if organisation_id is None:
            return users.none()
        users = users.filter(
            membership__organisation_id=organisation_id, membership__is_active=True
        )
        if managers_only:
            users = users.filter(membership__role=MANAGER_ROLE)
        return users

    def scope(self, queryset, user, *, organisation_path: str, advocate_path: str):
        """Records this user may see: none without a membership, never another org's."""
        membership = self.active_membership(user)
        if membership is None:
            return queryset.none()
        queryset = queryset.filter(**{organisation_path: membership.organisation_id})
        if membership.sees_own_caseload_only:
            queryset = queryset.filter(**{advocate_path: user})
        return queryset

    def active_partner_member(self, user):
        """A partner organisation's worker who may sign in; never service staff too."""
        if membership_of(user) is not None or not getattr(user, "is_active", False):
            return None
        member = partner_member_of(user)
        if member is None or not member.is_active:
            return None
        return member

    def is_partner(self, user) -> bool:
        return self.active_partner_member(user) is not None

    def partner_id(self, user) -> int | None:
        """The partner organisation a partner works for; None for everyone else."""
        member = self.active_partner_member(user)
        return member.partner_id if member else None

    def scope_for_partner(self, queryset, user, *, partner_path: str):
        """Rows addressed to this partner's organisation; none for anyone else."""
        partner_id = self.partner_id(user)
        if partner_id is None:
            return queryset.none()
        return queryset.filter(**{partner_path: partner_id})

    def scope_service_wide(self, queryset, user, *, organisation_path: str):
        """Service settings every member sees, whatever their caseload."""
        organisation_id = self.organisation_id(user)
        if organisation_id is None:
            return queryset.none()
        return queryset.filter(**{organisation_path: organisation_id})

    def scope_for_managers(self, queryset, user, *, organisation_path: str):
        """Service-wide records (logs, figures) that only managers read."""
        if not self.is_manager(user):
            return queryset.none()
        return queryset.filter(**{organisation_path: self.organisation_id(user)})


policy = AccessPolicy()


def organisation_of(actor):
    """The acting user's organisation (see ``AccessPolicy.organisation_of``)."""
    return policy.organisation_of(actor)


def ensure_visible(actor, organisation_id: int) -> None:
    """Refuse a write to another organisation's record."""
    policy.ensure_visible(actor, organisation_id)


class ScopedQuerySet(models.QuerySet):
    """A queryset that knows the path from its model to the organisation."""

    organisation_path = "organisation"
    # Path to the lead advocate, for services where advocates see only their own.
    advocate_path = "lead_advocate"

    def for_organisation(self, organisation):
        return self.filter(**{self.organisation_path: organisation})

    def for_user(self, user):
        """Records this user may see, as the access policy decides."""
        return policy.scope(
            self,
            user,
            organisation_path=self.organisation_path,
            advocate_path=self.advocate_path,
        )


class JourneyScopedQuerySet(ScopedQuerySet):
    """Rows that belong to a journey: seen as far as their journey is."""

    organisation_path = "journey__organisation"
    advocate_path = "journey__lead_advocate"


class ManagerScopedQuerySet(ScopedQuerySet):
    """Service-wide records that only the service's managers may read."""

    def for_user(self, user):
        return policy.scope_for_managers(
            self, user, organisation_path=self.organisation_path
        )
