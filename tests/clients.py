"""Test clients shared by pytest fixtures and Django TestCase classes."""

from django.test import Client

from security.models import EncryptedTOTPDevice


class VerifiedClient(Client):
    """A test client whose force_login also passes the two-factor step.

    Two-factor sign-in is tested through the real forms in test_security_two_factor;
    everywhere else a forced login stands for a fully signed-in member of staff.
    """

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        device = EncryptedTOTPDevice.objects.filter(user=user, confirmed=True).first()
        device = device or EncryptedTOTPDevice.objects.create(
            user=user, name="Authenticator app", confirmed=True
        )
        session = self.session
        session["otp_device_id"] = device.persistent_id
        session.save()
