"""Shared copies carry nothing of hers: a survivor full of distinctive strings.

Every field of the survivor, her contact methods and her journey holds a string no
report would contain by chance. The partners' export (CSV and JSON) must contain
none of them, even where the advocate copied them into the report's free text.
"""

import csv
import io
import json
from datetime import date

import pytest

from intelligence import services, sharing
from intelligence.models import IntelligenceReport
from journeys import services as journey_services
from tests.factories import (
    ConsentFactory,
    IntelligenceReportFactory,
    JourneyFactory,
    SurvivorFactory,
)

pytestmark = pytest.mark.django_db

# Every string that identifies her, as stored on her record.
HER = {
    "chosen_name": "Zephyrine",
    "legal_name": "Quintessa Marlowbrook",
    "pronouns": "xe/xem-distinct",
    "preferred_language": "Kalaallisut-distinct",
    "interpreter_language": "Faroese-distinct",
    "communication_needs": "Needs-the-blue-folder-distinct",
    "safe_contact_times": "Tuesdays-after-quarter-past-distinct",
    "safe_contact_notes": "Use-the-word-lighthouse-distinct",
}
HER_CONTACTS = {
    "mobile": "07700 900987",
    "email": "zephyrine.distinct@example.org",
    "address": "14 Quillington Mews, Brackenfold BX9 4QZ",
    "messaging": "@zephy_distinct_handle",
}
HER_JOURNEY = {
    "crime_reference": "CRIMEREF-77Q-DISTINCT",
    "prosecution_reference": "99ZZ8877766",
    "court_case_number": "T2099DISTINCT",
    "oic_name": "DC Ravensworth-Distinct",
    "oic_contact": "ravensworth.distinct@police.example",
}
PROFILE_ONLY = [
    HER["pronouns"],
    HER["preferred_language"],
    HER["interpreter_language"],
    HER["communication_needs"],
    HER["safe_contact_times"],
    HER["safe_contact_notes"],
    HER_JOURNEY["oic_contact"],
]
EXACT_DAY = "2026-09-14"


@pytest.fixture
def her(advocate, organisation):
    survivor = SurvivorFactory(organisation=organisation, lead_advocate=advocate, **HER)
    for kind, value in HER_CONTACTS.items():
        journey_services.contact_method_add(
            actor=advocate, survivor=survivor, kind=kind, value=value
        )
    journey = JourneyFactory(survivor=survivor, lead_advocate=advocate, **HER_JOURNEY)
    return survivor, journey


def all_her_strings(journey) -> list[str]:
    return [
        *HER.values(),
        *HER_CONTACTS.values(),
        *HER_JOURNEY.values(),
        journey.reference,
        # Parts of her names and address on their own, and her number re-spaced.
        "Quintessa",
        "Marlowbrook",
        "Quillington Mews",
        "BX9 4QZ",
        "07700900987",
        "+44 7700 900987",
        EXACT_DAY,
        "14/09/2026",
    ]


def record(actor, survivor, journey, *, consent="anonymous", **text):
    fields = {
        "journey": journey,
        "consent": consent,
        "happened_on": date(2026, 9, 14),
        "where": "Car park behind the retail park",
        "what_happened": "He refused to pay and threatened her.",
        "description": "Heavy build, grey beard, tattoo of a swallow on his neck.",
        "vehicle_registration": "yk19 abd",
        "vehicle_description": "Black van, dent in the side door",
        "phone_numbers": "07700 900222",
        "handles": "@grey_beard_fict",
        "modus_operandi": "Asks for outdoor work, then drives elsewhere.",
    }
    fields.update(text)
    return services.intelligence_report_record(actor=actor, survivor=survivor, **fields)


def exported(user, audience=sharing.PARTNERS) -> tuple[str, str]:
    rows = sharing.copies(sharing.shared_reports(user), audience)
    return sharing.as_csv(rows, audience), sharing.as_json(rows)


def leaks(text: str, journey) -> list[str]:
    lowered = text.lower()
    return [s for s in all_her_strings(journey) if s.lower() in lowered]


def test_the_anonymous_export_contains_none_of_her_strings(advocate, her):
    survivor, journey = her
    record(advocate, survivor, journey)
    as_csv, as_json = exported(advocate)
    assert "swallow on his neck" in as_csv and "swallow on his neck" in as_json
    assert leaks(as_csv, journey) == []
    assert leaks(as_json, journey) == []


def test_her_strings_copied_into_every_free_text_field_are_removed(advocate, her):
    survivor, journey = her
    mention = (
        "Zephyrine (Quintessa Marlowbrook) was taken from 14 Quillington Mews, "
        f"BX9 4QZ; call her on 07700900987 or +44 7700 900987, "
        f"{HER_CONTACTS['email']}, {HER_CONTACTS['messaging']}; "
        f"crime ref {HER_JOURNEY['crime_reference']}, {journey.reference}, "
        f"CPS {HER_JOURNEY['prosecution_reference']}, "
        f"case {HER_JOURNEY['court_case_number']}, "
        f"{HER_JOURNEY['oic_name']}. Quintessa later said Quillington Mews."
    )
    record(
        advocate,
        survivor,
        journey,
        where=mention[:300],
        what_happened=mention,
        description=mention,
        vehicle_description=mention[:300],
        modus_operandi=mention,
        phone_numbers="07700 900222\n+44 7700 900987",
        handles=f"@grey_beard_fict\n{HER_CONTACTS['messaging']}",
    )
    as_csv, as_json = exported(advocate)
    assert leaks(as_csv, journey) == []
    assert leaks(as_json, journey) == []
    copy = json.loads(as_json)["reports"][0]
    # What is about him stays; her own number and handle leave his lists.
    assert copy["phone_numbers"] == ["07700900222"]
    assert copy["handles"] == ["grey_beard_fict"]
    assert "[removed]" in copy["what_happened"]


def test_nothing_of_her_profile_is_ever_read_into_a_copy(advocate, her):
    survivor, journey = her
    record(advocate, survivor, journey)
    for audience in sharing.AUDIENCES:
        as_csv, as_json = exported(advocate, audience)
        for text in (as_csv, as_json):
            assert [s for s in PROFILE_ONLY if s in text] == []


def test_the_date_goes_out_to_the_month_or_the_year_only(advocate, her):
    survivor, journey = her
    record(advocate, survivor, journey)
    record(advocate, survivor, journey, happened_on_precision="year")
    months = [c["month"] for c in json.loads(exported(advocate)[1])["reports"]]
    assert sorted(months) == ["2026", "2026-09"]


def test_reports_kept_within_the_service_are_never_exported(advocate, her):
    survivor, journey = her
    record(advocate, survivor, journey, consent="internal", description="Kept back")
    record(advocate, survivor, journey, consent="anonymous", description="Shared on")
    for audience in sharing.AUDIENCES:
        as_csv, as_json = exported(advocate, audience)
        assert "Kept back" not in as_csv and "Kept back" not in as_json
        assert "Shared on" in as_csv


def test_copies_refuse_an_internal_report_even_when_handed_one(advocate, her):
    survivor, journey = her
    report = record(advocate, survivor, journey, consent="internal")
    assert sharing.copies([report], sharing.PARTNERS) == []


def test_withdrawing_consent_takes_the_report_out_of_the_next_export(advocate, her):
    survivor, journey = her
    report = record(advocate, survivor, journey, description="Withdrawn later")
    services.intelligence_report_update(
        actor=advocate, report=report, consent="internal"
    )
    assert "Withdrawn later" not in exported(advocate)[1]


def test_the_police_copy_names_her_only_when_she_agreed_to_exactly_that(advocate, her):
    survivor, journey = her
    ConsentFactory(survivor=survivor, scope="share_police")
    record(advocate, survivor, journey, consent="police", description="Named copy")
    record(advocate, survivor, journey, consent="anonymous", description="Nameless")
    copies = {
        c["description"]: c
        for c in json.loads(exported(advocate, sharing.POLICE)[1])["reports"]
    }
    named, nameless = copies["Named copy"], copies["Nameless"]
    assert named["survivor_name"] == "Zephyrine"
    assert named["crime_reference"] == HER_JOURNEY["crime_reference"]
    assert named["date"] == EXACT_DAY
    assert nameless["survivor_name"] == nameless["date"] == ""
    # Her contact details never go, even to the police.
    police_csv = exported(advocate, sharing.POLICE)[0]
    assert [v for v in HER_CONTACTS.values() if v in police_csv] == []
    # The partners' copy of the "police" report is anonymous like any other.
    assert leaks(exported(advocate)[0], journey) == []


def test_the_csv_never_runs_a_formula(advocate, her):
    survivor, journey = her
    record(
        advocate,
        survivor,
        journey,
        description='=HYPERLINK("http://example.org","click")',
        where="+SUM(A1)",
    )
    rows = list(csv.reader(io.StringIO(exported(advocate)[0])))
    header, row = rows[0], rows[1]
    assert row[header.index("Description")].startswith("'=")
    assert row[header.index("Where")].startswith("'+")


def test_another_services_reports_never_reach_the_export(advocate, outsider):
    IntelligenceReportFactory(
        survivor=SurvivorFactory(organisation=outsider.membership.organisation),
        description="Elsewhere only",
    )
    assert "Elsewhere only" not in exported(advocate)[1]


def test_the_export_is_a_fixed_number_of_queries(
    advocate, her, django_assert_max_num_queries
):
    survivor, journey = her
    for _n in range(3):
        record(advocate, survivor, journey)
    for _n in range(3):
        other = SurvivorFactory(organisation=survivor.organisation)
        IntelligenceReportFactory(survivor=other)
    with django_assert_max_num_queries(6):
        rows = sharing.copies(sharing.shared_reports(advocate), sharing.PARTNERS)
    assert len(rows) == 6
    assert IntelligenceReport.objects.count() == 6


def police_copy_names(advocate) -> list[str]:
    rows = json.loads(exported(advocate, sharing.POLICE)[1])["reports"]
    return [row["survivor_name"] for row in rows]


def test_the_police_copy_leaves_her_out_without_a_consent_on_her_record(advocate, her):
    survivor, journey = her
    record(advocate, survivor, journey, consent="police")
    # Only a consent to something else, or for another of her journeys.
    ConsentFactory(survivor=survivor, scope="share_cps")
    ConsentFactory(
        survivor=survivor,
        journey=JourneyFactory(survivor=survivor),
        scope="share_police",
    )
    assert police_copy_names(advocate) == [""]


def test_a_police_consent_withdrawn_on_her_record_takes_her_name_out_at_once(
    advocate, her
):
    survivor, journey = her
    record(advocate, survivor, journey, consent="police")
    consent = ConsentFactory(survivor=survivor, journey=journey, scope="share_police")
    assert police_copy_names(advocate) == ["Zephyrine"]
    journey_services.consent_withdraw(
        actor=advocate, consent=consent, withdrawn_on=consent.given_on
    )
    assert police_copy_names(advocate) == [""]
