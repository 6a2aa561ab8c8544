"""Re-encrypt every encrypted value with the newest key (the first in the list)."""

from django.db import transaction

from core.actors import SystemCommand
from core.fields import encrypted_fields, fernet


class Command(SystemCommand):
    help = (
        "Re-encrypt sensitive fields (history included) with the first key in "
        "FIELD_ENCRYPTION_KEYS; afterwards the old keys can be removed."
    )

    def handle(self, *args, **options):
        total = 0
        for model, names in encrypted_fields():
            with transaction.atomic():
                rows = model._base_manager.values_list("pk", *names)
                for pk, *values in rows.iterator():
                    # Values come back decrypted; saving them encrypts with the
                    # primary key.
                    changes = {n: v for n, v in zip(names, values, strict=True) if v}
                    if changes:
                        model._base_manager.filter(pk=pk).update(**changes)
                        total += 1
        fernet()  # fail loudly now if the keys are unusable
        self.stdout.write(f"Re-encrypted {total} rows.")
