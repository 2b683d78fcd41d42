"""Pre-proceedings data in a real browser (#17), at 1280×800: a worker records a child's period where
the case already knows some dates, and the LA admin sees the council's census readiness and makes
an evaluation extract. Screenshots are kept for people to look at."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"viewport": {"width": 1280, "height": 800}, "is_mobile": False, "has_touch": False}


@pytest.fixture
def desk(make_context):
    return make_context(**DESKTOP).new_page()


def test_a_worker_records_a_childs_period_confirming_the_dates_the_case_knows(desk, demo, sign_in, shot):
    sign_in(desk, "worker@northbrook.example")
    desk.goto(f"{demo.url}/admin/cases/?q=Kowalski")
    with desk.expect_navigation():
        desk.get_by_role("link", name="The Kowalski family").first.click()
    workspace = desk.url
    with desk.expect_navigation():
        desk.get_by_role("link", name="Add a child").click()
    desk.get_by_label("First name").fill("Zofia")
    desk.get_by_label("Council's child identifier").fill("NB-CHILD-0110")
    desk.get_by_label("Month of birth").select_option("3")
    desk.get_by_label("Year of birth").fill("2019")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Add the child").click()
    assert desk.url == workspace
    section = desk.locator("section", has=desk.locator("#children-heading"))
    assert "Zofia" in section.inner_text()
    with desk.expect_navigation():
        section.get_by_role("link", name="Add a period").first.click()
    desk.get_by_label("Decision to start pre-proceedings").fill("2/11/2026")
    desk.get_by_label("Letter before proceedings sent").fill("1/11/2026")  # before the decision
    shot(desk, "period-form")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Save the period").click()
    page = desk.locator("main").inner_text()
    assert "The letter cannot be sent before the decision to start pre-proceedings." in page
    shot(desk, "period-refused")
    desk.get_by_label("Letter before proceedings sent").fill("4/11/2026")
    desk.get_by_label("Yes, offered in the letter").check()
    with desk.expect_navigation():
        desk.get_by_role("button", name="Save the period").click()
    assert desk.url == workspace
    shot(desk, "workspace-with-child")


def test_the_la_admin_sees_census_readiness_and_makes_an_evaluation_extract(desk, demo, sign_in, shot):
    sign_in(desk, "admin@northbrook.example")
    desk.goto(f"{demo.url}/admin/preproceedings/census/?year=2026")
    main = desk.locator("main").inner_text()
    assert "Synthetic family" not in main  # child records are named by first name and identifier only
    shot(desk, "census-readiness")
    desk.goto(f"{demo.url}/admin/evaluation/")
    shot(desk, "evaluation-projects")
    with desk.expect_navigation():
        desk.get_by_role("link", name="Start an evaluation project").click()
    desk.get_by_label("Name of the evaluation").fill("Trailblazer evaluation 2026")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Start the project").click()
    with desk.expect_navigation():
        desk.get_by_role("link", name="Trailblazer evaluation 2026").click()
    shot(desk, "evaluation-extract")
    with desk.expect_download() as download:
        desk.get_by_role("button", name="Download the extract").click()
    assert download.value.suggested_filename.endswith(".zip")


def test_the_data_role_sees_the_councils_figures_as_charts_and_tables(desk, demo, sign_in, shot):
    sign_in(desk, "data@northbrook.example")
    desk.goto(f"{demo.url}/admin/")
    menu = desk.locator("nav").inner_text()
    assert "Pre-proceedings figures" in menu and "Cases" not in menu and "Census return" not in menu
    desk.goto(f"{demo.url}/admin/preproceedings/insight/")
    main = desk.locator("main")
    started = main.locator("table", has=desk.locator("caption", has_text="Periods started per month"))
    # Two years of synthetic history: the last 12 months have periods started.
    counts = [int(cell) for cell in started.locator("tbody td").all_inner_texts()]
    assert len(counts) == 12 and sum(counts) > 0
    assert main.locator("svg[role=img]").count() == main.locator("table").count() == 11
    shot(desk, "council-figures")
    main.locator("#measure-outcomes").scroll_into_view_if_needed()
    shot(desk, "council-figures-outcomes")
    desk.get_by_label("From (year and month)").fill("2027-05")
    desk.get_by_label("To (year and month)").fill("2027-01")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Show these months").click()
    assert "The first month must not be after the last." in main.inner_text()
    with desk.expect_download() as download:
        desk.get_by_role("link", name="Download “Periods started per month” (CSV)").click()
    assert download.value.suggested_filename.startswith("northbrook-periods_started-")


def test_the_area_sees_councils_side_by_side_with_small_numbers_hidden(desk, demo, sign_in, shot):
    sign_in(desk, "area@familyjustice.example")
    desk.goto(f"{demo.url}/admin/preproceedings/area/")
    main = desk.locator("main")
    table = main.locator("table", has=desk.locator("caption", has_text="Outcomes: diverted from court"))
    headers = table.locator("thead th").all_inner_texts()
    assert headers == ["Northbrook Council (demo)", "Westmere Council (demo)", "Area"]
    cells = table.locator("tbody td").all_inner_texts()
    # About 100 periods a year in each council: monthly counts are small, and hidden.
    assert "c" in cells
    assert not {cell for cell in cells if cell.isdigit() and 1 <= int(cell) <= 5}
    text = main.inner_text()
    assert "Synthetic family" not in text and "Taylor" not in text
    shot(desk, "area-figures")
    table.scroll_into_view_if_needed()
    shot(desk, "area-figures-outcomes")
