"""Organisation isolation is enforced in the querysets themselves."""

from django.contrib.auth.models import AnonymousUser

from journeys.models import (
    Consent,
    ContactMethod,
    Hearing,
    Journey,
    StageEvent,
    Survivor,
)
from tests.factories import (
    ConsentFactory,
    HearingFactory,
    JourneyFactory,
    StageEventFactory,
    SurvivorFactory,
    UserFactory,
)


def _fill(organisation, advocate):
    survivor = SurvivorFactory(organisation=organisation, lead_advocate=advocate)
    journey = JourneyFactory(survivor=survivor, lead_advocate=advocate)
    HearingFactory(journey=journey)
    StageEventFactory(journey=journey)
    ConsentFactory(survivor=survivor)
    ContactMethod.objects.create(survivor=survivor, kind="mobile", value="07700 900123")
    return journey


SCOPED = (Survivor, Journey, Hearing, StageEvent, Consent, ContactMethod)


def test_members_see_only_their_own_services_records(advocate, outsider):
    mine = _fill(advocate.membership.organisation, advocate)
    _fill(outsider.membership.organisation, outsider)
    for model in SCOPED:
        visible = model.objects.for_user(advocate)
        assert visible.count() == 1, model
    assert list(Journey.objects.for_user(advocate)) == [mine]


def test_anonymous_users_and_users_without_a_membership_see_nothing(advocate):
    _fill(advocate.membership.organisation, advocate)
    loner = UserFactory(membership=False)
    for model in SCOPED:
        assert not model.objects.for_user(AnonymousUser()).exists()
        assert not model.objects.for_user(loner).exists()
        assert not model.objects.for_user(None).exists()


def test_a_deactivated_membership_sees_nothing(advocate):
    _fill(advocate.membership.organisation, advocate)
    advocate.membership.is_active = False
    advocate.membership.save()
    assert not Journey.objects.for_user(advocate).exists()


def test_a_service_can_limit_advocates_to_their_own_caseload(
    advocate, colleague, manager, organisation
):
    _fill(organisation, advocate)
    _fill(organisation, colleague)
    assert Journey.objects.for_user(advocate).count() == 2
    organisation.advocates_see_own_caseload_only = True
    organisation.save()
    advocate.membership.refresh_from_db()
    assert Journey.objects.for_user(advocate).count() == 1
    assert Hearing.objects.for_user(advocate).count() == 1
    assert Journey.objects.for_user(manager).count() == 2
