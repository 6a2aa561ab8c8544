"""Erasure reaches every derived copy: caches, feeds and their ETags, letter files."""

import contextlib
import io
import pickle
import re
import zipfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import storages
from django.urls import reverse

from calendars.services import calendar_feed_issue
from security import privacy
from tests.factories import CourtFactory
from tests.journeys.workspace import schedule
from tests.security.privacy_records import SECRETS, build_full_record, traces
from tests.steps import generate_letter

# The strings that identify her (legal name and chosen name above all).
NEEDLES = [SECRETS["chosen_name"], SECRETS["legal_name"], SECRETS["mobile"]]


def _texts_in_file(path: Path) -> str:
    """A file's text; Word files are ZIPs of XML whose runs can split words."""
    data = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = [
                archive.read(n).decode("utf-8", "ignore") for n in archive.namelist()
            ]
        xml = "".join(parts)
        return xml + re.sub(r"<[^>]+>", "", xml)
    return data.decode("utf-8", "ignore")


def files_mentioning(needles) -> list[str]:
    roots = {Path(storages["letters"].location), Path(settings.MEDIA_ROOT)}
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                text = _texts_in_file(path)
                found += [f"{path.name}: {n}" for n in needles if n in text]
    return found


def cache_mentioning(needles) -> list[str]:
    """Everything in the (local-memory) cache, unpickled where possible."""
    found = []
    for key, value in list(cache._cache.items()):
        # Raw bytes that do not unpickle are searched as they are.
        with contextlib.suppress(Exception):
            value = pickle.loads(value)  # noqa: S301 - our own test cache
        text = (
            value.decode("utf-8", "ignore") if isinstance(value, bytes) else str(value)
        )
        found += [f"{key}: {n}" for n in needles if n in text]
    return found


def test_erasure_clears_the_feed_its_etag_the_cache_and_letter_files(client, manager):
    cache.clear()
    record = build_full_record(manager)
    journey = record.journey
    schedule(journey, manager, CourtFactory(), starts_at=datetime(2027, 3, 15, 10))
    generate_letter(manager, journey, "letter_of_authority")
    _feed, token = calendar_feed_issue(actor=manager)
    feed_url = reverse("calendar_feeds:feed", kwargs={"token": token})
    before = client.get(feed_url)
    assert before.status_code == 200
    assert SECRETS["chosen_name"] in before.content.decode()
    assert cache_mentioning(NEEDLES), "the feed was not cached: the test proves nothing"
    assert files_mentioning(NEEDLES), (
        "no letter file named her: the test proves nothing"
    )

    privacy.survivor_erase(
        actor=manager, survivor=record.survivor, confirmation=SECRETS["chosen_name"]
    )

    assert traces() == set()
    assert cache_mentioning(NEEDLES) == []
    assert files_mentioning(NEEDLES) == []
    # A client holding the old ETag must get the new body, not a 304.
    after = client.get(feed_url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert not [n for n in NEEDLES if n in after.content.decode()]
