"""Letter pages: generate, download and settings – never across services."""

import pytest
from django.urls import reverse

from documents import services
from documents.models import GeneratedLetter, LetterTemplate
from tests.documents.conftest import create_url, docx_text, sm_post
from tests.factories import UserFactory
from tests.steps import generate_letter

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_the_journey_letters_page_lists_letters_and_the_letters_to_write(
    client, advocate, ready_journey, letter
):
    client.force_login(advocate)
    response = client.get(reverse("documents:journey_letters", args=[ready_journey.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert reverse("documents:letter_download", args=[letter.pk]) in content
    assert create_url(ready_journey, "special_measures") in content


def test_another_services_journey_is_404_on_every_letter_page(
    client, outsider, ready_journey, letter
):
    client.force_login(outsider)
    for url in (
        reverse("documents:journey_letters", args=[ready_journey.pk]),
        create_url(ready_journey, "special_measures"),
        reverse("documents:letter_download", args=[letter.pk]),
    ):
        assert client.get(url).status_code == 404
    response = client.post(create_url(ready_journey, "special_measures"), sm_post())
    assert response.status_code == 404
    assert GeneratedLetter.objects.count() == 1


def test_the_form_reports_missing_data_before_generating(client, advocate, journey):
    client.force_login(advocate)
    response = client.get(create_url(journey, "pre_trial_visit"))
    content = response.content.decode()
    assert "This letter is missing some details" in content
    assert "CPS URN" in content and "next hearing date" in content


def test_generating_with_missing_data_needs_confirmation(client, advocate, journey):
    client.force_login(advocate)
    response = client.post(
        create_url(journey, "special_measures"), sm_post(), follow=False
    )
    assert response.status_code == 200
    assert "This letter is missing some details" in response.content.decode()
    assert not GeneratedLetter.objects.exists()
    response = client.post(
        create_url(journey, "special_measures"), sm_post(confirm_blanks="on")
    )
    assert response.status_code == 302
    letter = GeneratedLetter.objects.get()
    assert "CPS URN" in letter.blanks


def test_a_complete_special_measures_letter_is_generated_and_downloadable(
    client, advocate, ready_journey, letter_now
):
    client.force_login(advocate)
    response = client.post(create_url(ready_journey, "special_measures"), sm_post())
    assert response.status_code == 302
    letter = GeneratedLetter.objects.get()
    assert letter.special_measures_request.measures.get().reason == (
        "I can't see him & <not> {survivor_name}."
    )
    download = client.get(reverse("documents:letter_download", args=[letter.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == DOCX
    assert (
        'filename="special-measures-2027-03-01.docx"' in download["Content-Disposition"]
    )
    assert "no-store" in download["Cache-Control"]
    assert b"".join(download.streaming_content).startswith(b"PK")


def test_a_chosen_measure_needs_the_survivors_reasons(client, advocate, ready_journey):
    client.force_login(advocate)
    response = client.post(
        create_url(ready_journey, "special_measures"), sm_post(reason_screens="")
    )
    assert response.status_code == 200
    name = ready_journey.survivor.name_for_letters
    assert f"Write {name}&#x27;s reasons for Screens" in response.content.decode()
    assert not GeneratedLetter.objects.exists()


def test_an_advocate_limited_to_their_caseload_cannot_download_a_colleagues_letter(
    client, organisation, ready_journey, letter
):
    organisation.advocates_see_own_caseload_only = True
    organisation.save()
    colleague = UserFactory(membership__organisation=organisation)
    client.force_login(colleague)
    url = reverse("documents:letter_download", args=[letter.pk])
    assert client.get(url).status_code == 404


def test_an_unknown_letter_type_is_404(client, advocate, ready_journey):
    client.force_login(advocate)
    assert client.get(create_url(ready_journey, "ransom_note")).status_code == 404


def test_recording_decisions_from_the_page(client, advocate, ready_journey, plan):
    letter = generate_letter(advocate, ready_journey, "special_measures", plan=plan)
    request = letter.special_measures_request
    client.force_login(advocate)
    url = reverse("documents:special_measures_decision", args=[request.pk])
    response = client.post(
        url,
        {
            "decision_screens": "granted",
            "decision_live_link": "refused",
            "decision_pre_recorded_cross_examination": "awaiting",
            "court_decided_on": "2027-03-20",
        },
    )
    assert response.status_code == 302
    assert request.measures.get(measure="screens").decision == "granted"


def test_settings_are_for_managers_only(client, advocate, manager):
    client.force_login(advocate)
    # Wagtail turns a refusal into a redirect to the dashboard with a message.
    for name in ("documents:settings", "documents:figures"):
        response = client.get(reverse(name))
        assert response.status_code in (302, 403)
        assert response.get("Location", "/admin/") == "/admin/"
    client.force_login(manager)
    assert client.get(reverse("documents:settings")).status_code == 200
    assert client.get(reverse("documents:figures")).status_code == 200


def test_a_manager_is_told_clearly_about_an_unknown_placeholder(client, manager):
    client.force_login(manager)
    url = reverse("documents:template_edit", args=["special_measures"])
    page = client.get(url)
    assert "{survivor_name}" in page.content.decode()
    response = client.post(
        url,
        {
            "recipient": "{addressees}",
            "salutation": "Dear {officer}",
            "subject": "Request",
            "opening": "Hello",
            "closing": "Bye",
        },
    )
    assert response.status_code == 200
    assert "{officer} is not a placeholder this letter can fill" in (
        response.content.decode()
    )
    assert not LetterTemplate.objects.exists()
    response = client.post(
        url,
        {
            "recipient": "{addressees}",
            "salutation": "Dear {oic_name}",
            "subject": "Request",
            "opening": "Hello",
            "closing": "Bye",
        },
    )
    assert response.status_code == 302
    assert LetterTemplate.objects.get().salutation == "Dear {oic_name}"


def test_manager_menu_items_are_hidden_from_advocates(client, advocate, manager):
    client.force_login(advocate)
    assert reverse("documents:settings") not in client.get("/admin/").content.decode()
    client.force_login(manager)
    assert reverse("documents:settings") in client.get("/admin/").content.decode()


def test_preview_shows_every_sentence_of_the_letter_and_saves_nothing(
    client, advocate, ready_journey
):
    client.force_login(advocate)
    response = client.post(
        create_url(ready_journey, "unduly_lenient"),
        {
            "letter_date": "2027-03-01",
            "sentence_type": "community",
            "sentence_length": "12 months",
            "reasons": "It felt like nothing.",
            "preview": "1",
        },
    )
    assert response.status_code == 200
    lines = response.context["preview_lines"]
    assert any("Community order, 12 months" in line for line in lines)
    assert any("“It felt like nothing.”" in line for line in lines)
    assert "What the letter will say" in response.content.decode()
    assert not GeneratedLetter.objects.exists()


def test_the_letters_page_shows_a_variation_beside_the_request_it_varies(
    client, advocate, ready_journey, plan
):
    first = generate_letter(
        advocate, ready_journey, "special_measures", plan=plan
    ).special_measures_request
    client.force_login(advocate)
    response = client.post(
        create_url(ready_journey, "special_measures"),
        sm_post(varies=str(first.pk), letter_date="2027-03-05"),
    )
    assert response.status_code == 302
    page = client.get(reverse("documents:journey_letters", args=[ready_journey.pk]))
    content = page.content.decode()
    assert "Varies the request sent 1 March 2027" in content
    assert f"#sm-request-{first.pk}" in content
    assert GeneratedLetter.objects.count() == 2


def _uls_post(**extra):
    return {
        "letter_date": "2027-03-01",
        "sentence_type": "community",
        "sentence_length": "12 months",
        "reasons": "It felt like nothing.",
        **extra,
    }


def test_the_advocate_rewords_a_paragraph_in_the_preview_and_the_letter_carries_it(
    client, advocate, ready_journey
):
    client.force_login(advocate)
    url = create_url(ready_journey, "unduly_lenient")
    preview = client.post(url, _uls_post(preview="1"))
    editable = preview.context["editable"]
    number, text, key = editable[0]
    assert text.startswith("I am the Independent Sexual Violence Adviser")
    reworded = "I support the victim in this case and write with their consent."
    response = client.post(
        url,
        _uls_post(
            confirm_blanks="on",
            **{f"edit_{number}": reworded, f"edit_key_{number}": key},
        ),
    )
    assert response.status_code == 302
    letter = GeneratedLetter.objects.get()
    text = docx_text(services.letter_read(letter=letter))
    assert reworded in text
    assert "I am the Independent Sexual Violence Adviser" not in text


def test_an_edit_of_a_paragraph_that_has_since_changed_is_refused_and_nothing_saved(
    client, advocate, ready_journey
):
    client.force_login(advocate)
    url = create_url(ready_journey, "unduly_lenient")
    response = client.post(
        url,
        _uls_post(confirm_blanks="on", edit_1="Something else.", edit_key_1="0" * 16),
    )
    assert response.status_code == 200
    assert "no longer fits" in " ".join(response.context["form"].non_field_errors())
    assert not GeneratedLetter.objects.exists()


def test_an_over_long_reworded_paragraph_is_refused_with_a_message(
    client, advocate, ready_journey
):
    client.force_login(advocate)
    response = client.post(
        create_url(ready_journey, "unduly_lenient"),
        _uls_post(edit_1="x" * 2001, edit_key_1="0" * 16),
    )
    assert response.status_code == 200
    assert "2001 characters" in " ".join(response.context["form"].non_field_errors())
    assert not GeneratedLetter.objects.exists()


def test_the_letters_page_leads_back_to_its_journey(client, advocate, ready_journey):
    client.force_login(advocate)
    page = client.get(
        reverse("documents:journey_letters", args=[ready_journey.pk])
    ).content.decode()
    assert reverse("journeys:detail", args=[ready_journey.pk]) in page
    assert f"W-{ready_journey.pk}" in page
