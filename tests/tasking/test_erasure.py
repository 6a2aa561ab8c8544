"""Erasing a survivor takes her risk levels, actions and agreed records with her."""

from security.privacy import survivor_erase
from tasking import services
from tasking.models import Action, AgreedRecord, RiskAssessment, TaskingMeeting
from tests.factories import ActionFactory
from tests.tasking.conftest import listed


def test_erasure_deletes_her_tasking_records_and_keeps_the_meeting(
    db, meeting, advocate, manager, organisation, police, council
):
    journey = listed(organisation, advocate, "Quince", police, council)
    ActionFactory(journey=journey, owner=advocate)
    services.agreed_record(
        actor=advocate, meeting=meeting, journey=journey, agreed="Joint visit."
    )
    survivor_erase(actor=manager, survivor=journey.survivor, confirmation="Quince")
    assert not RiskAssessment.objects.exists()
    assert not Action.objects.exists()
    assert not AgreedRecord.objects.exists()
    assert not AgreedRecord.history.model.objects.filter(journey_id=journey.pk)
    assert TaskingMeeting.objects.filter(pk=meeting.pk).exists()
