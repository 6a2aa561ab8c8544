"""Neutral names for fields whose words belong to one pack (data kept).

cps_urn -> prosecution_reference, victims_code_enhanced -> enhanced_rights,
wcu_learned_on -> listing_learned_on; each pack labels them (``RulesPack.terms``).
"""

import core.bounds
from django.db import migrations, models
from django.db.models import F, Q


class Migration(migrations.Migration):
    dependencies = [("journeys", "0005_court_pack_and_tiers")]

    operations = [
        migrations.RemoveConstraint("hearing", "hearing_told_after_wcu_learned"),
        migrations.RenameField("journey", "cps_urn", "prosecution_reference"),
        migrations.RenameField("historicaljourney", "cps_urn", "prosecution_reference"),
        migrations.RenameField("journey", "victims_code_enhanced", "enhanced_rights"),
        migrations.RenameField(
            "historicaljourney", "victims_code_enhanced", "enhanced_rights"
        ),
        migrations.RenameField("hearing", "wcu_learned_on", "listing_learned_on"),
        migrations.RenameField(
            "historicalhearing", "wcu_learned_on", "listing_learned_on"
        ),
        migrations.AddConstraint(
            "hearing",
            models.CheckConstraint(
                condition=Q(survivor_told_on__isnull=True)
                | Q(listing_learned_on__isnull=True)
                | Q(survivor_told_on__gte=F("listing_learned_on")),
                name="hearing_told_after_listing_learned",
            ),
        ),
        migrations.AlterField(
            model_name="hearing",
            name="listing_learned_on",
            field=models.DateField(
                blank=True,
                null=True,
                validators=[core.bounds.validate_date_in_range],
                verbose_name="date the listing was learned of",
            ),
        ),
        migrations.AlterField(
            model_name="historicalhearing",
            name="listing_learned_on",
            field=models.DateField(
                blank=True,
                null=True,
                validators=[core.bounds.validate_date_in_range],
                verbose_name="date the listing was learned of",
            ),
        ),
        migrations.AlterField(
            model_name="historicaljourney",
            name="enhanced_rights",
            field=models.BooleanField(default=False, verbose_name="enhanced rights"),
        ),
        migrations.AlterField(
            model_name="historicaljourney",
            name="prosecution_reference",
            field=models.CharField(
                blank=True, max_length=30, verbose_name="prosecution reference"
            ),
        ),
        migrations.AlterField(
            model_name="journey",
            name="enhanced_rights",
            field=models.BooleanField(default=False, verbose_name="enhanced rights"),
        ),
        migrations.AlterField(
            model_name="journey",
            name="prosecution_reference",
            field=models.CharField(
                blank=True, max_length=30, verbose_name="prosecution reference"
            ),
        ),
    ]
