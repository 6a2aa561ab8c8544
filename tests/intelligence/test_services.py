"""Recording and editing intelligence reports: validated, scoped, kept in history."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from core.records import ConcurrentEditError
from intelligence import errors, services
from intelligence.models import IntelligenceReport
from tests.factories import JourneyFactory, SurvivorFactory

pytestmark = pytest.mark.django_db

ABOUT_HIM = {
    "description": "Tall, shaved head, gold tooth.",
    "vehicle_registration": "YK19 ABD",
}


def record(actor, survivor, **fields):
    values = {"what_happened": "He refused to pay.", **ABOUT_HIM, **fields}
    return services.intelligence_report_record(actor=actor, survivor=survivor, **values)


def test_recording_keeps_history_with_the_acting_advocate(advocate, survivor):
    report = record(advocate, survivor, consent="anonymous")
    assert report.organisation == survivor.organisation
    assert report.recorded_by == advocate
    (version,) = report.history.all()
    assert (version.history_user, version.consent) == (advocate, "anonymous")


def test_free_text_is_encrypted_at_rest(advocate, survivor):
    report = record(advocate, survivor, modus_operandi="Takes her phone away.")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT what_happened, description, modus_operandi, vehicle_registration "
            "FROM intelligence_intelligencereport WHERE id = %s",
            [report.pk],
        )
        stored = cursor.fetchone()
    assert all(value.startswith("fernet:") for value in stored)
    assert "phone" not in " ".join(stored)


def test_a_report_that_says_nothing_about_him_is_refused(advocate, survivor):
    with pytest.raises(ValidationError) as caught:
        services.intelligence_report_record(
            actor=advocate, survivor=survivor, what_happened="Something happened."
        )
    assert caught.value.message_dict["description"] == [str(errors.NOTHING_ABOUT_HIM)]
    assert not IntelligenceReport.objects.exists()


def test_a_survivor_of_another_service_is_refused(advocate, outsider):
    theirs = SurvivorFactory(organisation=outsider.membership.organisation)
    with pytest.raises(ValidationError) as caught:
        record(advocate, theirs)
    assert caught.value.message_dict["survivor"] == [
        str(errors.SURVIVOR_OTHER_ORGANISATION)
    ]
    assert not IntelligenceReport.objects.exists()


def test_another_survivors_journey_is_refused(advocate, survivor, organisation):
    someone_else = JourneyFactory(survivor=SurvivorFactory(organisation=organisation))
    with pytest.raises(ValidationError) as caught:
        record(advocate, survivor, journey=someone_else)
    assert caught.value.message_dict["journey"] == [
        str(errors.JOURNEY_OF_ANOTHER_SURVIVOR)
    ]


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"happened_on": timezone.localdate() + timedelta(days=1)}, "happened_on"),
        (
            {"consent_recorded_on": timezone.localdate() + timedelta(days=1)},
            "consent_recorded_on",
        ),
        ({"happened_on": date(1066, 10, 14)}, "happened_on"),
        ({"vehicle_registration": "— —"}, "vehicle_registration"),
        ({"phone_numbers": "07700 900111\ncall me maybe"}, "phone_numbers"),
        ({"phone_numbers": "123"}, "phone_numbers"),
        ({"consent": "tell_everyone"}, "consent"),
        ({"what_happened": "bad\x00text"}, "what_happened"),
    ],
)
def test_bad_input_is_refused_field_by_field_and_nothing_saved(
    advocate, survivor, fields, field
):
    with pytest.raises(ValidationError) as caught:
        record(advocate, survivor, **fields)
    assert field in caught.value.message_dict
    assert not IntelligenceReport.objects.exists()


def test_an_unreadable_phone_number_is_named_in_the_message(advocate, survivor):
    with pytest.raises(ValidationError) as caught:
        record(advocate, survivor, phone_numbers="07700 900111\ncall me maybe")
    assert "“call me maybe” is not a phone number" in str(caught.value)


def test_editing_changes_consent_and_bumps_the_version(advocate, survivor):
    report = record(advocate, survivor, consent="anonymous")
    services.intelligence_report_update(
        actor=advocate, report=report, expected_version=1, consent="internal"
    )
    report.refresh_from_db()
    assert (report.consent, report.version) == ("internal", 2)
    assert report.history.count() == 2


def test_an_edit_from_a_stale_copy_is_refused(advocate, colleague, survivor):
    report = record(advocate, survivor)
    stale = IntelligenceReport.objects.get(pk=report.pk)
    services.intelligence_report_update(
        actor=colleague, report=report, expected_version=1, where="By the station"
    )
    with pytest.raises(ConcurrentEditError):
        services.intelligence_report_update(
            actor=advocate, report=stale, expected_version=1, where="Elsewhere"
        )
    report.refresh_from_db()
    assert report.where == "By the station"


def test_another_service_cannot_edit_the_report(advocate, outsider, survivor):
    report = record(advocate, survivor)
    with pytest.raises(Exception, match="another service"):
        services.intelligence_report_update(
            actor=outsider, report=report, where="Changed"
        )
    report.refresh_from_db()
    assert report.where == ""


def test_erasing_the_survivor_deletes_her_reports_and_their_history(manager, survivor):
    from security.privacy import survivor_erase

    report = record(manager, survivor)
    survivor_erase(actor=manager, survivor=survivor, confirmation=survivor.chosen_name)
    assert not IntelligenceReport.objects.filter(pk=report.pk).exists()
    assert not IntelligenceReport.history.filter(id=report.pk).exists()


def test_where_advocates_see_their_own_caseload_they_see_only_their_reports(
    advocate, colleague, survivor, organisation
):
    organisation.advocates_see_own_caseload_only = True
    organisation.save()
    mine = record(advocate, survivor)
    theirs = record(
        colleague, SurvivorFactory(organisation=organisation, lead_advocate=colleague)
    )
    advocate.membership.refresh_from_db()
    assert list(IntelligenceReport.objects.for_user(advocate)) == [mine]
    assert theirs in IntelligenceReport.objects.for_user(colleague)
