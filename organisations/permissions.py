"""The staff groups and what each may do, kept true after every migrate or flush."""

from __future__ import annotations

from django.apps import apps as global_apps

# Everyday work on the service's records; nobody deletes (history keeps everything).
EVERYDAY_MODELS = (
    "survivor",
    "contactmethod",
    "journey",
    "stageevent",
    "hearing",
    "defendant",
    "consent",
)
EVERYDAY = [("wagtailadmin", "admin", "access_admin")] + [
    ("journeys", model, f"{action}_{model}")
    for model in EVERYDAY_MODELS
    for action in ("view", "add", "change")
]
MANAGER_ONLY = [
    ("journeys", "journey", "reassign_journey"),
    ("journeys", "journey", "restore_history"),
]
STAFF_GROUPS = {
    "Advocate": EVERYDAY,
    "Service manager": EVERYDAY + MANAGER_ONLY,
}


def sync_staff_groups(sender=None, apps=global_apps, **kwargs) -> None:
    """Create the staff groups and grant their permissions (adds, never removes)."""
    if sender is not None and sender.name != "journeys":
        return
    # Our receiver may run before auth's own, so make sure the rows exist first.
    from django.contrib.auth.management import create_permissions

    for label in ("wagtailadmin", "journeys"):
        create_permissions(global_apps.get_app_config(label), verbosity=0, apps=apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in STAFF_GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = [
            Permission.objects.filter(
                content_type__app_label=app_label,
                content_type__model=model,
                codename=codename,
            ).first()
            for app_label, model, codename in wanted
        ]
        group.permissions.add(*[p for p in permissions if p is not None])


def group_for_role(role: str) -> str:
    """The staff group that goes with a membership role."""
    return "Service manager" if role == "manager" else "Advocate"
