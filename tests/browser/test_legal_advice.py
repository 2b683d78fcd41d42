"""The way to a solicitor, on a phone: from the home page's card or the family's own area to the
council's "Get free legal advice now" page, which starts with local solicitors to tap and call."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

OWN_PAGE = "/get-legal-advice/"


def wider_than_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")


def assert_leads_with_a_local_solicitor_to_call(page):
    main = page.locator("main")
    first_call = main.locator("a[href^='tel:']").first
    assert re.fullmatch(r"tel:\d{11}", first_call.get_attribute("href"))
    # The first number to call is a local children law solicitor's (the demo's are fictional),
    # with its opening times, above every national line.
    first_service = main.locator("h3").first.inner_text()
    assert "Northbrook" in first_service and "(fictional)" in first_service
    national = main.locator("#national-lines").bounding_box()["y"]
    assert first_call.bounding_box()["y"] < national
    assert main.get_by_text(re.compile(r"Monday to Friday: 9am to 5pm")).first.bounding_box()["y"] < national
    # Of the national lines, the one to call comes first.
    assert main.locator("#national-lines ~ div h3").first.inner_text() == "Family Rights Group advice line"
    # Big enough to tap, and nothing wider than the phone.
    assert first_call.bounding_box()["height"] >= 20
    assert not wider_than_the_screen(page)


def test_a_parent_taps_the_home_cards_way_to_legal_advice_and_can_call_a_solicitor_first(page, demo, shot):
    page.goto(demo.url + "/")
    with page.expect_navigation():
        page.get_by_role("link", name="Get free legal advice", exact=True).click()
    assert page.url == demo.url + OWN_PAGE
    assert page.get_by_role("heading", level=1).inner_text() == "Get free legal advice now"
    assert_leads_with_a_local_solicitor_to_call(page)
    full_page = shot(page, "legal-advice")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(full_page.parent / "first-screen.png"))  # what a phone shows before scrolling


def test_the_letter_guides_button_and_the_family_area_lead_there_too(page, demo, sign_in, shot):
    page.goto(demo.url + "/pre-proceedings/letter-before-proceedings/")
    with page.expect_navigation():
        page.locator("main a[role=button]", has_text=re.compile("free legal advice", re.I)).first.click()
    assert page.url == demo.url + OWN_PAGE

    sign_in(page, "parent.one@family.example")
    page.goto(demo.taylor_url)
    link = page.locator("#legal-advice").get_by_role("link", name="Get free legal advice now")
    assert link.is_visible()
    shot(page, "family-area-link")
    with page.expect_navigation():
        link.click()
    assert page.url == demo.url + OWN_PAGE
    assert_leads_with_a_local_solicitor_to_call(page)


def test_the_page_reads_in_polish_at_the_same_address(page, demo, shot):
    page.goto(demo.url + OWN_PAGE)
    with page.expect_navigation():
        page.locator(".portal-language-navigation").get_by_role("link", name="Polski").click()
    assert page.url == demo.url + OWN_PAGE
    assert page.get_by_role("heading", level=1).inner_text() == "Uzyskaj bezpłatną poradę prawną już teraz"
    assert "portal-translation-notice" not in page.content()
    assert not wider_than_the_screen(page)
    shot(page, "polish")


@pytest.mark.parametrize("council", ["Northbrook", "Westmere"])
@pytest.mark.parametrize("language", ["English", "Polski", "Română", "اردو"])
def test_the_way_to_a_solicitor_is_on_each_councils_home_first_screen_in_every_language(
    page, demo, shot, council, language
):
    site = demo.url if council == "Northbrook" else demo.westmere_url
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site + "/")
    assert council in page.locator(".govuk-generic-header").inner_text()
    if language != "English":
        with page.expect_navigation():
            page.locator(".portal-language-navigation").get_by_role("link", name=language).click()
    button = page.locator("#had-a-letter a.govuk-button")
    box = button.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 844, box  # seen without scrolling
    assert not wider_than_the_screen(page)
    page.screenshot(path=str(shot(page, f"home-{language}").parent / f"home-first-screen-{language}.png"))
    with page.expect_navigation():
        button.click()
    assert page.url == site + OWN_PAGE
