"""The worker's day in a real browser (#16): the home with every panel filled from the demo data, a
preview of the family area as the young person, resending an invitation and removing access, and
the five commonest tasks done with the number of steps the README states.

A step is one thing the worker does: a click, a field typed in, a choice made, a file chosen. Steps
start on the case page (or, to answer a question, on the home page), where the worker already is.
"""

import re
from pathlib import Path

import pytest

from portal.demo.pdf import make_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"viewport": {"width": 1280, "height": 900}, "is_mobile": False, "has_touch": False}
WORKER = "worker@northbrook.example"
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def desk(make_context):
    return make_context(**DESKTOP).new_page()


class Steps:
    """Does what a worker does on a page, counting each step."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def click(self, locator, navigates=True):
        self.count += 1
        if navigates:
            with self.page.expect_navigation():
                locator.click()
        else:
            locator.click()

    def fill(self, locator, text):
        self.count += 1
        locator.fill(text)

    def choose(self, locator):
        self.count += 1
        locator.check()

    def select(self, locator, value):
        self.count += 1
        locator.select_option(value)

    def file(self, locator, path):
        self.count += 1
        locator.set_input_files(path)


def stated_steps():
    """{task: steps now} from the README's table of the five commonest tasks."""
    section = README.read_text().split("### The five commonest tasks", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| ([^|]+?) \| (\d+) \| (\d+) \|", section, re.M)
    return {task: int(now) for task, _before, now in rows}


def open_case(desk, demo, family):
    desk.goto(f"{demo.url}/admin/cases/?q={family.split()[1]}")
    with desk.expect_navigation():
        desk.get_by_role("link", name=family).first.click()
    return desk.url


def test_the_home_shows_every_panel_filled_from_the_demo_caseload(desk, demo, sign_in, shot):
    sign_in(desk, WORKER)
    desk.goto(f"{demo.url}/admin/")
    panels = {
        "worker-questions": "Read and reply",
        "worker-dates": "Review meeting",
        "worker-unopened": "Chris Taylor",
        "worker-timescales": "Past its planned end",
        "worker-cases": "The Taylor family",
    }
    for panel, expected in panels.items():
        text = desk.locator(f"#{panel}-section").inner_text()
        assert expected in text, f"{panel}: {text}"
    assert "No review meeting booked" in desk.locator("#worker-timescales-section").inner_text()
    shot(desk, "worker-home")
    with desk.expect_navigation():
        desk.locator("#worker-timescales-section").get_by_role("link", name="The Dixon family").click()
    assert "Past its planned end" in desk.locator("main").inner_text()
    shot(desk, "case-past-its-timescale")


def test_the_la_admin_sees_each_workers_load_and_no_case(desk, demo, sign_in, shot):
    sign_in(desk, "admin@northbrook.example")
    desk.goto(f"{demo.url}/admin/")
    panel = desk.locator("#council-workload-section").inner_text()
    assert "Fran Okafor" in panel
    assert "Taylor" not in desk.locator("main").inner_text()
    shot(desk, "la-admin-home")


def test_the_preview_as_the_young_person_shows_only_her_documents_and_contacts(desk, demo, sign_in, shot):
    sign_in(desk, WORKER)
    open_case(desk, demo, "The Taylor family")
    family = desk.locator("table", has=desk.get_by_role("columnheader", name="Invited")).first
    row = family.locator("tr", has_text="Ava")
    with desk.expect_navigation():
        row.get_by_role("link", name="Preview what they see").click()
    assert "This is what Ava Taylor (Young person) sees" in desk.content()
    page = desk.locator("main").inner_text()
    assert "What is happening: a letter for Ava" in page
    assert "Letter before proceedings" not in desk.locator("#documents ~ *").first.inner_text()
    assert "Priya Shah" not in page and "Daniel Hughes" not in page  # the parents' own solicitors
    shot(desk, "preview-as-ava")
    # Read only: the page under the banner cannot be clicked.
    assert desk.locator(".portal-preview").get_attribute("inert") is not None
    with desk.expect_navigation():
        desk.get_by_role("link", name="Back to the case").click()
    assert "/admin/cases/" in desk.url


def test_a_worker_resends_an_invitation_and_removes_someones_access(desk, demo, sign_in, shot, mailbox):
    sign_in(desk, WORKER)
    workspace = open_case(desk, demo, "The Taylor family")
    family = desk.locator("table", has=desk.get_by_role("columnheader", name="Invited")).first
    with desk.expect_navigation():
        family.locator("tr", has_text="Chris Taylor").get_by_role("link", name="Resend invitation").click()
    shot(desk, "resend")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Send the invitation again").click()
    assert "The invitation has been sent to Chris Taylor again." in desk.content()
    assert mailbox and mailbox[-1].to == ["chris.taylor@family.example"]

    family = desk.locator("table", has=desk.get_by_role("columnheader", name="Invited")).first
    with desk.expect_navigation():
        family.locator("tr", has_text="Chris Taylor").get_by_role("link", name="Remove access").click()
    confirm = desk.locator("main").inner_text()
    assert "Letter before proceedings" in confirm and "Daniel Hughes" in confirm
    shot(desk, "remove-confirm")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Remove their access").click()
    assert desk.url == workspace
    assert "Chris Taylor can no longer open this case." in desk.content()
    family = desk.locator("table", has=desk.get_by_role("columnheader", name="Invited")).first
    assert "Chris Taylor" not in family.inner_text()


def test_the_five_commonest_tasks_take_the_steps_the_readme_states(desk, demo, sign_in, shot, tmp_path):
    stated = stated_steps()
    assert set(stated) == {
        "Share a document",
        "Add a date",
        "Change the stage",
        "Answer a question",
        "Invite a person",
    }
    sign_in(desk, WORKER)
    measured = {}

    # Share a document with both parents, from its cover note, through the confirm step.
    workspace = open_case(desk, demo, "The Taylor family")
    steps = Steps(desk)
    steps.click(desk.get_by_role("link", name="Review meeting minutes"))
    pdf = tmp_path / "review-minutes.pdf"
    pdf.write_bytes(make_pdf("Review meeting minutes", ["What we said at the review."]))
    steps.file(desk.get_by_label("File"), pdf)
    steps.choose(desk.get_by_label("Parents and carers only"))
    steps.click(desk.get_by_role("button", name="Continue"))
    who = desk.locator("[data-confirm-recipients] li").all_inner_texts()
    assert sorted(who) == ["Chris Taylor (Parent or carer)", "Sam Taylor (Parent or carer)"]
    shot(desk, "share-confirm")
    steps.click(desk.get_by_role("button", name="Share with these people"))
    assert "has been shared with" in desk.content() and desk.url == workspace
    measured["Share a document"] = steps.count

    steps = Steps(desk)
    steps.click(desk.get_by_role("link", name="Add a key date"))
    steps.fill(desk.get_by_label("Title"), "Family time")
    steps.fill(desk.get_by_label("Date and time"), "14/1/2027 10am")
    steps.fill(desk.get_by_role("textbox", name="Place"), "Northbrook Family Centre")
    steps.click(desk.get_by_role("button", name="Add the date"))
    assert desk.url == workspace and "Family time" in desk.locator("main").inner_text()
    measured["Add a date"] = steps.count

    steps = Steps(desk)
    steps.click(desk.get_by_role("link", name="Change the stage").first)
    steps.select(desk.get_by_label("New stage"), "assessments")
    steps.fill(desk.get_by_label("What should the family know about this change?"), "The assessments start now.")
    steps.click(desk.get_by_role("button", name="Change the stage"))
    assert desk.url == workspace
    measured["Change the stage"] = steps.count

    steps = Steps(desk)
    steps.click(desk.get_by_role("link", name="Add a family member"))
    steps.fill(desk.get_by_label("First name"), "Leo")
    steps.fill(desk.get_by_label("Email address"), "leo.taylor@family.example")
    steps.select(desk.get_by_label("Role in the case"), "young_person")
    steps.click(desk.get_by_role("button", name="Add and send the invitation"))
    assert "Leo has been added and sent an invitation." in desk.content()
    measured["Invite a person"] = steps.count

    desk.goto(f"{demo.url}/admin/")
    steps = Steps(desk)
    steps.click(desk.locator("#worker-questions-section").get_by_role("link", name="Read and reply").first)
    steps.fill(desk.get_by_label("Your reply"), "Yes, your nan can come to the meeting.")
    steps.click(desk.get_by_role("button", name="Send reply"))
    measured["Answer a question"] = steps.count

    assert measured == stated
