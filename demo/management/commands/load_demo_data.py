"""Load the fictional demo caseload and print the demo logins."""

from django.test.utils import override_settings

from core.actors import SystemCommand
from demo.data import DEMO_PASSWORD, load_demo_data


class Command(SystemCommand):
    help = "Load fictional demo services, staff, survivors and journeys."

    def handle(self, *args, **options):
        # Building the demo sends calendar updates for every hearing it lists (and
        # texts about moved hearings); keep them in memory so the console shows
        # the logins, not 20 emails.
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            WAYMARK_SMS_BACKEND="messaging.backends.locmem.LocmemSmsBackend",
        ):
            result = load_demo_data()
        if result["created"]:
            self.stdout.write(self.style.SUCCESS("Demo data loaded."))
        else:
            self.stdout.write("Demo data already present; nothing changed.")
        self.stdout.write(
            f"Demo logins (password for all: {DEMO_PASSWORD}):\n"
            "  advocate  – advocate at Northbridge Survivors' Service\n"
            "  manager   – service manager at Northbridge (sets up two-factor sign-in\n"
            "              with any authenticator app on first sign-in)\n"
            "  harbour   – advocate at another service (Harbour Lane)\n"
            "  liaison   – a partner (police liaison team) at /partner/, sees one\n"
            "              journey Northbridge shared by consent (two-factor too)\n"
            "  admin     – site administrator (two-factor too)"
        )
