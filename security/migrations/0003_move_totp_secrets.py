"""Move every authenticator app out of django-otp's plaintext table, encrypted."""

from django.db import migrations

COPIED = (
    "user_id",
    "name",
    "confirmed",
    "throttling_failure_timestamp",
    "throttling_failure_count",
    "created_at",
    "last_used_at",
    "step",
    "t0",
    "digits",
    "tolerance",
    "drift",
    "last_t",
)


def forwards(apps, schema_editor):
    """The new key column is an EncryptedTextField: saving encrypts it."""
    plain = apps.get_model("otp_totp", "TOTPDevice")
    encrypted = apps.get_model("security", "EncryptedTOTPDevice")
    for device in plain.objects.all().iterator():
        encrypted.objects.create(
            key=device.key, **{name: getattr(device, name) for name in COPIED}
        )
    plain.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("security", "0002_encrypted_totp_device"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
