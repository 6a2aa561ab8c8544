"""Subject access export: one ZIP with everything the survivor has a right to."""

import io
import json
import zipfile

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail import hooks

from core.hooks import SUBJECT_ACCESS_FILES
from security import privacy
from security.models import AccessLog
from tests.factories import SurvivorFactory, force_login_verified
from tests.security.privacy_records import SECRETS, build_full_record


@pytest.fixture
def record(manager):
    return build_full_record(manager)


def unzip(content: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def test_the_export_holds_every_record_and_its_history(manager, record):
    files = unzip(privacy.survivor_export(actor=manager, survivor=record.survivor))

    assert "README.txt" in files
    for name in [
        "survivor.json",
        "journeys-contactmethod.json",
        "journeys-journey.json",
        "journeys-stageevent.json",
        "journeys-hearing.json",
        "journeys-defendant.json",
        "journeys-consent.json",
    ]:
        assert name in files, name
    everything = "".join(files.values())
    for key, value in SECRETS.items():
        if key in THIRD_PARTY:
            continue
        assert value in everything, key
    survivor = json.loads(files["survivor.json"])
    assert survivor["records"][0]["legal name"] == SECRETS["legal_name"]
    assert [row["change"] for row in survivor["history"]] == ["created", "changed"]
    # The retired email address is still in the history of contact methods.
    methods = json.loads(files["journeys-contactmethod.json"])
    assert any(r["record"]["details"] == SECRETS["email"] for r in methods["history"])
    journeys = json.loads(files["journeys-journey.json"])
    assert journeys["records"][0]["offence category"] == "Rape"


THIRD_PARTY = {"defendant_name", "defendant_description"}


def test_the_export_leaves_out_the_defendants_details(manager, record):
    files = unzip(privacy.survivor_export(actor=manager, survivor=record.survivor))
    everything = "".join(files.values())
    for key in THIRD_PARTY:
        assert SECRETS[key] not in everything, key
    assert "journeys-defendant.json" in files  # the record exists, without them


def test_the_export_lists_who_opened_her_records(client, manager, colleague, record):
    force_login_verified(client, colleague)
    client.get(reverse("survivors:detail", args=[record.survivor.pk]))
    files = unzip(privacy.survivor_export(actor=manager, survivor=record.survivor))
    log = json.loads(files["access_log.json"])["records"]
    assert [(e["who"], e["what"]) for e in log] == [
        (colleague.get_full_name() or colleague.username, "Viewed")
    ]
    assert "access_log.json" in files["README.txt"]


def test_the_export_is_recorded_in_the_access_log(manager, record):
    privacy.survivor_export(actor=manager, survivor=record.survivor)
    entry = AccessLog.objects.get(action=AccessLog.Action.EXPORT)
    assert entry.survivor_id == record.survivor.pk
    assert entry.user == manager


def test_files_registered_by_other_apps_are_included(manager, record):
    def letters(survivor):
        yield f"letters/{survivor.pk}-court-letter.txt", b"Dear survivor"

    with hooks.register_temporarily(SUBJECT_ACCESS_FILES, letters):
        files = unzip(privacy.survivor_export(actor=manager, survivor=record.survivor))
    assert files[f"files/letters/{record.survivor.pk}-court-letter.txt"]


def test_an_advocate_or_another_service_cannot_export(advocate, outsider, record):
    for actor in (advocate, outsider):
        with pytest.raises(PermissionDenied):
            privacy.survivor_export(actor=actor, survivor=record.survivor)


def test_the_export_page_downloads_a_zip_for_a_manager(client, manager, record):
    force_login_verified(client, manager)
    url = reverse("security:survivor_export", args=[record.survivor.pk])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response["Content-Type"] == "application/zip"
    assert SECRETS["chosen_name"] not in response["Content-Disposition"]


def test_another_services_survivor_is_not_found(client, manager, db):
    force_login_verified(client, manager)
    other = SurvivorFactory()
    url = reverse("security:survivor_export", args=[other.pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
