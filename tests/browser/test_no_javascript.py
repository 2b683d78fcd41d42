"""Everything works with JavaScript turned off: public pages, signing in, the family's case page and
downloading a document. (Some phones, networks and people block scripts; GOV.UK pages must work
without them.)"""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PARENT = "parent.one@family.example"


@pytest.fixture
def page(make_context):
    return make_context(java_script_enabled=False).new_page()


def test_public_pages_work_without_javascript(page, demo, public_pages, shot):
    assert page.evaluate("1 + 1") == 2  # Playwright's own evaluate still runs; the page's scripts do not
    for kind, url in public_pages:
        response = page.goto(url)
        assert response.status == 200, url
        shot(page, kind)
        assert page.locator("main h1").is_visible(), url
        # Without JavaScript the menu is not folded away and "Exit this page" is an ordinary link.
        assert page.get_by_role("link", name="Sign in").is_visible(), url
        exit_link = page.get_by_role("button", name=re.compile("Exit this page"))
        assert exit_link.get_attribute("href").startswith("https://"), url
        assert page.evaluate("document.body.classList.contains('govuk-frontend-supported')") is False


def test_a_glossary_word_is_a_link_to_its_explanation_without_javascript(page, demo, public_pages, shot):
    guides = [url for kind, url in public_pages if kind == "GuidePage"]
    if not guides:
        pytest.skip("The demo data has no guides yet.")
    page.goto(guides[0])
    term = page.locator("main a.portal-term").first
    href = term.get_attribute("href")
    with page.expect_navigation():
        term.click()
    anchor = href.split("#", 1)[1]
    assert page.locator(f"[id='{anchor}']").is_visible()
    shot(page, "glossary-entry")


def test_the_family_area_works_without_javascript(page, demo, sign_in, shot):
    sign_in(page, PARENT)
    with page.expect_navigation():
        page.get_by_role("link", name="Your family's area").click()
    assert page.url == demo.taylor_url
    assert page.get_by_role("heading", level=1).inner_text() == "Where things are now"
    shot(page, "case-page")
    with page.expect_navigation():
        page.get_by_role("link", name="Letter before proceedings").click()
    shot(page, "document-page")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the document").click()
    with open(download_info.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
