"""A manager sets how survivors reach the service; nobody else can."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from organisations import errors
from organisations.models import Organisation
from organisations.public import public_contact
from organisations.services import organisation_set_public_contact

pytestmark = pytest.mark.django_db

URL = "organisations:public_contact"


def test_a_manager_saves_the_public_contact_details_with_history(manager, organisation):
    organisation_set_public_contact(
        actor=manager,
        organisation=organisation,
        public_name=" Support line ",
        public_phone="0161 496 0000",
        public_opening_hours="Monday to Friday, 9am to 5pm",
    )
    organisation.refresh_from_db()
    assert organisation.public_name == "Support line"
    latest = organisation.history.first()
    assert latest.history_user == manager
    assert latest.history_change_reason == "public contact details changed"


def test_an_advocate_cannot_change_them(advocate, organisation):
    with pytest.raises(PermissionDenied):
        organisation_set_public_contact(
            actor=advocate, organisation=organisation, public_phone="0161 496 0000"
        )
    assert Organisation.objects.get(pk=organisation.pk).public_phone == ""


def test_a_manager_cannot_change_another_services_details(manager, outsider):
    other = outsider.membership.organisation
    with pytest.raises(PermissionDenied):
        organisation_set_public_contact(
            actor=manager, organisation=other, public_name="Not mine"
        )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("public_phone", "call me maybe", errors.PUBLIC_NUMBER_INVALID),
        ("public_text_number", "12", errors.PUBLIC_NUMBER_INVALID),
        ("public_website", "http://example.org/", errors.PUBLIC_WEBSITE_NOT_HTTPS),
    ],
)
def test_a_bad_number_or_address_is_refused_and_nothing_saved(
    manager, organisation, field, value, message
):
    with pytest.raises(ValidationError) as refused:
        organisation_set_public_contact(
            actor=manager, organisation=organisation, **{field: value}
        )
    assert str(message) in refused.value.message_dict[field]
    assert getattr(Organisation.objects.get(pk=organisation.pk), field) == ""


def test_only_the_public_fields_can_be_set_here(manager, organisation):
    with pytest.raises(TypeError):
        organisation_set_public_contact(
            actor=manager, organisation=organisation, name="Renamed"
        )


def test_the_manager_page_saves_and_shows_the_helplines_with_their_checks(
    client, manager, organisation
):
    client.force_login(manager)
    page = client.get(reverse(URL))
    assert page.status_code == 200
    html = page.content.decode()
    assert "0808 2000 247" in html
    assert "VERIFY" in html  # rows not confirmed on the service's own site
    response = client.post(
        reverse(URL),
        {"public_name": "Support line", "public_phone": "0161 496 0000"},
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.public_phone == "0161 496 0000"


def test_the_manager_page_shows_a_bad_number_and_saves_nothing(
    client, manager, organisation
):
    client.force_login(manager)
    response = client.post(reverse(URL), {"public_phone": "ring ring"})
    assert response.status_code == 200
    assert str(errors.PUBLIC_NUMBER_INVALID) in response.content.decode()
    organisation.refresh_from_db()
    assert organisation.public_phone == ""


def test_an_advocate_is_refused_the_manager_page(client, advocate):
    client.force_login(advocate)
    assert client.get(reverse(URL)).status_code == 403


def test_the_site_shows_only_the_service_the_deployment_names(
    settings, organisation, outsider
):
    organisation.public_phone = "0161 496 0000"
    organisation.save()
    settings.WAYMARK_PUBLIC_ORGANISATION = ""
    assert public_contact() is None
    settings.WAYMARK_PUBLIC_ORGANISATION = outsider.membership.organisation.slug
    assert public_contact() is None  # named, but has no public details
    settings.WAYMARK_PUBLIC_ORGANISATION = organisation.slug
    assert public_contact().phone == "0161 496 0000"
    settings.WAYMARK_PUBLIC_ORGANISATION = "no-such-service"
    assert public_contact() is None
