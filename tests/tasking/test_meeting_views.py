"""Meetings end to end: plan one, read the list, record what was agreed, export."""

import csv
import io
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from docx import Document

from partners import scopes
from security.models import AccessLog
from tasking import services
from tasking.models import AgreedRecord, TaskingMeeting
from tests.factories import ActionFactory, PartnerOrganisationFactory
from tests.tasking.conftest import consent, listed

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def page(client, meeting) -> str:
    response = client.get(reverse("tasking:meeting", args=[meeting.pk]))
    assert response.status_code == 200
    return response.text


# Planning -----------------------------------------------------------------------
def test_staff_plan_a_meeting_with_the_partners_attending(signed_in, police, council):
    assert "Plan a tasking meeting" in signed_in.get(reverse("tasking:meetings")).text
    form = signed_in.get(reverse("tasking:meeting_add")).text
    assert "Liaison Officers (fictional)" in form
    day = TODAY() + timedelta(days=3)
    response = signed_in.post(
        reverse("tasking:meeting_add"),
        {
            "meets_on": day.isoformat(),
            "partners": [police.pk, council.pk],
            "min_level": "3",
            "notes": "",
        },
    )
    meeting = TaskingMeeting.objects.get()
    assert response["Location"] == reverse("tasking:meeting", args=[meeting.pk])
    assert set(meeting.partners.all()) == {police, council}
    assert meeting.history.earliest("history_id").history_change_reason == "planned"


@pytest.mark.parametrize(
    ("with_stranger", "message"),
    [
        (False, "Choose the partner organisations attending"),
        (True, "has no information-sharing agreement in force"),
    ],
)
def test_a_meeting_without_partners_or_with_one_without_agreement_is_refused(
    advocate, police, with_stranger, message
):
    stranger = PartnerOrganisationFactory(name="Unagreed Agency (fictional)")
    with pytest.raises(ValidationError) as caught:
        services.meeting_create(
            actor=advocate,
            meets_on=TODAY(),
            partners=[police, stranger] if with_stranger else [],
        )
    assert message in str(caught.value.message_dict["partners"])
    assert not TaskingMeeting.objects.exists()


def test_a_second_meeting_on_the_same_day_is_refused_in_words(
    signed_in, meeting, police
):
    response = signed_in.post(
        reverse("tasking:meeting_add"),
        {
            "meets_on": meeting.meets_on.isoformat(),
            "partners": [police.pk],
            "min_level": "3",
        },
    )
    assert response.status_code == 200
    assert "already has a tasking meeting on" in response.text
    assert TaskingMeeting.objects.count() == 1


def test_changing_the_partners_from_a_stale_form_is_refused(
    signed_in, advocate, meeting, police
):
    services.meeting_update(
        actor=advocate,
        meeting=meeting,
        expected_version=1,
        meets_on=meeting.meets_on,
        partners=[police],
        min_level=4,
    )
    response = signed_in.post(
        reverse("tasking:meeting_edit", args=[meeting.pk]),
        {
            "meets_on": meeting.meets_on.isoformat(),
            "partners": [police.pk],
            "min_level": "2",
            "version": 1,
        },
    )
    assert response.status_code == 200
    assert "Nothing was saved" in response.text
    meeting.refresh_from_db()
    assert meeting.min_level == 4


# The list -----------------------------------------------------------------------
def test_the_list_shows_due_actions_first_then_the_survivors_by_risk(
    signed_in, meeting, advocate, organisation, police, council
):
    high = listed(organisation, advocate, "Amber", police, council, level=3)
    very = listed(organisation, advocate, "Beryl", police, council, level=4)
    ActionFactory(
        journey=high,
        owner=advocate,
        description="Chase the bail conditions",
        due_on=TODAY(),
    )
    ActionFactory(
        journey=very,
        owner=advocate,
        description="Book a safe room",
        due_on=TODAY() + timedelta(days=20),
    )
    text = page(signed_in, meeting)
    due = text.index("Actions due since the last meeting")
    survivors = text.index("Survivors, highest risk first")
    assert due < text.index("Chase the bail conditions") < survivors
    rest = text[survivors:]
    assert rest.index("Beryl") < rest.index("Amber")
    assert "Book a safe room" in rest
    assert "Key risks" in text


def test_a_survivor_without_consent_or_with_it_withdrawn_is_absent(
    signed_in, meeting, advocate, organisation, police, council
):
    listed(organisation, advocate, "Coral")
    withdrawn = listed(organisation, advocate, "Dawn", police)
    consent(withdrawn, council, withdrawn_on=TODAY())
    text = page(signed_in, meeting)
    assert "Coral" not in text and "Dawn" not in text
    assert "Nobody is on the list" in text


def test_without_consent_to_her_name_the_page_shows_only_her_reference(
    signed_in, meeting, advocate, organisation, police, council
):
    journey = listed(organisation, advocate, "Edie")
    consent(journey, police, council, scope=scopes.encode([scopes.TASKING]))
    text = page(signed_in, meeting)
    assert "Edie" not in text
    assert journey.reference in text


def test_an_overdue_review_is_highlighted_against_the_meeting_date(
    signed_in, meeting, advocate, organisation, police, council
):
    listed(organisation, advocate, "Fern", police, council, review_in=1)
    assert "Review overdue" in page(signed_in, meeting)


def test_every_survivor_on_the_page_is_access_logged(
    signed_in, meeting, advocate, organisation, police, council
):
    journey = listed(organisation, advocate, "Gwen", police, council)
    page(signed_in, meeting)
    entry = AccessLog.objects.get(survivor_id=journey.survivor_id)
    assert (entry.user, entry.object_id, entry.action) == (
        advocate,
        str(journey.pk),
        "view",
    )


def test_the_page_costs_the_same_queries_for_one_survivor_or_eight(
    signed_in,
    meeting,
    advocate,
    organisation,
    police,
    council,
    django_assert_num_queries,
):
    url = reverse("tasking:meeting", args=[meeting.pk])
    listed(organisation, advocate, "Hope0", police, council)
    signed_in.get(url)  # warm the session and caches
    with CaptureQueriesContext(connection) as one:
        signed_in.get(url)
    for i in range(1, 8):
        journey = listed(organisation, advocate, f"Hope{i}", police, council)
        ActionFactory.create_batch(2, journey=journey, owner=advocate)
    with CaptureQueriesContext(connection) as eight:
        assert "Hope7" in signed_in.get(url).text
    # The access log writes in one batch; nothing grows with the list.
    assert len(eight) <= len(one)


def test_another_services_staff_cannot_open_the_meeting(client, outsider, meeting):
    client.force_login(outsider)
    for name in ("meeting", "meeting_edit"):
        assert (
            client.get(reverse(f"tasking:{name}", args=[meeting.pk])).status_code == 404
        )
    for fmt in ("csv", "docx"):
        url = reverse("tasking:meeting_agenda", args=[meeting.pk, fmt])
        assert client.get(url).status_code == 404


# What was agreed -----------------------------------------------------------------
def test_what_was_agreed_is_recorded_from_the_list_and_shown_on_it(
    signed_in, meeting, advocate, organisation, police, council
):
    journey = listed(organisation, advocate, "Iris", police, council)
    url = reverse("tasking:meeting_agreed", args=[meeting.pk, journey.pk])
    assert reverse("tasking:meeting_agreed", args=[meeting.pk, journey.pk]) in page(
        signed_in, meeting
    )
    response = signed_in.post(url, {"agreed": "Police to visit with the ISVA."})
    assert response.status_code == 302
    assert "Police to visit with the ISVA." in page(signed_in, meeting)
    record = AgreedRecord.objects.get()
    assert (record.recorded_by, record.version) == (advocate, 1)


def test_two_people_recording_at_once_do_not_overwrite_each_other(
    signed_in, meeting, advocate, colleague, organisation, police, council
):
    journey = listed(organisation, advocate, "Jade", police, council)
    url = reverse("tasking:meeting_agreed", args=[meeting.pk, journey.pk])
    services.agreed_record(
        actor=colleague, meeting=meeting, journey=journey, agreed="Council to rehouse."
    )
    response = signed_in.post(url, {"agreed": "Nothing new."})  # opened before
    assert response.status_code == 200
    assert "Nothing was saved" in response.text
    assert AgreedRecord.objects.get().agreed == "Council to rehouse."


def test_nothing_can_be_recorded_for_someone_not_on_the_list(
    signed_in, meeting, advocate, organisation, police
):
    journey = listed(organisation, advocate, "Kit", police)  # one partner only
    url = reverse("tasking:meeting_agreed", args=[meeting.pk, journey.pk])
    assert signed_in.post(url, {"agreed": "x"}).status_code == 404
    with pytest.raises(ValidationError, match="not on this meeting's list"):
        services.agreed_record(
            actor=advocate, meeting=meeting, journey=journey, agreed="x"
        )
    assert not AgreedRecord.objects.exists()


def test_an_empty_agreement_is_refused(
    signed_in, meeting, advocate, organisation, police, council
):
    journey = listed(organisation, advocate, "Lux", police, council)
    url = reverse("tasking:meeting_agreed", args=[meeting.pk, journey.pk])
    response = signed_in.post(url, {"agreed": "   "})
    assert response.status_code == 200
    assert "Write what the meeting agreed." in response.text
    assert not AgreedRecord.objects.exists()


# The agenda ----------------------------------------------------------------------
@pytest.fixture
def agenda_meeting(meeting, advocate, organisation, police, council):
    journey = listed(organisation, advocate, "Mabel", police, council, level=4)
    journey.survivor.legal_name = "Mabel Quarrington-Fict"
    journey.survivor.save()
    journey.crime_reference = "13/99999/26"
    journey.save()
    ActionFactory(
        journey=journey,
        owner=advocate,
        description='=HYPERLINK("http://x")',
        due_on=TODAY(),
    )
    services.agreed_record(
        actor=advocate, meeting=meeting, journey=journey, agreed="Refer to MARAC."
    )
    listed(organisation, advocate, "Nell")  # no consent: never exported
    return meeting


def test_the_csv_agenda_has_the_list_and_nothing_more(signed_in, agenda_meeting):
    url = reverse("tasking:meeting_agenda", args=[agenda_meeting.pk, "csv"])
    response = signed_in.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][:3] == ["Section", "Survivor", "Risk level"]
    assert rows[1][0] == "Due since the last meeting"
    assert rows[2][:3] == ["Survivors", "Mabel", "Very high"]
    assert rows[2][-1] == "Refer to MARAC."
    assert "'=HYPERLINK" in body  # never runs as a formula
    for secret in ("Nell", "Quarrington", "13/99999/26"):
        assert secret not in body


def test_the_word_agenda_opens_and_carries_the_list(signed_in, agenda_meeting):
    url = reverse("tasking:meeting_agenda", args=[agenda_meeting.pk, "docx"])
    response = signed_in.get(url)
    assert response.status_code == 200
    document = Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(
        cell.text for t in document.tables for row in t.rows for cell in row.cells
    )
    assert "Tasking meeting agenda" in text
    assert "Mabel: Very high" in text
    assert "Refer to MARAC." in text
    for secret in ("Nell", "Quarrington", "13/99999/26"):
        assert secret not in text


def test_exporting_the_agenda_logs_each_survivor_in_it(
    signed_in, agenda_meeting, advocate
):
    signed_in.get(reverse("tasking:meeting_agenda", args=[agenda_meeting.pk, "csv"]))
    assert AccessLog.objects.filter(action="download").count() == 1


def test_an_unknown_agenda_format_is_not_found(signed_in, meeting):
    url = reverse("tasking:meeting_agenda", args=[meeting.pk, "pdf"])
    assert signed_in.get(url).status_code == 404
