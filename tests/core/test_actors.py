"""Work done by tasks and commands is recorded in history as the system user."""

from io import StringIO

from django.core.management import call_command
from django_tasks import task
from simple_history.models import HistoricalRecords

from core.actors import SystemCommand, acting_as_system
from core.records import SYSTEM_USERNAME
from journeys.models import Journey, Survivor


def test_saves_without_an_actor_inside_the_block_are_by_system(survivor):
    with acting_as_system() as user:
        survivor.pronouns = "they/them"
        survivor.save()
    assert user.username == SYSTEM_USERNAME
    assert survivor.history.first().history_user == user
    assert not hasattr(HistoricalRecords.context, "request")


def test_an_explicit_actor_still_wins_inside_the_block(survivor, advocate):
    with acting_as_system():
        survivor._history_user = advocate
        survivor.save()
    assert survivor.history.first().history_user == advocate


def test_the_block_restores_a_request_that_was_there(survivor, advocate):
    class Request:
        user = advocate

    HistoricalRecords.context.request = Request()
    try:
        with acting_as_system():
            pass
        assert HistoricalRecords.context.request.user == advocate
    finally:
        del HistoricalRecords.context.request


@task()
def touch_journey(journey_id: int) -> None:
    journey = Journey.objects.get(pk=journey_id)
    journey.oic_name = "DC Task"
    journey.save()


def test_a_background_task_is_recorded_as_system(journey):
    touch_journey.enqueue(journey.pk)
    assert journey.history.first().history_user.username == SYSTEM_USERNAME
    assert not hasattr(HistoricalRecords.context, "request") or (
        HistoricalRecords.context.request is None
    )


class RenameCommand(SystemCommand):
    def add_arguments(self, parser):
        parser.add_argument("pk", type=int)

    def handle(self, *args, pk, **options):
        survivor = Survivor.objects.get(pk=pk)
        survivor.pronouns = "she/her"
        survivor.save()


def test_management_commands_act_as_system(survivor):
    call_command(RenameCommand(), str(survivor.pk), stdout=StringIO())
    assert survivor.history.first().history_user.username == SYSTEM_USERNAME


def test_the_projects_commands_are_system_commands():
    from demo.management.commands import load_demo_data
    from journeys.management.commands import load_courts
    from security.management.commands import apply_retention, rotate_encryption_keys

    for module in (
        apply_retention,
        load_courts,
        load_demo_data,
        rotate_encryption_keys,
    ):
        assert issubclass(module.Command, SystemCommand)
