"""Each organisation chooses its rules pack; existing services work under England and Wales."""

import rules.registry
from django.db import migrations, models


def field():
    return models.CharField(
        choices=rules.registry.pack_choices,
        default=rules.registry.default_pack_key,
        help_text=(
            "The law the service works under. New journeys follow it; journeys "
            "already open keep the jurisdiction they were opened under."
        ),
        max_length=40,
        verbose_name="jurisdiction",
    )


def fill_england_wales(apps, schema_editor):
    """Services that existed before packs were chosen worked under England and Wales."""
    for name in ("Organisation", "HistoricalOrganisation"):
        apps.get_model("organisations", name).objects.update(rules_pack="england_wales")


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0002_public_contact"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalorganisation", name="rules_pack", field=field()
        ),
        migrations.AddField(model_name="organisation", name="rules_pack", field=field()),
        migrations.RunPython(fill_england_wales, migrations.RunPython.noop),
    ]
