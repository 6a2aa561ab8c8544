from django.db import migrations


def load(apps, schema_editor):
    """Courts are loaded by 0005, once they record their pack and tiers."""


class Migration(migrations.Migration):
    dependencies = [("journeys", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
