"""Family members in a real browser: signing in (password, emailed code), the case page, documents."""

import re

import pytest

from portal.audit.models import AccessLogEntry
from portal.documents.models import DocumentRecipient

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PARENT = "parent.one@family.example"
YOUNG_PERSON = "young.person@family.example"


def open_family_area(page):
    """Tap "Menu" (the service navigation is folded away on a phone), then "Your family's area"."""
    link = page.get_by_role("link", name="Your family's area")
    if not link.is_visible():
        page.get_by_role("button", name="Menu").click()
    with page.expect_navigation():
        link.click()


def test_a_parent_signs_in_sees_the_stage_and_timeline_and_downloads_a_document(page, demo, sign_in, shot):
    sign_in(page, PARENT)
    shot(page, "signed-in")
    open_family_area(page)
    assert page.url == demo.taylor_url
    assert page.get_by_role("heading", level=1).inner_text() == "Where things are now"
    stage = page.locator("#stage")
    assert re.search(r"Step \d+ of \d+", stage.inner_text())
    assert stage.get_by_role("heading", name="Assessments").is_visible()
    timeline = page.locator(".moj-timeline__item")
    assert timeline.count() >= 3
    assert "Pre-proceedings meeting" in page.locator(".moj-timeline").inner_text()
    shot(page, "case-page")

    letter = page.locator(".portal-documents__item", has_text="Letter before proceedings")
    assert letter.locator(".govuk-tag").inner_text() == "New"
    with page.expect_navigation():
        letter.get_by_role("link", name="Letter before proceedings").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Letter before proceedings"
    shot(page, "document-page")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the document").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    assert AccessLogEntry.objects.filter(actor__email=PARENT, action="document_download").exists()
    receipt = DocumentRecipient.objects.get(
        participant__user__email=PARENT, document__title="Letter before proceedings"
    )
    assert receipt.first_opened_at is not None

    with page.expect_navigation():
        page.get_by_role("link", name="Back to your family's area").click()
    letter = page.locator(".portal-documents__item", has_text="Letter before proceedings")
    assert letter.locator(".govuk-tag").inner_text() == "Opened"
    shot(page, "after-download")


def test_a_parent_signs_in_with_a_code_sent_by_email(page, demo, mailbox, shot):
    page.goto(f"{demo.url}/accounts/login/")
    with page.expect_navigation():
        page.get_by_role("button", name="Send me a sign-in code").click()
    shot(page, "ask-for-a-code")
    page.get_by_label("Email").fill(PARENT)
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("code", re.I)).click()
    shot(page, "enter-the-code")

    assert len(mailbox) == 1
    assert mailbox[0].to == [PARENT]
    # Six digits, on a line of their own; the page says where they went and for how long.
    code = re.search(r"^\s*(\d{6})\s*$", mailbox[0].body, re.MULTILINE).group(1)
    assert page.get_by_text(f"We sent a 6-digit code to {PARENT}.").is_visible()
    page.get_by_label("Sign-in code").fill(code)
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in", exact=True).click()
    # Straight into their family's area (one case: its page), not the public home page.
    page.wait_for_url(demo.taylor_url)
    assert page.get_by_role("heading", name="Where things are now").is_visible()
    shot(page, "signed-in-with-a-code")


def test_a_young_person_sees_their_own_view(page, demo, sign_in, shot):
    sign_in(page, YOUNG_PERSON)
    open_family_area(page)
    assert page.get_by_role("heading", level=1).inner_text() == "What is happening"
    documents = page.locator(".portal-documents").inner_text()
    assert "What is happening: a letter for Ava" in documents
    assert "Letter before proceedings" not in documents
    shot(page, "young-person-case-page")


def test_a_stepped_down_family_is_not_told_it_is_on_a_step_and_sees_each_stage_once(page, demo, sign_in, shot):
    sign_in(page, "parent.three@family.example")
    open_family_area(page)
    stage = page.locator("#stage")
    assert not re.search(r"Step \d+ of \d+", stage.inner_text())
    titles = [title.strip() for title in page.locator(".moj-timeline__title").all_inner_texts()]
    stage_titles = [t for t in titles if t and titles.count(t) > 1]
    assert stage_titles == [], stage_titles
    shot(page, "stepped-down")


def test_a_pre_proceedings_family_counts_its_steps_without_court(page, demo, sign_in):
    sign_in(page, PARENT)
    open_family_area(page)
    position, count = map(int, re.search(r"Step (\d+) of (\d+)", page.locator("#stage").inner_text()).groups())
    assert position <= count < 13  # the pre-proceedings route only, not the whole journey to a final hearing
