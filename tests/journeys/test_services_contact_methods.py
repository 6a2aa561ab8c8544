"""Contact methods have a full lifecycle, all of it in the survivor's history."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from journeys import errors, services
from journeys.models import ContactMethod


@pytest.fixture
def mobile(advocate, survivor):
    return services.contact_method_add(
        actor=advocate,
        survivor=survivor,
        kind="mobile",
        value="07700 900001",
        is_preferred=True,
    )


def test_editing_a_contact_method_keeps_the_old_value_in_history(advocate, mobile):
    services.contact_method_update(actor=advocate, method=mobile, value="07700 900002")
    mobile.refresh_from_db()
    assert mobile.value == "07700 900002"
    assert [h.value for h in mobile.history.order_by("history_date")] == [
        "07700 900001",
        "07700 900002",
    ]


def test_confirming_a_method_works_records_the_date(advocate, mobile):
    services.contact_method_update(
        actor=advocate, method=mobile, last_confirmed_on=date(2025, 3, 1)
    )
    mobile.refresh_from_db()
    assert mobile.last_confirmed_on == date(2025, 3, 1)


def test_a_confirmation_date_in_the_future_is_refused(advocate, mobile):
    tomorrow = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        services.contact_method_update(
            actor=advocate, method=mobile, last_confirmed_on=tomorrow
        )
    assert "last_confirmed_on" in caught.value.message_dict


def test_ending_a_preferred_number_stops_it_being_preferred(advocate, mobile):
    services.contact_method_retire(
        actor=advocate, method=mobile, ended_on=timezone.localdate(), reason="dead"
    )
    mobile.refresh_from_db()
    assert (mobile.is_current, mobile.is_preferred) == (False, False)
    latest = mobile.history.first()
    # The reason is kept encrypted on the record, never in the plain change reason.
    assert (latest.history_change_reason, latest.change_note) == ("ended", "dead")


def test_an_ended_method_can_never_be_made_preferred(advocate, mobile):
    services.contact_method_retire(actor=advocate, method=mobile)
    with pytest.raises(ValidationError) as caught:
        services.contact_method_update(actor=advocate, method=mobile, is_preferred=True)
    assert errors.CONTACT_ENDED_NOT_PREFERRED in caught.value.messages
    mobile.refresh_from_db()
    assert not mobile.is_preferred


def test_the_database_refuses_an_ended_preferred_method(mobile):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        ContactMethod.objects.filter(pk=mobile.pk).update(ended_on=timezone.localdate())


def test_ending_before_it_was_added_is_refused(advocate, mobile):
    with pytest.raises(ValidationError) as caught:
        services.contact_method_retire(
            actor=advocate, method=mobile, ended_on=mobile.added_on - timedelta(days=1)
        )
    assert errors.CONTACT_ENDED_BEFORE_ADDED in caught.value.messages
    mobile.refresh_from_db()
    assert mobile.is_current


def test_ending_twice_is_refused(advocate, mobile):
    services.contact_method_retire(actor=advocate, method=mobile)
    with pytest.raises(ValidationError):
        services.contact_method_retire(actor=advocate, method=mobile)


def test_making_another_method_preferred_replaces_the_old(advocate, survivor, mobile):
    email = services.contact_method_add(
        actor=advocate, survivor=survivor, kind="email", value="a@example.org"
    )
    services.contact_method_update(actor=advocate, method=email, is_preferred=True)
    mobile.refresh_from_db()
    assert not mobile.is_preferred


def test_removing_needs_a_reason_and_is_kept_in_history(advocate, mobile):
    with pytest.raises(ValidationError):
        services.contact_method_remove(actor=advocate, method=mobile, reason="")
    pk = mobile.pk
    services.contact_method_remove(actor=advocate, method=mobile, reason="wrong person")
    assert not ContactMethod.objects.filter(pk=pk).exists()
    gone = ContactMethod.history.filter(id=pk, history_type="-").get()
    assert (gone.history_change_reason, gone.change_note) == (
        "removed",
        "wrong person",
    )
    assert gone.history_user == advocate


def test_another_service_cannot_change_a_contact_method(outsider, mobile):
    with pytest.raises(PermissionDenied):
        services.contact_method_update(actor=outsider, method=mobile, value="x")
    with pytest.raises(PermissionDenied):
        services.contact_method_retire(actor=outsider, method=mobile)
    with pytest.raises(PermissionDenied):
        services.contact_method_remove(actor=outsider, method=mobile, reason="x")


def test_the_survivors_changes_page_lists_contact_method_changes(
    client, advocate, survivor, mobile
):
    services.contact_method_retire(actor=advocate, method=mobile, reason="dead")
    client.force_login(advocate)
    page = client.get(reverse("survivors:history", args=[survivor.pk])).content
    page = page.decode()
    assert 'id="contact-method-changes"' in page
    assert "ended" in page and "dead" in page


def test_the_edit_page_saves_and_refuses_bad_input(client, advocate, mobile):
    client.force_login(advocate)
    url = reverse("survivors:edit_contact_method", args=[mobile.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {"kind": "mobile", "value": "", "last_confirmed_on": "2025-02-01"},
    )
    assert response.status_code == 200
    mobile.refresh_from_db()
    assert mobile.value == "07700 900001"
    response = client.post(
        url,
        {
            "kind": "mobile",
            "value": "07700 900003",
            "is_preferred": "on",
            "last_confirmed_on": "2025-02-01",
        },
    )
    assert response.status_code == 302
    mobile.refresh_from_db()
    assert mobile.last_confirmed_on == date(2025, 2, 1)


def test_the_end_and_remove_pages_work_and_hide_other_services(
    client, advocate, outsider, mobile
):
    client.force_login(outsider)
    for name in ("edit", "end", "remove"):
        url = reverse(f"survivors:{name}_contact_method", args=[mobile.pk])
        assert client.get(url).status_code == 404
    client.force_login(advocate)
    response = client.post(
        reverse("survivors:end_contact_method", args=[mobile.pk]),
        {"ended_on": timezone.localdate().isoformat(), "reason": "no service"},
    )
    assert response.status_code == 302
    mobile.refresh_from_db()
    assert not mobile.is_current and not mobile.is_preferred
