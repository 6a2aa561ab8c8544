"""Personal links: made, replaced, revoked and locked through the services."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from portal import errors, services
from portal.models import PersonalLink, hash_secret
from security import privacy
from tests.portal.conftest import close_journey, make_link


def test_a_new_link_stores_only_hashes_of_its_secrets(advocate, journey):
    link, token = make_link(advocate, journey, pin="1234")
    assert len(token) >= 43
    assert link.token_hash == hash_secret(token)
    assert link.feed_token_hash == hash_secret(services.feed_token(token))
    assert token not in link.token_hash
    assert "1234" not in link.pin_password
    assert link.pin_password.startswith(("pbkdf2", "argon2", "bcrypt", "scrypt", "md5"))


def test_a_link_expires_after_the_default_ninety_days(advocate, journey):
    link, _token = make_link(advocate, journey)
    assert (link.expires_at - link.created_at).days == 90


@override_settings(WAYMARK_PORTAL_LINK_DAYS=30)
def test_the_longest_a_link_works_is_a_setting(advocate, journey):
    with pytest.raises(ValidationError) as caught:
        make_link(advocate, journey, days=31)
    assert "from 1 to 30" in str(caught.value)
    assert not PersonalLink.objects.exists()


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "12 34", "١٢٣٤"])
def test_a_pin_must_be_four_to_eight_digits(advocate, journey, pin):
    with pytest.raises(ValidationError) as caught:
        make_link(advocate, journey, pin=pin)
    assert str(errors.PIN_FORMAT) in str(caught.value)
    assert not PersonalLink.objects.exists()


def test_a_new_link_replaces_the_old_one_at_once(advocate, journey):
    old, _token = make_link(advocate, journey)
    new, _token = make_link(advocate, journey)
    old.refresh_from_db()
    assert old.revoked_at is not None
    assert old.ended_because == PersonalLink.EndedBecause.REPLACED
    assert new.revoked_at is None


def test_another_services_advocate_cannot_make_or_revoke_a_link(
    outsider, advocate, journey
):
    with pytest.raises(PermissionDenied):
        make_link(outsider, journey)
    make_link(advocate, journey)
    with pytest.raises(PermissionDenied):
        services.personal_link_revoke(actor=outsider, journey=journey)
    assert PersonalLink.objects.unrevoked().count() == 1


def test_revoking_with_no_link_says_so(advocate, journey):
    with pytest.raises(ValidationError) as caught:
        services.personal_link_revoke(actor=advocate, journey=journey)
    assert str(errors.NO_LIVE_LINK) in str(caught.value)


def test_no_link_is_made_for_a_closed_journey(advocate, journey):
    close_journey(advocate, journey)
    with pytest.raises(ValidationError) as caught:
        make_link(advocate, journey)
    assert str(errors.JOURNEY_NOT_ACTIVE) in str(caught.value)


def test_closing_the_journey_revokes_its_link(advocate, journey, made):
    link, _token = made
    close_journey(advocate, journey)
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert link.ended_because == PersonalLink.EndedBecause.JOURNEY_ENDED


def test_erasing_the_survivor_removes_her_link(manager, advocate, journey, made):
    link, _token = made
    privacy.survivor_erase(
        actor=manager,
        survivor=journey.survivor,
        confirmation=journey.survivor.chosen_name,
    )
    assert not PersonalLink.objects.filter(pk=link.pk).exists()


@override_settings(WAYMARK_PORTAL_PIN_ATTEMPTS=3)
def test_wrong_pins_lock_the_link_after_the_set_number(with_pin):
    link, _token = with_pin
    assert services.pin_check(link=link, pin="2468")
    for _ in range(3):
        assert not services.pin_check(link=link, pin="1111")
    link.refresh_from_db()
    assert link.is_locked
    assert not services.pin_check(link=link, pin="2468")


def test_a_right_pin_forgets_earlier_wrong_ones(with_pin):
    link, _token = with_pin
    services.pin_check(link=link, pin="0000")
    assert services.pin_check(link=link, pin="2468")
    link.refresh_from_db()
    assert link.failed_pins == 0
