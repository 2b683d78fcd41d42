"""Tap-to-define in a real browser: the built static/js/portal.js on the server's own markup.

Uses the browser suite's Chromium (tests/browser/conftest.py) under the portal's script policy
(`script-src 'self'`). The page and the script are served by Playwright from this checkout, so no
server or database is needed.
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from cms.glossary.audiences import ADULTS
from cms.glossary.models import GlossaryTerm
from cms.glossary.processing import glossary_link_terms

pytestmark = pytest.mark.browser

ORIGIN = "http://portal.test"
PORTAL_JS = Path(__file__).resolve().parents[2] / "static" / "js" / "portal.js"


def document():
    guardian = GlossaryTerm(term="guardian", slug="guardian", meaning="Someone from Cafcass who speaks for the child.")
    judge = GlossaryTerm(term="judge", slug="judge", meaning="The person who decides.")
    body = glossary_link_terms(
        "<p>Your guardian will talk to the judge.</p>",
        audience=ADULTS,
        glossary_url="/what-words-mean/",
        terms=[guardian, judge],
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Guide</title></head>'
        f'<body class="govuk-template__body"><main>{body}<p><a id="after" href="#x">After</a></p></main>'
        '<script type="module" src="/static/js/portal.js"></script></body></html>'
    )


@pytest.fixture
def browser_page(browser):
    """Pages in the suite's shared browser (one Playwright per test session: two would clash)."""
    contexts = []

    def open_page(*, javascript=True):
        context = browser.new_context(java_script_enabled=javascript)
        contexts.append(context)
        page = context.new_page()
        page.route(
            f"{ORIGIN}/guide/",
            lambda route: route.fulfill(
                body=document(),
                content_type="text/html",
                headers={"Content-Security-Policy": "default-src 'none'; script-src 'self'"},
            ),
        )
        page.route(
            f"{ORIGIN}/static/js/portal.js",
            lambda route: route.fulfill(body=PORTAL_JS.read_bytes(), content_type="text/javascript"),
        )
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{ORIGIN}/guide/")
        page.errors = errors
        return page

    yield open_page
    for context in contexts:
        context.close()


def test_without_javascript_each_word_is_a_link_to_its_glossary_entry(browser_page):
    page = browser_page(javascript=False)
    link = page.locator("a.portal-term", has_text="guardian")
    assert link.get_attribute("href") == "/what-words-mean/#term-guardian"
    assert not page.locator(".portal-term__definition").first.is_visible()


def test_with_javascript_a_word_opens_and_closes_its_meaning_in_place(browser_page):
    page = browser_page()
    button = page.get_by_role("button", name="guardian (what this means)")
    expect(button).to_have_attribute("aria-expanded", "false")
    definition = page.locator("#" + button.get_attribute("aria-controls"))
    expect(definition).to_be_hidden()

    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(definition).to_be_visible()
    expect(definition).to_contain_text("Someone from Cafcass")

    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(definition).to_be_hidden()
    expect(button).to_be_focused()
    assert page.errors == []


def test_the_meaning_works_from_the_keyboard(browser_page):
    page = browser_page()
    judge = page.get_by_role("button", name="judge (what this means)")
    judge.focus()
    page.keyboard.press("Enter")
    expect(judge).to_have_attribute("aria-expanded", "true")
    # Tab moves into the open meaning (its link to the glossary); Escape there closes it
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="All words explained")).to_be_focused()
    page.keyboard.press("Escape")
    expect(judge).to_have_attribute("aria-expanded", "false")
    expect(judge).to_be_focused()
    page.keyboard.press("Space")
    expect(judge).to_have_attribute("aria-expanded", "true")
