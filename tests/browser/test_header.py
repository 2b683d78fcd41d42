"""The header on a phone: the council's name, the menu with the language choice beside it, a
one-line beta banner and Exit this page, in no more than a quarter of the first screen, so the
page itself starts on it; and "What happens, step by step" is one tap away in the menu."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LANGUAGES = ["English", "Polski", "Română", "اردو"]


def top(page, selector):
    return page.locator(selector).first.bounding_box()["y"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_takes_at_most_a_quarter_of_a_phones_first_screen(page, demo, shot, language):
    page.goto(demo.url + "/pre-proceedings/letter-before-proceedings/")
    if language != "English":
        with page.expect_navigation():
            page.locator(".portal-language-navigation").get_by_role("link", name=language).click()
    height = page.viewport_size["height"]
    exit_button = page.locator(".govuk-exit-this-page__button").bounding_box()
    assert exit_button["y"] + exit_button["height"] <= height / 4  # the last of the header area
    assert top(page, "main h1") <= height / 3  # the page's own heading follows soon after
    # The language choice shares the menu's row instead of taking one of its own.
    menu = page.get_by_role("button", name=page.locator(".govuk-service-navigation__toggle").inner_text())
    languages = page.locator(".portal-language-navigation")
    assert abs(menu.bounding_box()["y"] - languages.bounding_box()["y"]) < 20
    # Each part is still there and usable: Exit this page in full, every language a link or the current one.
    assert page.locator(".govuk-exit-this-page__button").is_visible()
    assert languages.locator("li").count() == len(LANGUAGES)
    assert page.locator(".govuk-phase-banner__text").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(shot(page, f"page-{language}").parent / f"first-screen-{language}.png"))


def test_step_by_step_is_in_the_menu_on_every_council_site(page, demo, shot):
    for site in (demo.url, demo.westmere_url):
        page.goto(site + "/")
        page.get_by_role("button", name="Menu").click()
        link = page.locator("#navigation").get_by_role("link", name="What happens, step by step")
        assert link.is_visible()
        shot(page, "menu-open")
        with page.expect_navigation():
            link.click()
        assert page.url == site + "/what-happens-step-by-step/"
        assert page.get_by_role("heading", level=1).inner_text() == "What happens, step by step"
        # The page being read is marked in the menu.
        page.get_by_role("button", name="Menu").click()
        current = page.locator("#navigation a[aria-current]")
        assert current.inner_text().strip() == "What happens, step by step"
