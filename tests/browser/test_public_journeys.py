"""Public pages in a real browser: a parent with a new letter finds help; leaving the site quickly."""

import re

import pytest
from playwright.sync_api import expect

from portal.authorities.models import LocalAuthority

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def exit_site(page, demo, offsite_allowed):
    """The "Exit this page" address, answered here (page.route) so no real network is used."""
    url = LocalAuthority.objects.get(site__is_default_site=True).exit_url
    offsite_allowed.append(url)
    page.route(
        re.compile("^" + re.escape(url)),
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weather</title><h1>Weather</h1>"
        ),
    )
    return url


def test_a_parent_with_a_letter_finds_the_guide_a_word_explained_and_free_legal_advice(page, demo, shot):
    page.goto(demo.url + "/")
    shot(page, "home")
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile(r"had a letter|letter before proceedings", re.I)).first.click()
    assert "letter before proceedings" in page.get_by_role("heading", level=1).inner_text().lower()
    shot(page, "letter-guide")

    # A hard word in the guide explains itself when tapped (the glossary's tap-to-define).
    term = page.locator("main button.portal-term").first
    term.click()
    assert term.get_attribute("aria-expanded") == "true"
    explanation = page.locator("#" + term.get_attribute("aria-controls"))
    assert explanation.is_visible()
    assert explanation.inner_text().strip()
    shot(page, "glossary-explanation")

    # The guide's call to action (a link that looks like a button).
    with page.expect_navigation():
        page.locator("main a", has_text=re.compile("free legal advice", re.I)).first.click()
    assert "legal advice" in page.get_by_role("heading", level=1).inner_text().lower()
    call = page.locator("main a[href^='tel:']").first
    assert call.is_visible()
    assert re.fullmatch(r"tel:\+?\d{5,}", call.get_attribute("href"))
    shot(page, "free-legal-advice")


def test_exit_this_page_button_leaves_the_site(page, demo, exit_site, shot):
    page.goto(demo.url + "/")
    shot(page, "before")
    page.get_by_role("button", name=re.compile("Exit this page")).click()
    page.wait_for_url(exit_site)
    assert page.get_by_role("heading", name="Weather").is_visible()
    shot(page, "left-the-site")


def test_pressing_shift_three_times_leaves_the_site_and_signs_out(page, demo, sign_in, shot):
    # Signed in, leaving goes through the portal (to end the session) and on to the exit address. A
    # browser does not let a test answer the end of a redirect itself, so here the council's exit
    # address is a harmless page of the live server.
    exit_url = f"{demo.url}/robots.txt"
    authority = LocalAuthority.objects.get(site__is_default_site=True)
    authority.exit_url = exit_url
    authority.save()
    # From the family's own area, where leaving quickly matters most.
    sign_in(page, "parent.one@family.example")
    page.goto(demo.taylor_url)
    page.wait_for_load_state("load")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(exit_url)
    shot(page, "left-the-site")

    # Leaving also signed them out: Back shows the sign-in page, not the family's area.
    page.go_back()
    page.wait_for_load_state("load")
    expect(page.get_by_role("heading", name="Where things are now")).to_have_count(0)
    assert "/accounts/login/" in page.url
    shot(page, "back-after-leaving")
