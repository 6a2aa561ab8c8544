"""The page where a service manager requires or relaxes two-factor for advocates."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from organisations import errors as organisation_errors
from security import errors
from tests.clients import VerifiedClient
from tests.factories import ManagerFactory
from tests.security.test_form_fuzz import TEXT_VALUES

URL = reverse("security:two_factor_policy")
RELAX = {"required": "no", "reason": "Shared office tablets", "confirm": "on"}


@pytest.fixture
def other_manager(outsider):
    return ManagerFactory(membership__organisation=outsider.membership.organisation)


def settings_of(organisation) -> tuple[bool, str, int]:
    organisation.refresh_from_db()
    return (
        organisation.require_two_factor_for_all,
        organisation.two_factor_relaxed_reason,
        organisation.history.count(),
    )


def test_a_manager_relaxes_two_factor_with_a_reason_and_the_page_shows_who_and_when(
    client, manager, organisation
):
    client.force_login(manager)
    page = client.get(URL)
    assert page.status_code == 200
    assert b"Everyone signs in with two-factor" in page.content

    done = client.post(URL, RELAX)

    assert done.status_code == 302
    assert settings_of(organisation)[:2] == (False, "Shared office tablets")
    row = organisation.history.first()
    assert (row.history_user, row.history_change_reason) == (
        manager,
        "two-factor relaxed",
    )
    shown = client.get(URL).content.decode()
    assert "Shared office tablets" in shown
    assert escape(manager.get_full_name() or manager.get_username()) in shown


def test_requiring_two_factor_again_clears_the_reason(client, manager, organisation):
    client.force_login(manager)
    client.post(URL, RELAX)
    done = client.post(URL, {"required": "yes", "confirm": "on"})
    assert done.status_code == 302
    assert settings_of(organisation)[:2] == (True, "")


@pytest.mark.parametrize("reason", ["", "   ", "\t\n"])
def test_relaxing_without_a_reason_is_refused_and_nothing_changes(
    client, manager, organisation, reason
):
    client.force_login(manager)
    before = settings_of(organisation)
    response = client.post(URL, {**RELAX, "reason": reason})
    assert response.status_code == 400
    assert escape(str(organisation_errors.TWO_FACTOR_RELAX_NEEDS_REASON)) in (
        response.content.decode()
    )
    assert settings_of(organisation) == before


def test_a_change_must_be_confirmed(client, manager, organisation):
    client.force_login(manager)
    before = settings_of(organisation)
    response = client.post(URL, {"required": "no", "reason": "Tablets"})
    assert response.status_code == 400
    assert escape(str(errors.CONFIRM_TWO_FACTOR_CHANGE)) in response.content.decode()
    assert settings_of(organisation) == before


def test_an_advocate_gets_403_and_changes_nothing(client, advocate, organisation):
    client.force_login(advocate)
    before = settings_of(organisation)
    assert client.get(URL).status_code == 403
    assert client.post(URL, RELAX).status_code == 403
    assert settings_of(organisation) == before


def test_another_services_manager_changes_only_their_own_service(
    client, other_manager, organisation
):
    client.force_login(other_manager)
    before = settings_of(organisation)
    response = client.post(URL, {**RELAX, "organisation": organisation.pk})
    assert response.status_code == 302
    assert settings_of(organisation) == before
    theirs = other_manager.membership.organisation
    theirs.refresh_from_db()
    assert not theirs.require_two_factor_for_all
    page = client.get(URL).content.decode()
    assert organisation.name not in page


def test_a_post_without_the_csrf_token_is_refused(manager, organisation):
    client = VerifiedClient(enforce_csrf_checks=True)
    client.force_login(manager)
    before = settings_of(organisation)
    assert client.post(URL, RELAX).status_code == 403
    assert settings_of(organisation) == before


def test_signed_out_visitors_are_sent_to_sign_in(db):
    response = VerifiedClient().get(URL)
    assert response.status_code == 302
    assert "login" in response.url


@pytest.mark.parametrize("rule", ["no", "yes"])
@pytest.mark.parametrize("label", sorted(TEXT_VALUES))
def test_a_hostile_reason_is_refused_with_a_message_and_nothing_changes(
    client, manager, organisation, label, rule
):
    client.force_login(manager)
    before = settings_of(organisation)
    response = client.post(
        URL, {"required": rule, "reason": TEXT_VALUES[label], "confirm": "on"}
    )
    assert response.status_code == 400
    assert b'class="error-message"' in response.content
    assert settings_of(organisation) == before


@pytest.mark.parametrize("rule", ["", "maybe", "\x00", "A" * 60_000])
def test_an_unknown_rule_is_refused_with_a_message(client, manager, organisation, rule):
    client.force_login(manager)
    before = settings_of(organisation)
    response = client.post(URL, {**RELAX, "required": rule})
    assert response.status_code == 400
    assert escape(str(errors.CHOOSE_TWO_FACTOR_RULE)) in response.content.decode()
    assert settings_of(organisation) == before


def test_saving_the_rule_unchanged_adds_no_history(client, manager, organisation):
    client.force_login(manager)
    before = settings_of(organisation)
    response = client.post(URL, {"required": "yes", "confirm": "on"})
    assert response.status_code == 302
    assert settings_of(organisation) == before
