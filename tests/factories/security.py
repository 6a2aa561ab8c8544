"""Factories for two-factor devices and access-log rows."""

import factory
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from factory.django import DjangoModelFactory

from security.models import EncryptedTOTPDevice


class TOTPDeviceFactory(DjangoModelFactory):
    class Meta:
        model = EncryptedTOTPDevice

    user = factory.SubFactory("tests.factories.UserFactory")
    name = "Authenticator app"
    confirmed = True


class StaticDeviceFactory(DjangoModelFactory):
    class Meta:
        model = StaticDevice
        skip_postgeneration_save = True

    user = factory.SubFactory("tests.factories.UserFactory")
    name = "Recovery codes"
    confirmed = True

    @factory.post_generation
    def tokens(self, create, extracted, **kwargs):
        for token in extracted or ():
            StaticToken.objects.create(device=self, token=token)


def totp_code(device: EncryptedTOTPDevice) -> str:
    """The code the user's app shows right now."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def force_login_verified(client, user) -> None:
    """Sign in as if the password and a two-factor code were both given."""
    device = EncryptedTOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDeviceFactory(user=user)
    client.force_login(user)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
