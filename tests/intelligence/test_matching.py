"""Reports of the same individual are found, whatever the spelling."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from intelligence.matching import (
    compare,
    keywords,
    matches_for,
    normalise_handle,
    normalise_phone,
    normalise_registration,
    similar_keywords,
)
from tests.factories import IntelligenceReportFactory, SurvivorFactory


@pytest.mark.parametrize(
    "spelling", ["ab12 cde", "AB12CDE", " ab-12-cde ", "Ab12 Cde."]
)
def test_a_registration_has_one_spelling(spelling):
    assert normalise_registration(spelling) == "AB12CDE"


@pytest.mark.parametrize(
    "spelling",
    [
        "07700 900123",
        "07700-900-123",
        "+44 7700 900123",
        "0044 7700 900123",
        "447700900123",
        "(07700) 900123",
    ],
)
def test_a_uk_phone_number_has_one_spelling(spelling):
    assert normalise_phone(spelling) == "07700900123"


@pytest.mark.parametrize(
    "spelling",
    [
        "@NightOwl",
        "nightowl",
        " NightOwl ",
        "https://www.instagram.com/nightowl/",
        "instagram.com/NightOwl",
    ],
)
def test_a_handle_has_one_spelling(spelling):
    assert normalise_handle(spelling) == "nightowl"


def test_an_email_address_stays_whole():
    assert normalise_handle("Night.Owl@Example.org") == "night.owl@example.org"


def test_descriptions_sharing_enough_meaningful_words_are_similar():
    first = keywords("Tall man, shaved head, scar on his left cheek, gold tooth.")
    second = keywords("He had a gold tooth and a scar on the cheek; head shaved.")
    assert similar_keywords(first, second)


def test_descriptions_sharing_only_common_words_are_not_similar():
    first = keywords("Short man with a beard, wearing a red jacket.")
    second = keywords("Tall man with a bald head, wearing a blue coat.")
    assert not similar_keywords(first, second)


def _report(survivor, **fields):
    defaults = {
        "description": "",
        "vehicle_registration": "",
        "vehicle_description": "",
        "phone_numbers": "",
        "handles": "",
        "modus_operandi": "",
        "happened_on": timezone.localdate() - timedelta(days=30),
    }
    defaults.update(fields)
    return IntelligenceReportFactory(survivor=survivor, **defaults)


SCAR = "Shaved head, scar on left cheek, gold front tooth, Leeds accent."


@pytest.mark.django_db
def test_a_similar_description_reported_3_times_this_year_says_so(advocate):
    survivor = SurvivorFactory(organisation=advocate.membership.organisation)
    report = _report(survivor, description=SCAR)
    _report(survivor, description="Gold tooth, a scar on his cheek, head shaved.")
    _report(survivor, description="Leeds accent, shaved head, cheek scar.")
    _report(survivor, description="Young, long hair, glasses.")
    (match,) = matches_for(report, user=advocate)
    assert (match.kind, match.times, match.elsewhere) == ("description", 3, 0)


@pytest.mark.django_db
def test_registration_phone_and_handle_match_across_spellings(advocate):
    survivor = SurvivorFactory(organisation=advocate.membership.organisation)
    report = _report(
        survivor,
        description="x",
        vehicle_registration="YK19 ABD",
        phone_numbers="07700 900333",
        handles="@greybeard",
    )
    other = _report(
        survivor,
        description="y",
        vehicle_registration="yk19abd",
        phone_numbers="+44 7700 900333",
        handles="instagram.com/GreyBeard",
    )
    found = {m.kind: m for m in matches_for(report, user=advocate)}
    assert set(found) == {"registration", "phone", "handle"}
    assert found["phone"].own == [other]


@pytest.mark.django_db
def test_reports_older_than_a_year_are_not_counted(advocate):
    survivor = SurvivorFactory(organisation=advocate.membership.organisation)
    report = _report(survivor, vehicle_registration="AB12CDE")
    _report(
        survivor,
        vehicle_registration="AB12CDE",
        happened_on=timezone.localdate() - timedelta(days=400),
    )
    assert matches_for(report, user=advocate) == []


@pytest.mark.django_db
def test_another_services_shared_reports_count_but_are_never_listed(advocate, outsider):
    survivor = SurvivorFactory(organisation=advocate.membership.organisation)
    report = _report(survivor, vehicle_registration="AB12CDE")
    elsewhere = SurvivorFactory(organisation=outsider.membership.organisation)
    _report(elsewhere, vehicle_registration="ab12 cde", consent="anonymous")
    _report(elsewhere, vehicle_registration="AB12 CDE", consent="police")
    # Kept within the other service: never counted here.
    _report(elsewhere, vehicle_registration="AB12CDE", consent="internal")
    (match,) = matches_for(report, user=advocate)
    assert (match.own, match.elsewhere, match.times) == ([], 2, 3)


@pytest.mark.django_db
def test_a_report_never_matches_itself():
    survivor = SurvivorFactory()
    report = _report(survivor, vehicle_registration="AB12CDE")
    other = _report(survivor, vehicle_registration="AB12CDE")
    assert [m.own for m in compare(report, [report, other])] == [[other]]


@pytest.mark.django_db
def test_an_undated_report_counts_from_when_it_was_recorded(advocate):
    survivor = SurvivorFactory(organisation=advocate.membership.organisation)
    report = _report(survivor, vehicle_registration="AB12CDE")
    _report(survivor, vehicle_registration="AB12CDE", happened_on=None)
    (match,) = matches_for(report, user=advocate, today=date.today())
    assert match.times == 2
