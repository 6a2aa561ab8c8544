"""Each journey records the rules pack it was opened under; existing ones are England and Wales."""

import rules.registry
from django.db import migrations, models


def field(**extra):
    return models.CharField(
        choices=rules.registry.pack_choices,
        editable=False,
        max_length=40,
        verbose_name="jurisdiction",
        **extra,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("journeys", "0003_journey_policing"),
        ("organisations", "0003_rules_pack"),
    ]

    operations = [
        # Every journey opened before packs were chosen followed England and Wales.
        migrations.AddField(
            model_name="historicaljourney",
            name="rules_pack",
            field=field(default="england_wales"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="journey",
            name="rules_pack",
            field=field(default="england_wales"),
            preserve_default=False,
        ),
    ]
