"""The caseload listing, the journey page, recording events, editing and reassigning."""

import csv
import io
from datetime import date

import openpyxl
import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from journeys import errors, services
from journeys.models import Journey, StageEvent
from tests.factories import CourtFactory, JourneyFactory, SurvivorFactory, UserFactory
from tests.journeys.workspace import TO_TRIAL, journey_edit_data, schedule, walk

pytestmark = pytest.mark.django_db


def listed(response) -> set[str]:
    return {j.survivor.chosen_name for j in response.context["object_list"]}


@pytest.fixture
def trial_journey(journey, advocate):
    return walk(journey, advocate, TO_TRIAL)


# Caseload listing ---------------------------------------------------------------
def test_the_caseload_lists_the_services_journeys_and_not_anothers(
    signed_in, journey, outsider
):
    theirs = JourneyFactory(
        survivor=SurvivorFactory(
            organisation=outsider.membership.organisation, chosen_name="Elsewhere"
        )
    )
    response = signed_in.get(reverse("journeys:index"))
    assert response.status_code == 200
    assert listed(response) == {journey.survivor.chosen_name}
    assert theirs.survivor.chosen_name not in response.text


@pytest.mark.parametrize(
    "query, expected",
    [
        ("current_stage=trial", "Tried"),
        ("status=withdrawn", "Stepped"),
        ("offence_category=stalking_harassment", "Stepped"),
        ("police_force=merseyside", "Merseyside"),
    ],
)
def test_the_caseload_filters_by_stage_status_offence_and_force(
    signed_in, advocate, organisation, query, expected
):
    tried = JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name="Tried"),
        lead_advocate=advocate,
    )
    walk(tried, advocate, TO_TRIAL)
    stepped = JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name="Stepped"),
        offence_category="stalking_harassment",
    )
    walk(stepped, advocate, [("withdrawn", "", date(2025, 2, 1))])
    JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name="Merseyside"),
        police_force="merseyside",
    )
    response = signed_in.get(reverse("journeys:index") + "?" + query)
    assert listed(response) == {expected}


def test_the_caseload_filters_by_lead_advocate_and_by_court(
    signed_in, advocate, colleague, organisation
):
    mine = JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name="Mine"),
        lead_advocate=advocate,
    )
    JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name="Theirs"),
        lead_advocate=colleague,
    )
    walk(mine, advocate, TO_TRIAL)
    court = CourtFactory(name="Filterby Crown Court")
    schedule(mine, advocate, court)

    by_advocate = signed_in.get(
        reverse("journeys:index") + f"?lead_advocate={advocate.pk}"
    )
    assert listed(by_advocate) == {"Mine"}
    by_court = signed_in.get(reverse("journeys:index") + f"?court={court.pk}")
    assert listed(by_court) == {"Mine"}


@pytest.mark.parametrize("term", ["Juniper", "13/777777/26", "13ZZ1234567"])
def test_the_caseload_searches_by_name_crime_reference_and_urn(
    signed_in, organisation, term
):
    JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name="Juniper"),
        crime_reference="13/777777/26",
        prosecution_reference="13ZZ1234567",
    )
    JourneyFactory(
        survivor=SurvivorFactory(organisation=organisation, chosen_name="Other")
    )
    response = signed_in.get(reverse("journeys:index") + f"?q={term}", follow=True)
    assert listed(response) == {"Juniper"}


def test_the_caseload_exports_as_csv_with_labels_not_keys(signed_in, journey):
    response = signed_in.get(reverse("journeys:index") + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["Survivor", "Offence", "Stage"]
    assert rows[1][0] == journey.survivor.chosen_name
    assert "West Yorkshire Police" in rows[1]


def test_the_caseload_csv_keeps_a_formula_like_name_as_plain_text(signed_in, journey):
    journey.survivor.chosen_name = '=HYPERLINK("https://evil.example","Open")'
    journey.survivor.save()
    response = signed_in.get(reverse("journeys:index") + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][0] == "'" + journey.survivor.chosen_name


def test_the_caseload_exports_as_xlsx_with_only_the_services_journeys(
    signed_in, journey, outsider
):
    JourneyFactory(
        survivor=SurvivorFactory(
            organisation=outsider.membership.organisation, chosen_name="Elsewhere"
        )
    )
    response = signed_in.get(reverse("journeys:index") + "?export=xlsx")
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    names = [row[0] for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert names == [journey.survivor.chosen_name]


# Creating and editing -----------------------------------------------------------
def test_opening_a_journey_goes_through_the_service(signed_in, survivor, advocate):
    response = signed_in.post(
        reverse("journeys:add"),
        {
            "survivor": survivor.pk,
            "offence_category": "rape",
            "incident_date_precision": "day",
            "police_force": "west_yorkshire",
            "crime_reference": " 13/1/26 ",
            "prosecution_reference": "13ab1",
            "opened_on": "2025-02-01",
        },
    )
    journey = Journey.objects.get(survivor=survivor)
    assert response.status_code == 302
    assert response.url == reverse("journeys:detail", args=[journey.pk])
    assert journey.current_stage == "before_reporting"
    assert journey.prosecution_reference == "13AB1"  # normalised by the service
    assert journey.history.first().history_user == advocate


def test_a_journey_cannot_be_opened_for_another_services_survivor(signed_in, outsider):
    theirs = SurvivorFactory(organisation=outsider.membership.organisation)
    response = signed_in.post(
        reverse("journeys:add"),
        {"survivor": theirs.pk, "offence_category": "rape", "opened_on": "2025-02-01"},
    )
    assert response.status_code == 200
    assert not Journey.objects.filter(survivor=theirs).exists()


def test_editing_a_journey_saves_through_the_service_and_bumps_its_version(
    signed_in, journey
):
    response = signed_in.post(
        reverse("journeys:edit", args=[journey.pk]),
        journey_edit_data(journey, oic_name="DC Fictional"),
    )
    assert response.status_code == 302
    journey.refresh_from_db()
    assert journey.oic_name == "DC Fictional"
    assert journey.version == 2


def test_a_second_edit_from_a_stale_copy_is_refused_with_what_changed(
    signed_in, journey, colleague
):
    stale = journey_edit_data(journey, oic_name="Mine")
    services.journey_update(
        actor=colleague, journey=journey, expected_version=1, crime_reference="X/1"
    )
    response = signed_in.post(reverse("journeys:edit", args=[journey.pk]), stale)
    assert response.status_code == 200
    assert "Someone else changed this record" in response.text
    assert "Crime reference" in response.text and "X/1" in response.text
    journey.refresh_from_db()
    assert journey.oic_name == ""
    assert journey.version == 2


def test_the_edit_form_does_not_offer_the_lead_advocate(signed_in, journey):
    response = signed_in.get(reverse("journeys:edit", args=[journey.pk]))
    assert response.status_code == 200
    assert 'name="lead_advocate"' not in response.text
    assert f'name="version" value="{journey.version}"' in response.text


# Journey page -------------------------------------------------------------------
def test_the_journey_page_shows_the_stage_map_and_only_allowed_next_events(
    signed_in, trial_journey
):
    response = signed_in.get(reverse("journeys:detail", args=[trial_journey.pk]))
    assert response.status_code == 200
    text = response.text
    assert 'aria-current="step"' in text
    assert reverse("journeys:record_event", args=[trial_journey.pk, "verdict"]) in text
    assert (
        reverse("journeys:record_event", args=[trial_journey.pk, "retrial_decided"])
        not in text
    )


def test_the_timeline_lists_events_and_hearings_in_date_order(
    signed_in, trial_journey, advocate
):
    schedule(trial_journey, advocate, CourtFactory(name="Orderly Crown Court"))
    text = signed_in.get(reverse("journeys:detail", args=[trial_journey.pk])).text
    timeline = text[text.index('id="timeline-section"') :]
    positions = [
        timeline.index("Reported to police"),
        timeline.index("Trial started"),
        timeline.index("Orderly Crown Court"),
    ]
    assert positions == sorted(positions)


def test_the_verdict_form_asks_for_a_verdict_when_told_and_hearing(
    signed_in, trial_journey
):
    response = signed_in.get(
        reverse("journeys:record_event", args=[trial_journey.pk, "verdict"])
    )
    form = response.context["form"]
    assert set(form.fields) == {
        "occurred_on",
        "outcome",
        "survivor_informed_on",
        "hearing",
        "details",
    }
    assert form.fields["outcome"].label == "Verdict"
    assert "hung_jury" in dict(form.fields["outcome"].choices)


def test_an_event_without_outcomes_asks_only_for_a_date_and_details(signed_in, journey):
    response = signed_in.get(
        reverse("journeys:record_event", args=[journey.pk, "contact_made"])
    )
    assert set(response.context["form"].fields) == {"occurred_on", "details"}


def test_a_hung_jury_then_a_retrial_decision_moves_the_journey_to_retrial(
    signed_in, trial_journey
):
    url = reverse("journeys:record_event", args=[trial_journey.pk, "verdict"])
    response = signed_in.post(
        url,
        {
            "occurred_on": "2025-09-05",
            "outcome": "hung_jury",
            "survivor_informed_on": "2025-09-05",
        },
    )
    assert response.status_code == 302
    trial_journey.refresh_from_db()
    assert trial_journey.current_stage == "retrial"
    page = signed_in.get(reverse("journeys:detail", args=[trial_journey.pk])).text
    decide = reverse(
        "journeys:record_event", args=[trial_journey.pk, "retrial_decided"]
    )
    assert decide in page
    signed_in.post(decide, {"occurred_on": "2025-09-20", "outcome": "retrial"})
    assert trial_journey.events.filter(event_type="retrial_decided").exists()


def test_a_verdict_on_a_journey_with_no_trial_is_refused_and_changes_nothing(
    signed_in, journey, advocate
):
    walk(journey, advocate, [("reported", "", date(2025, 1, 12))])
    response = signed_in.post(
        reverse("journeys:record_event", args=[journey.pk, "verdict"]),
        {"occurred_on": "2025-02-01", "outcome": "guilty"},
    )
    assert response.status_code == 200
    assert "cannot be recorded on 1 February 2025" in response.text
    assert "Reported to police" in response.text  # the stage it was at
    assert not journey.events.filter(event_type="verdict").exists()
    journey.refresh_from_db()
    assert journey.current_stage == "report"


def test_an_event_in_the_future_shows_the_services_message(signed_in, journey):
    response = signed_in.post(
        reverse("journeys:record_event", args=[journey.pk, "reported"]),
        {"occurred_on": "2999-01-01"},
    )
    assert response.status_code == 200
    assert str(errors.EVENT_IN_FUTURE) in response.text
    assert StageEvent.objects.count() == 0


def test_an_unknown_event_type_is_not_found(signed_in, journey):
    url = reverse("journeys:record_event", args=[journey.pk, "made_up"])
    assert signed_in.get(url).status_code == 404


# Reassigning --------------------------------------------------------------------
def test_a_manager_can_reassign_a_journey(client, manager, journey, colleague):
    client.force_login(manager)
    response = client.post(
        reverse("journeys:reassign", args=[journey.pk]),
        {"lead_advocate": colleague.pk},
    )
    assert response.status_code == 302
    journey.refresh_from_db()
    assert journey.lead_advocate == colleague


def test_an_advocate_cannot_reassign_a_journey(signed_in, journey, colleague):
    url = reverse("journeys:reassign", args=[journey.pk])
    # Wagtail turns a refusal into a redirect home with a "permission" message.
    assert signed_in.get(url).url == reverse("wagtailadmin_home")
    signed_in.post(url, {"lead_advocate": colleague.pk})
    journey.refresh_from_db()
    assert journey.lead_advocate != colleague
    page = signed_in.get(reverse("journeys:detail", args=[journey.pk])).text
    assert url not in page


def test_a_journey_cannot_be_reassigned_to_another_services_advocate(
    client, manager, journey, outsider
):
    client.force_login(manager)
    response = client.post(
        reverse("journeys:reassign", args=[journey.pk]),
        {"lead_advocate": outsider.pk},
    )
    assert response.status_code == 200
    journey.refresh_from_db()
    assert journey.lead_advocate != outsider


def test_the_reassign_service_refuses_an_advocate(journey, advocate, colleague):
    with pytest.raises(PermissionDenied) as caught:
        services.journey_reassign(
            actor=advocate, journey=journey, lead_advocate=colleague
        )
    assert str(errors.REASSIGN_MANAGERS_ONLY) in str(caught.value)


def test_an_advocate_who_sees_only_their_own_caseload_cannot_open_a_colleagues(
    client, organisation, colleague, journey
):
    organisation.advocates_see_own_caseload_only = True
    organisation.save()
    client.force_login(colleague)
    assert client.get(reverse("journeys:detail", args=[journey.pk])).status_code == 404
    assert (
        journey.survivor.chosen_name not in client.get(reverse("journeys:index")).text
    )


def test_someone_without_a_membership_sees_no_journeys(client, journey):
    staff = UserFactory(membership=False, is_superuser=True)
    client.force_login(staff)
    assert client.get(reverse("journeys:detail", args=[journey.pk])).status_code == 404


def test_a_journey_cannot_be_opened_for_another_services_survivor_by_a_tampered_id(
    signed_in, outsider
):
    theirs = SurvivorFactory(organisation=outsider.membership.organisation)
    response = signed_in.post(
        reverse("journeys:add"),
        {
            "survivor": theirs.pk,
            "offence_category": "rape",
            "incident_date_precision": "day",
            "opened_on": "2025-02-01",
        },
    )
    assert response.status_code == 200
    assert "survivor" in response.context["form"].errors
    assert not Journey.objects.filter(survivor=theirs).exists()


def test_the_victim_contact_scheme_is_prompted_once_there_is_a_sentence(
    signed_in, trial_journey, advocate
):
    url = reverse("journeys:detail", args=[trial_journey.pk])
    assert 'id="victim-contact-scheme"' not in signed_in.get(url).content.decode()
    walk(
        trial_journey,
        advocate,
        [("verdict", "guilty", date(2025, 9, 5)), ("sentenced", "", date(2025, 10, 3))],
    )
    page = signed_in.get(url).content.decode()
    assert 'id="victim-contact-scheme"' in page
    assert "Victim Contact Scheme" in page
    assert "Domestic Violence, Crime and Victims Act 2004" in page
