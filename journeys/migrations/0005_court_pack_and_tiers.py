"""Courts record their rules pack and the pack's tier keys they sit as.

Existing courts are England and Wales courts; each yes/no column becomes a tier key
of that pack. Then every pack's directory is loaded (a fresh database gets its
courts here).
"""

import rules.registry
from django.db import migrations, models

OLD_COLUMNS = (("is_crown_court", "crown"), ("is_magistrates_court", "magistrates"))


def to_tiers(apps, schema_editor):
    for name in ("Court", "HistoricalCourt"):
        model = apps.get_model("journeys", name)
        for court in model.objects.all():
            keys = sorted(tier for column, tier in OLD_COLUMNS if getattr(court, column))
            court.rules_pack = "england_wales"
            court.tiers = ",".join(keys)
            court.save(update_fields=["rules_pack", "tiers"])


def load(apps, schema_editor):
    from journeys.courts import sync_courts

    sync_courts(apps.get_model("journeys", "Court"))


def pack_field():
    return models.CharField(
        choices=rules.registry.pack_choices,
        default="england_wales",
        max_length=40,
        verbose_name="jurisdiction",
    )


class Migration(migrations.Migration):
    dependencies = [("journeys", "0004_journey_rules_pack")]

    operations = [
        migrations.AddField("court", "rules_pack", pack_field(), preserve_default=False),
        migrations.AddField(
            "historicalcourt", "rules_pack", pack_field(), preserve_default=False
        ),
        migrations.AddField(
            "court",
            "tiers",
            models.CharField(default="", max_length=200, verbose_name="sits as"),
            preserve_default=False,
        ),
        migrations.AddField(
            "historicalcourt",
            "tiers",
            models.CharField(default="", max_length=200, verbose_name="sits as"),
            preserve_default=False,
        ),
        migrations.RunPython(to_tiers, migrations.RunPython.noop),
        migrations.RemoveConstraint("court", "court_has_a_criminal_type"),
        migrations.RemoveField("court", "is_crown_court"),
        migrations.RemoveField("court", "is_magistrates_court"),
        migrations.RemoveField("historicalcourt", "is_crown_court"),
        migrations.RemoveField("historicalcourt", "is_magistrates_court"),
        migrations.AddConstraint(
            "court",
            models.CheckConstraint(
                condition=~models.Q(tiers=""), name="court_sits_as_some_tier"
            ),
        ),
        migrations.RunPython(load, migrations.RunPython.noop),
    ]
