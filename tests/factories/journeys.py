"""Factories for the journeys app (fictional data only)."""

from datetime import date, datetime, timedelta

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from journeys.models import (
    Consent,
    ContactMethod,
    Court,
    Hearing,
    Journey,
    StageEvent,
    Survivor,
)
from organisations.models import Membership, Organisation
from tests.zones import LONDON


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Test Service {n}")
    slug = factory.Sequence(lambda n: f"test-service-{n}")

    class Params:
        # Every way the survivors' site can show to reach the service (fictional).
        public_contact = factory.Trait(
            public_name="Support line",
            public_phone="0161 496 0000",
            public_text_number="07700 900123",
            public_email="help@example.org",
            public_opening_hours="Monday to Friday, 9am to 5pm",
            public_website="https://example.org/",
        )


class UserFactory(DjangoModelFactory):
    """A staff member with a membership (an advocate unless told otherwise)."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Sequence(lambda n: f"Advocate{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("a-long-test-password")

    @factory.post_generation
    def membership(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        MembershipFactory(user=self, **kwargs)


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = Membership
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory, membership=False)
    organisation = factory.SubFactory(OrganisationFactory)
    role = Membership.Role.ADVOCATE

    @factory.post_generation
    def staff_group(self, create, extracted, **kwargs):
        """Join the admin group for the role, as membership_create does."""
        if create:
            name = (
                "Service manager"
                if self.role == Membership.Role.MANAGER
                else "Advocate"
            )
            self.user.groups.add(Group.objects.get(name=name))


class ManagerFactory(UserFactory):
    membership__role = Membership.Role.MANAGER


class CourtFactory(DjangoModelFactory):
    class Meta:
        model = Court
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"test-crown-court-{n}")
    name = factory.Sequence(lambda n: f"Testtown Crown Court {n}")
    rules_pack = "england_wales"
    tiers = "crown"
    address_lines = "1 Court Street"
    town = "Testtown"
    postcode = "TE1 1ST"


class SurvivorFactory(DjangoModelFactory):
    class Meta:
        model = Survivor

    organisation = factory.SubFactory(OrganisationFactory)
    chosen_name = factory.Sequence(lambda n: f"Survivor{n}")
    lead_advocate = None


class ContactMethodFactory(DjangoModelFactory):
    class Meta:
        model = ContactMethod

    survivor = factory.SubFactory(SurvivorFactory)
    kind = ContactMethod.Kind.MOBILE
    value = "07700 900123"
    is_preferred = True
    added_on = date(2025, 1, 1)


class JourneyFactory(DjangoModelFactory):
    class Meta:
        model = Journey

    survivor = factory.SubFactory(SurvivorFactory)
    organisation = factory.SelfAttribute("survivor.organisation")
    offence_category = "rape"
    incident_date = date(2025, 1, 10)
    current_stage = "before_reporting"
    police_force = "west_yorkshire"


class StageEventFactory(DjangoModelFactory):
    """A raw event row; use services.journey_record_event to respect the graph."""

    class Meta:
        model = StageEvent

    journey = factory.SubFactory(JourneyFactory)
    event_type = "contact_made"
    occurred_on = date(2025, 2, 1)


class HearingFactory(DjangoModelFactory):
    class Meta:
        model = Hearing

    journey = factory.SubFactory(JourneyFactory)
    court = factory.SubFactory(CourtFactory)
    hearing_type = "trial"
    starts_at = factory.LazyFunction(
        lambda: datetime(2027, 3, 15, 10, 0, tzinfo=LONDON)
    )
    expected_duration = timedelta(hours=3)


class ConsentFactory(DjangoModelFactory):
    class Meta:
        model = Consent

    survivor = factory.SubFactory(SurvivorFactory)
    scope = "share_police"
    given_on = date(2025, 2, 1)
    recorded_how = Consent.RecordedHow.SIGNED_FORM
