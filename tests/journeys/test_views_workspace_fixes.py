"""Small things a new advocate tripped over: labels, ways back, and preferences."""

from datetime import date

from django.urls import reverse

from deadlines.services import breach_letter_context, limit_text, rule_rows
from journeys import services
from rules import get_pack
from tests.factories import CodeBreachFactory, CourtFactory, DeadlineFactory
from tests.journeys.workspace import schedule, walk


def test_one_working_day_is_singular_and_more_are_plural():
    pack = get_pack()
    assert limit_text(pack.time_limit("code_hearing_date_enhanced")) == (
        "1 working day"
    )
    assert limit_text(pack.time_limit("unduly_lenient_sentence")) == (
        "28 calendar days"
    )
    assert all("1 working days" not in row["amount"] for row in rule_rows(pack))


def test_the_breach_page_never_says_1_working_days(client, advocate, journey):
    breach = CodeBreachFactory(journey=journey, rule_key="code_hearing_date_enhanced")
    assert breach_letter_context(breach)["limit"] == "1 working day"
    client.force_login(advocate)
    page = client.get(reverse("deadlines:breach", args=[breach.pk]))
    assert "1 working days" not in page.content.decode()


def test_a_court_type_already_in_the_label_is_not_repeated(client, advocate, journey):
    DeadlineFactory(
        journey=journey,
        rule_key="special_measures_crown",
        court_type="crown",
    )
    client.force_login(advocate)
    page = client.get(reverse("deadlines:journey", args=[journey.pk]))
    text = page.content.decode()
    assert "(Crown Court)" in text
    assert "(Crown Court) (Crown Court)" not in text


def test_deadline_and_breach_pages_lead_back_to_the_journey(client, advocate, journey):
    breach = CodeBreachFactory(journey=journey)
    client.force_login(advocate)
    back = reverse("journeys:detail", args=[journey.pk])
    for url in (
        reverse("deadlines:journey", args=[journey.pk]),
        reverse("deadlines:breach", args=[breach.pk]),
    ):
        assert f'href="{back}"' in client.get(url).content.decode()


def test_the_stage_change_reason_reads_as_words_not_a_key(advocate, journey):
    walk(journey, advocate, [("reported", "", date(2025, 1, 12))])
    reason = journey.history.first().history_change_reason
    assert reason == "recorded: Reported to police"


def test_email_me_the_invite_returns_to_the_journey(client, advocate, journey):
    walk(journey, advocate, [("reported", "", date(2025, 1, 12))])
    hearing = schedule(journey, advocate, CourtFactory())
    client.force_login(advocate)
    page = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    back = reverse("journeys:detail", args=[journey.pk])
    assert f'name="next" value="{back}#hearing-{hearing.pk}"' in page


def test_a_rape_complainant_is_shown_with_enhanced_rights(client, advocate, journey):
    assert not journey.enhanced_rights
    client.force_login(advocate)
    page = client.get(reverse("journeys:detail", args=[journey.pk])).content.decode()
    # The pack's words, escaped like any text the page shows.
    assert "Enhanced Victims&#x27; Code rights</dt><dd>Yes" in page
    assert "(from the offence)" in page


def test_survivors_can_have_texts_that_never_mention_court(client, advocate, survivor):
    services.survivor_update(
        actor=advocate,
        survivor=survivor,
        texts_must_not_mention_court=True,
        safe_contact_notes="ISVA to be the supporter behind the screen",
    )
    client.force_login(advocate)
    page = client.get(reverse("survivors:detail", args=[survivor.pk])).content
    page = page.decode()
    assert "Texts must not mention court or the case</dt><dd>Yes" in page
    assert "ISVA to be the supporter behind the screen" in page
    survivor.refresh_from_db()
    assert survivor.history.first().safe_contact_notes.startswith("ISVA")


def test_the_hearing_form_says_the_time_is_required_with_a_date(
    client, advocate, journey
):
    client.force_login(advocate)
    page = client.get(reverse("journeys:add_hearing", args=[journey.pk]))
    assert "Required with a date." in page.content.decode()


def test_a_date_without_a_time_is_refused_with_a_clear_message(
    client, advocate, journey
):
    client.force_login(advocate)
    response = client.post(
        reverse("journeys:add_hearing", args=[journey.pk]),
        {
            "hearing_type": "trial",
            "court": CourtFactory().pk,
            "date": "2027-03-15",
        },
    )
    assert "Give the time as well as the date." in response.content.decode()
    assert not journey.hearings.exists()


def test_the_deadline_mark_form_uses_the_same_date_picker_as_other_forms(
    client, advocate, journey
):
    DeadlineFactory(journey=journey)
    client.force_login(advocate)
    page = client.get(reverse("deadlines:journey", args=[journey.pk]))
    assert "date-time-chooser" in page.content.decode()
