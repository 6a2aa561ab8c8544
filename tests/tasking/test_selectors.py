"""Who is on a tasking meeting's list, in what order, and what it shows first."""

from datetime import timedelta

import pytest
from django.utils import timezone

from partners import scopes
from tasking import services
from tasking.models import Action, RiskLevel
from tasking.selectors import listed_journeys, tasking_list
from tests.factories import (
    ActionFactory,
    ManagerFactory,
    RiskAssessmentFactory,
    SharingAgreementFactory,
    UserFactory,
)
from tests.tasking.conftest import consent, listed

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def names(meeting, user) -> list[str]:
    return [row.label for row in tasking_list(meeting=meeting, user=user).rows]


def test_highest_risk_first_then_the_earliest_review(
    meeting, advocate, organisation, police, council
):
    listed(organisation, advocate, "Amber", police, council, level=3, review_in=5)
    listed(organisation, advocate, "Beryl", police, council, level=4, review_in=20)
    listed(organisation, advocate, "Coral", police, council, level=3, review_in=1)
    listed(organisation, advocate, "Dawn", police, council, level=4, review_in=2)
    assert names(meeting, advocate) == ["Dawn", "Beryl", "Coral", "Amber"]


def test_levels_below_the_meetings_threshold_are_left_off(
    meeting, advocate, organisation, police, council
):
    listed(organisation, advocate, "Edie", police, council, level=RiskLevel.MEDIUM)
    listed(organisation, advocate, "Fern", police, council, level=RiskLevel.HIGH)
    assert names(meeting, advocate) == ["Fern"]


def test_the_current_level_counts_not_an_earlier_one(
    meeting, advocate, organisation, police, council
):
    journey = listed(organisation, advocate, "Gwen", police, council, level=4)
    RiskAssessmentFactory(journey=journey, level=RiskLevel.STANDARD)
    assert names(meeting, advocate) == []


def test_no_consent_means_not_on_the_list(meeting, advocate, organisation):
    listed(organisation, advocate, "Hazel")
    assert names(meeting, advocate) == []


def test_consent_to_only_one_of_the_partners_attending_is_not_enough(
    meeting, advocate, organisation, police
):
    listed(organisation, advocate, "Iris", police)
    assert names(meeting, advocate) == []


def test_consent_without_the_tasking_group_is_not_enough(
    meeting, advocate, organisation, police, council
):
    journey = listed(organisation, advocate, "Jade")
    consent(journey, police, council, scope=scopes.encode([scopes.STAGE]))
    assert names(meeting, advocate) == []


def test_withdrawn_consent_takes_her_off_at_once(
    meeting, advocate, organisation, police, council
):
    journey = listed(organisation, advocate, "Kit", police)
    consent(journey, council, withdrawn_on=TODAY())
    assert names(meeting, advocate) == []


def test_consent_withdrawn_after_a_past_meeting_takes_her_off_it_too(
    advocate, organisation, police, council
):
    past = services.meeting_create(
        actor=advocate, meets_on=TODAY() - timedelta(days=7), partners=[police]
    )
    journey = listed(organisation, advocate, "Lux", police, review_in=1)
    assert names(past, advocate) == ["Lux"]
    journey.partner_consents.update(withdrawn_on=TODAY())
    assert names(past, advocate) == []


def test_without_her_working_name_in_the_consent_the_list_shows_her_reference(
    meeting, advocate, organisation, police, council
):
    journey = listed(organisation, advocate, "Mabel")
    consent(journey, police, scope=scopes.encode([scopes.TASKING, scopes.IDENTITY]))
    consent(journey, council, scope=scopes.encode([scopes.TASKING]))
    assert names(meeting, advocate) == [journey.reference]


def test_an_agreement_that_has_ended_stops_the_sharing(
    meeting, advocate, organisation, police, council
):
    listed(organisation, advocate, "Nell", police, council)
    police.agreements.update(ends_on=TODAY() - timedelta(days=1))
    assert names(meeting, advocate) == []


def test_closed_journeys_are_not_discussed(
    meeting, advocate, organisation, police, council
):
    journey = listed(organisation, advocate, "Opal", police, council)
    journey.status, journey.closure_reason = "closed", "completed"
    journey.save()
    assert names(meeting, advocate) == []


def test_another_services_survivors_never_appear(
    meeting, advocate, outsider, police, council
):
    theirs = outsider.membership.organisation
    SharingAgreementFactory(organisation=theirs, partner=police)
    SharingAgreementFactory(organisation=theirs, partner=council)
    listed(theirs, outsider, "Pearl", police, council)
    assert names(meeting, advocate) == []
    # Nor does their own staff see our meeting's list through it.
    assert list(listed_journeys(meeting=meeting, user=outsider)) == []


def test_an_advocate_who_sees_only_her_caseload_sees_only_her_survivors(
    meeting, advocate, organisation, police, council
):
    other = UserFactory(membership__organisation=organisation)
    listed(organisation, advocate, "Quinn", police, council)
    listed(organisation, other, "Ruby", police, council)
    manager = ManagerFactory(membership__organisation=organisation)
    assert sorted(names(meeting, manager)) == ["Quinn", "Ruby"]
    organisation.advocates_see_own_caseload_only = True
    organisation.save()
    assert names(meeting, advocate) == ["Quinn"]


def test_actions_due_since_the_last_meeting_come_first_done_or_not(
    advocate, organisation, police, council
):
    today = TODAY()
    services.meeting_create(
        actor=advocate, meets_on=today - timedelta(days=7), partners=[police]
    )
    meeting = services.meeting_create(
        actor=advocate, meets_on=today, partners=[police, council]
    )
    journey = listed(organisation, advocate, "Sky", police, council)
    before = ActionFactory(
        journey=journey, owner=advocate, due_on=today - timedelta(days=7)
    )
    done = ActionFactory(
        journey=journey,
        owner=advocate,
        due_on=today - timedelta(days=3),
        done_on=today - timedelta(days=4),
        done_by=advocate,
    )
    due = ActionFactory(journey=journey, owner=advocate, due_on=today)
    later = ActionFactory(journey=journey, owner=advocate, due_on=today + timedelta(1))
    agenda = tasking_list(meeting=meeting, user=advocate)
    assert agenda.since == today - timedelta(days=7)
    assert [d.action for d in agenda.due_since_last] == [done, due]
    assert {d.label for d in agenda.due_since_last} == {"Sky"}
    assert agenda.rows[0].open_actions == [before, due, later]


def test_the_first_meeting_looks_back_a_week(meeting, advocate):
    agenda = tasking_list(meeting=meeting, user=advocate)
    assert (agenda.previous, agenda.since) == (
        None,
        meeting.meets_on - timedelta(days=7),
    )


def test_actions_of_survivors_not_on_the_list_are_not_shown(
    meeting, advocate, organisation, police
):
    journey = listed(organisation, advocate, "Tess", police)
    ActionFactory(journey=journey, owner=advocate, due_on=meeting.meets_on)
    agenda = tasking_list(meeting=meeting, user=advocate)
    assert (agenda.rows, agenda.due_since_last) == ([], [])
    assert Action.objects.count() == 1


def test_the_list_costs_the_same_queries_for_two_survivors_or_twelve(
    meeting, advocate, organisation, police, council, django_assert_max_num_queries
):
    def build(n: int) -> None:
        for i in range(n):
            journey = listed(organisation, advocate, f"Wren{i}", police, council)
            ActionFactory.create_batch(2, journey=journey, owner=advocate)

    build(2)
    meeting = type(meeting).objects.get(pk=meeting.pk)
    with django_assert_max_num_queries(9):
        agenda = tasking_list(meeting=meeting, user=advocate)
        [(r.label, [a.owner_name for a in r.open_actions]) for r in agenda.rows]
    build(10)
    meeting = type(meeting).objects.get(pk=meeting.pk)
    with django_assert_max_num_queries(9):
        agenda = tasking_list(meeting=meeting, user=advocate)
        labels = [
            (r.label, [a.owner_name for a in r.open_actions]) for r in agenda.rows
        ]
    assert len(labels) == 12
