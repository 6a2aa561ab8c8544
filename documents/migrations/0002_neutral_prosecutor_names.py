"""Neutral names for what was named after one prosecutor.

Services' own letter wording: the {cps_urn} placeholder is now
{prosecution_reference}; a special-measures request's "sent to" values "cps" and
"oic_and_cps" are now "prosecutor" and "oic_and_prosecutor".
"""

from django.db import migrations, models
from django.db.models import Q

FIELDS = ("recipient", "salutation", "subject", "opening", "closing")
OLD, NEW = "{cps_urn}", "{prosecution_reference}"


def rename_placeholder(apps, schema_editor):
    for name in ("LetterTemplate", "HistoricalLetterTemplate"):
        try:
            model = apps.get_model("documents", name)
        except LookupError:
            continue
        for row in model.objects.all():
            changed = [f for f in FIELDS if OLD in getattr(row, f)]
            for field in changed:
                setattr(row, field, getattr(row, field).replace(OLD, NEW))
            if changed:
                row.save(update_fields=changed)


SENT_TO = {"cps": "prosecutor", "oic_and_cps": "oic_and_prosecutor"}


def rename_sent_to(apps, schema_editor):
    for name in ("SpecialMeasuresRequest", "HistoricalSpecialMeasuresRequest"):
        try:
            model = apps.get_model("documents", name)
        except LookupError:
            continue
        for old, new in SENT_TO.items():
            model.objects.filter(sent_to=old).update(sent_to=new)


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_initial")]
    operations = [
        migrations.RunPython(rename_placeholder, migrations.RunPython.noop),
        migrations.RemoveConstraint(
            "specialmeasuresrequest", "sm_request_sent_to_known"
        ),
        migrations.RunPython(rename_sent_to, migrations.RunPython.noop),
        migrations.AddConstraint(
            "specialmeasuresrequest",
            models.CheckConstraint(
                condition=Q(sent_to__in=["oic", "prosecutor", "oic_and_prosecutor"]),
                name="sm_request_sent_to_known",
            ),
        ),
        migrations.AlterField(
            model_name="historicalspecialmeasuresrequest",
            name="sent_to",
            field=models.CharField(
                choices=[
                    ("oic", "Officer in the case"),
                    ("prosecutor", "Prosecutor"),
                    ("oic_and_prosecutor", "Officer in the case and prosecutor"),
                ],
                default="oic_and_prosecutor",
                max_length=20,
                verbose_name="sent to",
            ),
        ),
        migrations.AlterField(
            model_name="specialmeasuresrequest",
            name="sent_to",
            field=models.CharField(
                choices=[
                    ("oic", "Officer in the case"),
                    ("prosecutor", "Prosecutor"),
                    ("oic_and_prosecutor", "Officer in the case and prosecutor"),
                ],
                default="oic_and_prosecutor",
                max_length=20,
                verbose_name="sent to",
            ),
        ),
        migrations.AlterField(
            model_name="generatedletter",
            name="letter_type",
            field=models.CharField(
                choices=[
                    ("special_measures", "Special measures request"),
                    (
                        "pre_trial_visit",
                        "Pre-trial visit and special measures meeting request",
                    ),
                    ("vrr_request", "Request to review a decision not to charge"),
                    ("unduly_lenient", "Unduly lenient sentence request"),
                    ("code_complaint", "Victims' Code complaint"),
                    ("letter_of_authority", "Letter of authority"),
                ],
                max_length=40,
                verbose_name="letter",
            ),
        ),
        migrations.AlterField(
            model_name="historicalgeneratedletter",
            name="letter_type",
            field=models.CharField(
                choices=[
                    ("special_measures", "Special measures request"),
                    (
                        "pre_trial_visit",
                        "Pre-trial visit and special measures meeting request",
                    ),
                    ("vrr_request", "Request to review a decision not to charge"),
                    ("unduly_lenient", "Unduly lenient sentence request"),
                    ("code_complaint", "Victims' Code complaint"),
                    ("letter_of_authority", "Letter of authority"),
                ],
                max_length=40,
                verbose_name="letter",
            ),
        ),
        migrations.AlterField(
            model_name="historicallettertemplate",
            name="letter_type",
            field=models.CharField(
                choices=[
                    ("special_measures", "Special measures request"),
                    (
                        "pre_trial_visit",
                        "Pre-trial visit and special measures meeting request",
                    ),
                    ("vrr_request", "Request to review a decision not to charge"),
                    ("unduly_lenient", "Unduly lenient sentence request"),
                    ("code_complaint", "Victims' Code complaint"),
                    ("letter_of_authority", "Letter of authority"),
                ],
                max_length=40,
                verbose_name="letter",
            ),
        ),
        migrations.AlterField(
            model_name="lettertemplate",
            name="letter_type",
            field=models.CharField(
                choices=[
                    ("special_measures", "Special measures request"),
                    (
                        "pre_trial_visit",
                        "Pre-trial visit and special measures meeting request",
                    ),
                    ("vrr_request", "Request to review a decision not to charge"),
                    ("unduly_lenient", "Unduly lenient sentence request"),
                    ("code_complaint", "Victims' Code complaint"),
                    ("letter_of_authority", "Letter of authority"),
                ],
                max_length=40,
                verbose_name="letter",
            ),
        ),
    ]
