from django.db import migrations

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
EVERYDAY_ACTIONS = ("view", "add", "change")
MANAGER_ONLY = (
    ("journey", "reassign_journey", "Can reassign journeys to another advocate"),
    ("journey", "restore_history", "Can restore an earlier version of a record"),
)


def _permission(apps, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="journeys", model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    everyday = [
        _permission(apps, model, f"{action}_{model}", f"Can {action} {model}")
        for model in EVERYDAY_MODELS
        for action in EVERYDAY_ACTIONS
    ]
    manager_only = [_permission(apps, *row) for row in MANAGER_ONLY]
    advocate, _ = Group.objects.get_or_create(name="Advocate")
    manager, _ = Group.objects.get_or_create(name="Service manager")
    advocate.permissions.add(*everyday)
    manager.permissions.add(*everyday, *manager_only)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{a}_{m}" for m in EVERYDAY_MODELS for a in EVERYDAY_ACTIONS]
    codenames += [codename for _m, codename, _n in MANAGER_ONLY]
    permissions = Permission.objects.filter(
        content_type__app_label="journeys", codename__in=codenames
    )
    for group in Group.objects.filter(name__in=["Advocate", "Service manager"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("journeys", "0003_staff_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="journey",
            options={
                "ordering": ["-opened_on", "-pk"],
                "permissions": [
                    ("reassign_journey", "Can reassign journeys to another advocate"),
                    ("restore_history", "Can restore an earlier version of a record"),
                ],
                "verbose_name": "journey",
                "verbose_name_plural": "journeys",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
