"""The access log records who opened what, for managers of that service only."""

import pytest
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.test import override_settings
from django.urls import path, reverse
from django.views.generic import DetailView

from journeys.models import Journey, Survivor
from security.access import AccessLoggedMixin, log_access
from security.models import AccessLog
from tests.factories import HearingFactory, force_login_verified


def survivor_view(request, survivor_id):
    survivor = get_object_or_404(
        Survivor.objects.for_user(request.user), pk=survivor_id
    )
    log_access(request, survivor)
    return HttpResponse("ok")


class JourneyView(AccessLoggedMixin, DetailView):
    def get_queryset(self):
        return Journey.objects.for_user(self.request.user)

    def render_to_response(self, context, **kwargs):
        return HttpResponse("ok")


urlpatterns = [
    path("s/<int:survivor_id>/", survivor_view, name="test_survivor"),
    path("j/<int:pk>/", JourneyView.as_view(), name="test_journey"),
]


@override_settings(ROOT_URLCONF=__name__)
def test_opening_a_survivor_records_who_what_when_and_where(client, advocate, survivor):
    client.force_login(advocate)
    client.get(f"/s/{survivor.pk}/")
    entry = AccessLog.objects.get()
    assert entry.user == advocate
    assert entry.organisation == survivor.organisation
    assert entry.object_id == str(survivor.pk)
    assert entry.survivor_id == survivor.pk
    assert entry.view_name == "test_survivor"
    assert entry.action == AccessLog.Action.VIEW


@override_settings(ROOT_URLCONF=__name__)
def test_the_mixin_logs_a_journey_and_refusals_log_nothing(
    client, advocate, outsider, journey
):
    client.force_login(advocate)
    client.get(f"/j/{journey.pk}/")
    assert AccessLog.objects.get().survivor_id == journey.survivor_id
    client.force_login(outsider)
    assert client.get(f"/j/{journey.pk}/").status_code == 404
    assert AccessLog.objects.count() == 1


def test_records_below_a_journey_are_traced_to_their_survivor(advocate, journey):
    hearing = HearingFactory(journey=journey)
    entry = log_access(advocate, hearing)
    assert entry.survivor_id == journey.survivor_id
    assert entry.content_type.model == "hearing"


def test_the_log_holds_no_content_from_the_record(advocate, survivor):
    survivor.legal_name = "Cressida Vanterpool"
    survivor.save()
    entry = log_access(advocate, survivor)
    text = " ".join(str(getattr(entry, f.attname)) for f in AccessLog._meta.fields)
    assert survivor.chosen_name not in text
    assert "Vanterpool" not in text


def test_a_record_with_no_service_is_refused(advocate):
    with pytest.raises(ValueError):
        log_access(advocate, advocate)


def test_only_managers_of_the_service_read_the_log(
    client, advocate, manager, outsider, survivor
):
    log_access(advocate, survivor)
    assert AccessLog.objects.for_user(manager).count() == 1
    assert AccessLog.objects.for_user(advocate).count() == 0
    assert AccessLog.objects.for_user(outsider).count() == 0

    force_login_verified(client, manager)
    page = client.get(reverse("security:access_log"))
    assert page.status_code == 200
    assert str(survivor.pk) in page.content.decode()
    client.force_login(advocate)
    assert client.get(reverse("security:access_log")).status_code == 403


def test_the_log_page_takes_a_fixed_number_of_queries(
    client, manager, advocate, survivor, django_assert_max_num_queries
):
    for _ in range(30):
        log_access(advocate, survivor)
    force_login_verified(client, manager)
    client.get(reverse("security:access_log"))
    with django_assert_max_num_queries(15):
        client.get(reverse("security:access_log"))
