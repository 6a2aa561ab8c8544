from django.db import migrations


def load(apps, schema_editor):
    from journeys.courts import sync_courts

    sync_courts(apps.get_model("journeys", "Court"))


class Migration(migrations.Migration):
    dependencies = [("journeys", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
