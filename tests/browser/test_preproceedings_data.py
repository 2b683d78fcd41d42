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
