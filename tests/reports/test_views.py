"""The board report in the admin: who may see it, the page, print view and downloads."""

import csv
import io
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape
from openpyxl import load_workbook

from reports import errors
from reports.forms import ReportPeriodForm

pytestmark = pytest.mark.django_db

Q1_2025 = {"period": "custom", "start": "2025-01-01", "end": "2025-03-31"}
INDEX = reverse("reports:index")
PRINT = reverse("reports:print")


def download(name, fmt):
    return reverse("reports:download", args=[name, fmt])


@pytest.fixture
def manager_client(client, world):
    client.force_login(world.manager)
    return client


def test_a_manager_sees_the_report_with_charts_beside_accessible_tables(
    manager_client, world
):
    response = manager_client.get(INDEX, Q1_2025)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{world.organisation.name}: figures for 1 January 2025 to 31 March" in html
    report = response.context["report"]
    for table in report.tables:
        assert f"<caption>{table.title}</caption>" in html
        assert f'aria-labelledby="chart-{table.key}-title"' in html
        assert f'href="{download(table.key, "csv")}?' in html
    assert '<th scope="col">' in html and '<th scope="row">' in html
    assert "fewer than 5" in html
    # No script or third-party requests for the charts.
    assert "<svg" in html and "https://cdn" not in html


def test_an_advocate_is_refused(client, world):
    client.force_login(world.advocate)
    response = client.get(INDEX, Q1_2025)
    assert response.status_code == 403
    assert escape(str(errors.MANAGERS_ONLY)) in response.content.decode()
    assert client.get(download("funnel", "csv"), Q1_2025).status_code == 403
    assert client.get(PRINT, Q1_2025).status_code == 403


def test_a_manager_whose_membership_ended_is_refused(client, world):
    membership = world.manager.membership
    membership.is_active = False
    membership.save()
    client.force_login(world.manager)
    try:
        assert client.get(INDEX, Q1_2025).status_code == 403
    finally:
        membership.is_active = True
        membership.save()


def test_someone_signed_out_is_sent_to_sign_in(client, world):
    response = client.get(INDEX)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_another_services_manager_sees_only_their_own_figures(client, world):
    client.force_login(world.other_manager)
    response = client.get(INDEX, Q1_2025)
    assert response.status_code == 200
    html = response.content.decode()
    assert world.organisation.name not in html
    report = response.context["report"]
    assert report.organisation == world.other_manager.membership.organisation
    rows = report.table("caseload").rows
    assert [c.text for c in rows[0].cells] == ["fewer than 5"]


def test_the_menu_item_is_shown_to_managers_only(client, world):
    client.force_login(world.manager)
    assert INDEX in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(world.advocate)
    assert INDEX not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_table_downloads_as_csv(manager_client):
    response = manager_client.get(download("funnel", "csv"), Q1_2025)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    name = response["Content-Disposition"]
    assert name.endswith('-funnel-2025-Q1.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows == [
        ["Step", "Journeys", "Share of those reported (%)"],
        ["Reported to police", "6", "100"],
        ["Charged", "5", "83.3"],
        ["Trial started", "fewer than 5", "not shown"],
        ["Verdict reached", "0", "0"],
    ]


def test_a_table_downloads_as_xlsx(manager_client):
    response = manager_client.get(download("trial_moves", "xlsx"), Q1_2025)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][0] == (
        "Trials listed in the period, by how many times they were moved"
    )
    assert values[3:8] == [
        ["Times moved", "Trials", "Share (%)"],
        ["Not moved", 6, 60],
        ["Moved once", "fewer than 5", "not shown"],
        ["Moved 2 or 3 times", "fewer than 5", "not shown"],
        ["Moved 4 or more times", "fewer than 5", "not shown"],
    ]


def test_every_table_downloads_as_one_workbook(manager_client):
    page = manager_client.get(INDEX, Q1_2025)
    response = manager_client.get(download("all", "xlsx"), Q1_2025)
    workbook = load_workbook(io.BytesIO(response.content))
    titles = [ws["A1"].value for ws in workbook.worksheets]
    assert titles == [t.title for t in page.context["report"].tables]
    assert len(set(workbook.sheetnames)) == len(titles)


def test_unknown_tables_and_formats_are_not_found(manager_client):
    assert manager_client.get(download("nope", "csv"), Q1_2025).status_code == 404
    assert manager_client.get(download("funnel", "pdf"), Q1_2025).status_code == 404
    assert manager_client.get(download("all", "csv"), Q1_2025).status_code == 404


def test_a_bad_period_shows_why_and_no_figures(manager_client):
    bad = {**Q1_2025, "start": "2025-04-01"}
    response = manager_client.get(INDEX, bad)
    assert response.status_code == 200
    assert response.context["report"] is None
    assert str(errors.PERIOD_ENDS_BEFORE_START) in response.content.decode()
    assert manager_client.get(download("funnel", "csv"), bad).status_code == 400


def test_the_printable_view_has_the_tables_and_a_print_stylesheet(manager_client):
    response = manager_client.get(PRINT, Q1_2025)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<caption>Journeys in the period</caption>" in html
    assert "reports/reports.css" in html
    assert "sidebar" not in html


def test_the_page_is_a_fixed_number_of_queries_whatever_the_caseload(client, world):
    # The other service's caseload is small; the manager's is the full world.
    counts = []
    for user in (world.other_manager, world.manager):
        client.force_login(user)
        client.get(INDEX, Q1_2025)  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get(INDEX, Q1_2025).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1] <= 27


# The period picker -------------------------------------------------------------
def test_the_picker_offers_the_last_eight_quarters_and_custom_dates():
    form = ReportPeriodForm(today=date(2025, 5, 2))
    choices = form.fields["period"].choices
    assert choices[0] == ("2025-Q2", "April to June 2025")
    assert choices[7] == ("2023-Q3", "July to September 2023")
    assert choices[-1][0] == "custom"
    # Unbound: the last complete quarter.
    assert form.chosen_period.key == "2025-Q1"


def test_a_quarter_can_be_chosen():
    form = ReportPeriodForm({"period": "2024-Q4"}, today=date(2025, 5, 2))
    assert form.is_valid()
    assert (form.chosen_period.start, form.chosen_period.end) == (
        date(2024, 10, 1),
        date(2024, 12, 31),
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"period": "custom"}, errors.CUSTOM_PERIOD_NEEDS_DATES),
        (
            {"period": "custom", "start": "2025-03-01", "end": "2025-02-01"},
            errors.PERIOD_ENDS_BEFORE_START,
        ),
        (
            {"period": "custom", "start": "2025-06-01", "end": "2025-07-01"},
            errors.PERIOD_STARTS_IN_FUTURE,
        ),
        (
            {"period": "custom", "start": "2005-01-01", "end": "2025-01-01"},
            errors.PERIOD_TOO_LONG % {"years": 10},
        ),
    ],
)
def test_a_custom_period_must_make_sense(data, message):
    form = ReportPeriodForm(data, today=date(2025, 5, 2))
    assert not form.is_valid()
    assert str(message) in str(form.errors)
