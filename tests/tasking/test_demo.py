"""The demo shows a tasking meeting: who is on the list, who is not, and why."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from tasking.models import TaskingMeeting
from tasking.selectors import tasking_list


def test_the_demo_has_last_weeks_meeting_and_the_next_with_a_list(db):
    call_command("load_demo_data")
    manager = get_user_model().objects.get(username="manager")
    today = timezone.localdate()
    past, upcoming = TaskingMeeting.objects.order_by("meets_on")
    assert past.meets_on < today < upcoming.meets_on
    assert past.agreed_records.count() == 1
    agenda = tasking_list(meeting=upcoming, user=manager)
    # Very high first; one shown by reference only; the one who agreed to the
    # police alone, and the medium one, are not on it.
    assert len(agenda.rows) == 2
    assert [row.risk.level for row in agenda.rows] == [4, 3]
    assert agenda.rows[1].label.startswith("W-")
    assert agenda.due_since_last
