"""Her data rights reach what she shared: the export lists her consents to share and
every partner's look; after erasure nothing of hers is shared any more."""

import io
import json
import zipfile

from django.test import Client
from django.urls import reverse

from partners import scopes
from partners.selectors import journeys_shared_with
from security import privacy
from tests.factories import force_login_verified
from tests.steps import share


def test_her_export_lists_her_consents_and_each_partner_view(
    manager, advocate, officer, journey, police, agreement
):
    share(advocate, journey, police, [scopes.STAGE])
    partner_client = Client()
    force_login_verified(partner_client, officer)
    assert (
        partner_client.get(reverse("partners:journey", args=[journey.pk])).status_code
        == 200
    )
    archive = zipfile.ZipFile(
        io.BytesIO(privacy.survivor_export(actor=manager, survivor=journey.survivor))
    )
    names = archive.namelist()
    consent_file = next(n for n in names if "sharingconsent" in n)
    consents = json.loads(archive.read(consent_file))
    assert len(consents["records"]) == 1
    log = json.loads(archive.read("access_log.json"))
    who = officer.get_full_name() or officer.get_username()
    assert [entry["who"] for entry in log["records"]].count(who) == 1


def test_once_she_is_erased_nothing_of_hers_is_shared(
    manager, advocate, journey, police, agreement
):
    share(advocate, journey, police, [scopes.IDENTITY, scopes.STAGE])
    survivor = journey.survivor
    privacy.survivor_erase(
        actor=manager, survivor=survivor, confirmation=survivor.chosen_name
    )
    assert list(journeys_shared_with([police])) == []
