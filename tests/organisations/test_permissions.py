"""Staff groups survive a flush, so transactional and browser tests can rely on them."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from organisations.permissions import STAFF_GROUPS


def _codenames(name):
    return set(
        Group.objects.get(name=name).permissions.values_list("codename", flat=True)
    )


@pytest.mark.django_db(transaction=True)
def test_the_staff_groups_come_back_after_a_flush():
    call_command("flush", "--noinput", verbosity=0)
    for name, wanted in STAFF_GROUPS.items():
        assert _codenames(name) == {codename for _a, _m, codename in wanted}


@pytest.mark.django_db
def test_only_managers_may_reassign_or_restore():
    assert "reassign_journey" not in _codenames("Advocate")
    assert {"reassign_journey", "restore_history"} <= _codenames("Service manager")
    assert "access_admin" in _codenames("Advocate")
