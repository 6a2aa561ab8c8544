"""A survivor with something identifying in every field, history and all."""

import json
from dataclasses import dataclass
from datetime import date, datetime

from django.db import connection

from core.fields import decrypt, is_encrypted
from journeys import services
from journeys.models import Journey, Survivor
from tests.factories import CourtFactory
from tests.steps import record, schedule

# Distinctive fictional strings, so a scan of the database can look for them.
SECRETS = {
    "chosen_name": "Zephyrine",
    "legal_name": "Quilla Marchbanks",
    "communication_needs": "Prefers Kestrelwick interpreter",
    "safe_contact_times": "After Pemberley shifts",
    "pronouns": "xe/xir",
    "mobile": "07700 900813",
    "email": "zeph.q@example.net",
    "contact_note": "Ask for Lorimer at the door",
    "crime_reference": "QX77ZULU",
    "oic_name": "DC Hollowmere",
    "oic_contact": "hollowmere@police.example",
    "event_details": "Happened near Ravenscar Lane",
    "hearing_outcome": "Adjourned for Thistlecombe evidence",
    "defendant_name": "Tobias Grintwhistle",
    "defendant_description": "Drives a teal Vauxwen",
    "consent_note": "Signed at Corvidale office",
}


def database_text(*, decrypted: bool = True) -> list[str]:
    """Every text value in every table (history included), decrypted unless told."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, dict | list):  # JSON columns on PostgreSQL
                        value = json.dumps(value, ensure_ascii=False)
                    if isinstance(value, str):
                        if decrypted and is_encrypted(value):
                            value = decrypt(value)
                        found.append(value)
    return found


def traces(secrets=SECRETS) -> set[str]:
    """Which of the secrets can still be found anywhere in the database."""
    text = "\n".join(database_text())
    return {key for key, value in secrets.items() if value in text}


@dataclass
class FullRecord:
    survivor: Survivor
    journey: Journey


def build_full_record(actor) -> FullRecord:
    s = SECRETS
    survivor = services.survivor_create(
        actor=actor,
        chosen_name=s["chosen_name"],
        legal_name=s["legal_name"],
        pronouns=s["pronouns"],
    )
    services.survivor_update(
        actor=actor,
        survivor=survivor,
        communication_needs=s["communication_needs"],
        safe_contact_times=s["safe_contact_times"],
    )
    services.contact_method_add(
        actor=actor,
        survivor=survivor,
        kind="mobile",
        value=s["mobile"],
        notes=s["contact_note"],
        is_preferred=True,
    )
    old = services.contact_method_add(
        actor=actor, survivor=survivor, kind="email", value=s["email"]
    )
    services.contact_method_retire(actor=actor, method=old)
    journey = services.journey_open(
        actor=actor,
        survivor=survivor,
        offence_category="rape",
        incident_date=date(2025, 1, 10),
        crime_reference=s["crime_reference"],
        oic_name=s["oic_name"],
        oic_contact=s["oic_contact"],
    )
    record(actor, journey, "reported", date(2025, 1, 12), details=s["event_details"])
    hearing = schedule(
        actor, journey, CourtFactory(), starts_at=datetime(2025, 6, 2, 10, 0)
    )
    services.hearing_record_outcome(
        actor=actor, hearing=hearing, outcome=s["hearing_outcome"]
    )
    services.defendant_add(
        actor=actor,
        journey=journey,
        name=s["defendant_name"],
        description=s["defendant_description"],
    )
    services.consent_record(
        actor=actor,
        survivor=survivor,
        journey=journey,
        scope="share_police",
        given_on=date(2025, 1, 12),
        recorded_how="signed_form",
        notes=s["consent_note"],
    )
    survivor.refresh_from_db()
    journey.refresh_from_db()
    return FullRecord(survivor=survivor, journey=journey)
