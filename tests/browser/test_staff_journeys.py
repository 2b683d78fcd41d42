"""Staff in a real browser: a worker shares a document that the parent then sees as new; an editor
changes a page, it goes through the plain language workflow, and the change is live.

Staff work at desks, so these journeys use a desktop-sized window; the family's side stays on a
phone.
"""

import pytest

from portal.demo.pdf import make_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"viewport": {"width": 1280, "height": 900}, "is_mobile": False, "has_touch": False}
WORKER = "worker@northbrook.example"
EDITOR = "editor@northbrook.example"
MODERATOR = "moderator@northbrook.example"
PARENT = "parent.one@family.example"


@pytest.fixture
def desk(make_context):
    """A desktop-sized window with its own cookies, for staff (the parent keeps the phone)."""
    return make_context(**DESKTOP).new_page()


def test_a_worker_shares_a_document_and_the_parent_sees_it_as_new(page, desk, demo, sign_in, shot, tmp_path):
    sign_in(desk, WORKER)
    desk.goto(f"{demo.url}/admin/cases/")
    shot(desk, "cases")
    with desk.expect_navigation():
        desk.get_by_role("link", name="The Taylor family").first.click()
    shot(desk, "workspace")
    with desk.expect_navigation():
        desk.get_by_role("link", name="Share a document").click()
    shot(desk, "share-kind")
    with desk.expect_navigation():
        desk.get_by_role("link", name="Review meeting minutes").click()

    pdf = tmp_path / "review-meeting-notes.pdf"
    pdf.write_bytes(make_pdf("Review meeting notes", ["Notes from the review meeting."]))
    assert desk.get_by_label("Title").input_value() == "Minutes of the review meeting"  # from the kind's template
    desk.get_by_label("Title").fill("Review meeting notes")
    desk.get_by_label("File").set_input_files(pdf)
    desk.get_by_label("Choose people").first.check()
    desk.get_by_label("Sam Taylor (Parent or carer)").check()
    shot(desk, "share-form")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Continue").click()
    assert desk.locator("[data-confirm-recipients] li").all_inner_texts() == ["Sam Taylor (Parent or carer)"]
    shot(desk, "share-confirm")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Share with these people").click()
    assert "has been shared with Sam Taylor" in desk.content()
    shot(desk, "shared")

    sign_in(page, PARENT)
    page.goto(demo.taylor_url)
    item = page.locator(".portal-documents__item", has_text="Review meeting notes")
    assert item.locator(".govuk-tag").inner_text() == "New"
    # The letter and the written agreement were already new; the notes make three.
    assert page.get_by_text("You have 3 new documents.").is_visible()
    shot(page, "parent-sees-it-as-new")


def test_an_editor_changes_a_page_it_goes_through_the_workflow_and_the_change_is_live(page, desk, demo, sign_in, shot):
    from cms.standard.models import StandardPage

    contact = StandardPage.objects.get(slug="contact", url_path__startswith="/northbrook/")
    page.goto(f"{demo.url}/contact/")  # a visitor reads it first: the page is in the page cache now
    assert page.get_by_role("heading", level=1).inner_text() == "Contact"

    sign_in(desk, EDITOR)
    desk.goto(f"{demo.url}/admin/pages/{contact.pk}/edit/")
    desk.locator("#id_title").fill("Contact us")
    shot(desk, "edited")
    # Editors cannot publish: they submit the page to the workflow from the footer's menu.
    desk.locator("footer").get_by_role("button", name="More actions").click()
    submit = desk.locator("button[name=action-submit]")
    assert "Plain language check" in submit.inner_text()
    with desk.expect_navigation():
        submit.click()
    # The admin page fetches more in the background; the live server shares the test's database
    # connection on SQLite, so let it finish before reading the database here.
    desk.wait_for_load_state("networkidle")
    shot(desk, "submitted")

    # Plain words pass the check, so the page goes live at once, and visitors see the change.
    contact.refresh_from_db()
    assert contact.live and contact.title == "Contact us" and not contact.has_unpublished_changes
    page.reload()
    assert page.get_by_role("heading", level=1).inner_text() == "Contact us"
    shot(page, "live")


def test_a_worker_invites_someone_who_already_has_an_account_and_they_join_on_their_phone(
    page, desk, demo, sign_in, shot, mailbox
):
    """Westmere's parent is added to a Northbrook case: the worker learns nothing about the account
    (no "Jess Brown", no refusal), and the parent joins only by accepting, on their phone."""
    import re

    sign_in(desk, WORKER)
    desk.goto(f"{demo.url}/admin/cases/")
    with desk.expect_navigation():
        desk.get_by_role("link", name="The Taylor family").first.click()
    with desk.expect_navigation():
        desk.get_by_role("link", name="Add a family member").click()
    desk.get_by_label("First name").fill("Jay")
    desk.get_by_label("Email address").fill("parent.three@family.example")
    desk.get_by_label("Role in the case").select_option("other")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Add and send the invitation").click()
    assert "Jay has been added and sent an invitation." in desk.content()
    family = desk.locator("table", has=desk.get_by_role("columnheader", name="Invited")).first
    assert "Jay" in family.inner_text() and "Brown" not in family.inner_text() and "Jess" not in family.inner_text()
    shot(desk, "worker-sees-invited")

    link = re.search(r"(/my-family/join/\S+/)", mailbox[-1].body)[1]
    sign_in(page, "parent.three@family.example")
    page.goto(demo.taylor_url)
    assert page.get_by_role("heading", level=1).inner_text() == "Page not found"  # not in the case yet
    page.goto(f"{demo.url}{link}")
    assert page.get_by_role("heading", level=1).inner_text() == "Join a family's case"
    shot(page, "join-page")
    with page.expect_navigation():
        page.get_by_role("button", name="Join the case").click()
    assert page.url == demo.taylor_url
    shot(page, "joined")


def test_a_worker_starts_the_day_on_their_home_and_finds_a_family_by_a_childs_name(desk, demo, sign_in, shot):
    sign_in(desk, WORKER)
    desk.goto(f"{demo.url}/admin/")
    questions = desk.locator("#worker-questions-section")
    assert "Ava" in questions.inner_text()  # the young person's question, still waiting
    assert "The Taylor family" in desk.locator("#worker-cases-section").inner_text()
    shot(desk, "worker-home")
    with desk.expect_navigation():
        questions.get_by_role("link", name="Read and reply").first.click()
    assert "/admin/questions/" in desk.url

    desk.goto(f"{demo.url}/admin/")  # the home's own search box, as a worker would use it
    desk.get_by_role("search").get_by_role("textbox").first.fill("Zara")
    with desk.expect_navigation():
        desk.get_by_role("search").get_by_role("textbox").first.press("Enter")
    assert "/admin/cases/" in desk.url
    listing = desk.locator("main").inner_text()
    assert "The Khan family" in listing
    assert "The Taylor family" not in listing
    shot(desk, "cases-found-by-a-childs-name")
    desk.goto(f"{demo.url}/admin/cases/?q=Noah")  # a child in Westmere's Brown family
    assert "The Brown family" not in desk.locator("main").inner_text()


def test_a_worker_adds_a_date_by_video_typed_the_way_people_write_it(desk, demo, sign_in, shot):
    sign_in(desk, WORKER)
    desk.goto(f"{demo.url}/admin/cases/?q=Zara")
    with desk.expect_navigation():
        desk.get_by_role("link", name="The Khan family").first.click()
    workspace = desk.url
    desk.goto(workspace + "dates/add/")
    desk.get_by_label("Title").fill("Family meeting")
    desk.get_by_label("Date and time").fill("14/1/2027 2.30pm")
    desk.get_by_label("By video (the family will be sent a link)").check()
    shot(desk, "date-form")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Add the date").click()
    assert desk.url == workspace
    assert "Family meeting" in desk.locator("main").inner_text()
