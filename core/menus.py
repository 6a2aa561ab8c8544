"""Admin menu items shown by role, as the access policy decides."""

from wagtail.admin.menu import MenuItem

from .access import policy


class StaffMenuItem(MenuItem):
    """Shown to active staff of a service."""

    def is_shown(self, request) -> bool:
        return policy.is_staff(request.user)


class ManagerMenuItem(MenuItem):
    """Shown only to a service's managers."""

    def is_shown(self, request) -> bool:
        return policy.is_manager(request.user)
