"""Intelligence report pages: list, record, view, edit, changes and the exports."""

import json

import pytest
from django.urls import reverse

from intelligence import services
from intelligence.models import IntelligenceReport
from security.models import AccessLog
from tests.factories import ConsentFactory, IntelligenceReportFactory, SurvivorFactory

pytestmark = pytest.mark.django_db

DATA = {
    "consent": "anonymous",
    "consent_recorded_on": "2026-10-01",
    "happened_on": "2026-09-20",
    "happened_on_precision": "day",
    "where": "Industrial estate off the ring road",
    "what_happened": "He drove her somewhere else and refused to pay.",
    "description": "Shaved head, scar on left cheek, gold front tooth.",
    "vehicle_registration": "yk19 abd",
    "vehicle_description": "Black van",
    "phone_numbers": "07700 900444",
    "handles": "@vanman_fict",
    "modus_operandi": "",
}


@pytest.fixture
def signed_in(client, advocate):
    client.force_login(advocate)
    return client


@pytest.fixture
def report(advocate, survivor, journey):
    return services.intelligence_report_record(
        actor=advocate,
        survivor=survivor,
        journey=journey,
        **{
            k: v
            for k, v in DATA.items()
            if k not in {"happened_on", "consent_recorded_on"}
        },
    )


def test_the_journey_page_links_to_recording_a_report(signed_in, journey):
    text = signed_in.get(reverse("journeys:detail", args=[journey.pk])).text
    url = reverse("intelligence:add", args=[journey.survivor_id])
    assert f"{url}?journey={journey.pk}" in text
    assert "Record an intelligence report" in text


def test_an_advocate_records_a_report_from_the_journey(signed_in, journey):
    url = reverse("intelligence:add", args=[journey.survivor_id])
    form = signed_in.get(f"{url}?journey={journey.pk}")
    assert form.status_code == 200
    assert "Write about him, not about her" in form.text
    response = signed_in.post(url, {**DATA, "journey": journey.pk})
    report = IntelligenceReport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("intelligence:detail", args=[report.pk])
    assert (report.journey, report.consent) == (journey, "anonymous")


def test_bad_input_shows_a_clear_message_and_saves_nothing(signed_in, survivor):
    url = reverse("intelligence:add", args=[survivor.pk])
    blank = dict.fromkeys(
        [
            "description",
            "vehicle_registration",
            "vehicle_description",
            "phone_numbers",
            "handles",
        ],
        "",
    )
    response = signed_in.post(url, {**DATA, **blank})
    assert response.status_code == 200
    assert "Say something about the individual" in response.text
    assert "Nothing was saved" in response.text
    response = signed_in.post(url, {**DATA, "happened_on": "31/02/2026x"})
    assert response.status_code == 200
    assert not IntelligenceReport.objects.exists()


def test_the_detail_page_shows_the_report_and_how_often_he_was_reported(
    signed_in, report, survivor
):
    for _n in range(2):
        IntelligenceReportFactory(
            survivor=survivor,
            description="Gold front tooth, scar on his left cheek, head shaved.",
            vehicle_registration="",
        )
    response = signed_in.get(reverse("intelligence:detail", args=[report.pk]))
    assert response.status_code == 200
    assert "Similar description:" in response.text
    assert "reported 3 times in the last 12 months" in response.text
    assert survivor.chosen_name in response.text


def test_opening_a_report_is_access_logged_for_her(signed_in, report, advocate):
    signed_in.get(reverse("intelligence:detail", args=[report.pk]))
    entry = AccessLog.objects.get(survivor_id=report.survivor_id)
    assert (entry.user, entry.view_name) == (advocate, "intelligence:detail")


@pytest.mark.parametrize("name", ["edit", "history"])
def test_editing_and_changes_pages_are_access_logged(signed_in, report, name):
    response = signed_in.get(reverse(f"intelligence:{name}", args=[report.pk]))
    assert response.status_code == 200
    assert AccessLog.objects.filter(survivor_id=report.survivor_id).count() == 1


def test_editing_withdraws_consent_and_the_changes_page_shows_it(signed_in, report):
    url = reverse("intelligence:edit", args=[report.pk])
    response = signed_in.post(
        url, {**DATA, "consent": "internal", "version": report.version}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.consent == "internal"
    changes = signed_in.get(reverse("intelligence:history", args=[report.pk])).text
    assert "Keep within the service" in changes


def test_a_stale_edit_is_refused_with_nothing_saved(signed_in, report, colleague):
    services.intelligence_report_update(
        actor=colleague, report=report, expected_version=1, where="Near the station"
    )
    response = signed_in.post(
        reverse("intelligence:edit", args=[report.pk]),
        {**DATA, "where": "Mine", "version": 1},
    )
    assert response.status_code == 200
    assert "Someone else changed this record" in response.text
    report.refresh_from_db()
    assert report.where == "Near the station"


def test_the_list_shows_references_not_names(signed_in, report, survivor):
    response = signed_in.get(reverse("intelligence:index"))
    assert response.status_code == 200
    assert report.reference in response.text
    assert survivor.chosen_name not in response.text


def test_another_service_gets_not_found_everywhere(client, outsider, report):
    client.force_login(outsider)
    for name in ("detail", "edit", "history"):
        url = reverse(f"intelligence:{name}", args=[report.pk])
        assert client.get(url).status_code == 404
    add = reverse("intelligence:add", args=[report.survivor_id])
    assert client.post(add, DATA).status_code == 404
    assert IntelligenceReport.objects.count() == 1


def test_an_advocate_cannot_export(signed_in, report):
    url = reverse("intelligence:export_partners", args=["csv"])
    response = signed_in.get(url)
    assert response.status_code == 403
    assert "Only service managers can export reports" in response.text


def test_a_manager_exports_json_for_partners_and_each_report_is_logged(
    client, manager, report
):
    client.force_login(manager)
    response = client.get(reverse("intelligence:export_partners", args=["json"]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    (copy,) = json.loads(response.content)["reports"]
    assert copy["reference"] == report.share_reference
    assert copy["vehicle_registration"] == "YK19ABD"
    logged = AccessLog.objects.get(survivor_id=report.survivor_id)
    assert (logged.action, logged.object_id) == ("export", str(report.pk))


def test_an_unknown_export_format_is_not_found(client, manager):
    client.force_login(manager)
    url = reverse("intelligence:export_police", args=["xlsx"])
    assert client.get(url).status_code == 404


def test_someone_without_a_membership_is_refused(client, django_user_model):
    user = django_user_model.objects.create_user("nobody", password="x" * 20)
    client.force_login(user)
    response = client.get(reverse("intelligence:index"))
    assert response.status_code in (302, 403)


def test_the_menu_offers_intelligence_reports_to_staff(signed_in):
    text = signed_in.get(reverse("wagtailadmin_home")).text
    assert reverse("intelligence:index") in text


def test_a_survivor_of_another_service_in_the_url_is_not_found(signed_in, outsider):
    theirs = SurvivorFactory(organisation=outsider.membership.organisation)
    response = signed_in.get(reverse("intelligence:add", args=[theirs.pk]))
    assert response.status_code == 404


def test_the_page_warns_when_police_consent_is_not_on_her_record(signed_in, report):
    services.intelligence_report_update(
        actor=report.recorded_by, report=report, consent="police"
    )
    url = reverse("intelligence:detail", args=[report.pk])
    assert "copies for the police leave her details out" in signed_in.get(url).text
    ConsentFactory(survivor=report.survivor, scope="share_police")
    assert "copies for the police leave her details out" not in signed_in.get(url).text
