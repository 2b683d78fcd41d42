"""Languages in a real browser: switching by tapping, remembered across pages, and right-to-left
layout for Urdu (the demo data has the letter guide translated)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

GUIDE = "/pre-proceedings/letter-before-proceedings/"


def test_a_parent_switches_to_polish_and_the_choice_follows_them(page, demo, shot):
    page.goto(demo.url + GUIDE)
    with page.expect_navigation():
        page.locator(".portal-language-navigation").get_by_role("link", name="Polski").click()
    assert page.url == demo.url + GUIDE
    assert page.locator("html").get_attribute("lang") == "pl"
    assert "portal-translation-notice" not in page.content()  # the demo translates this guide
    shot(page, "polish-guide")
    page.goto(demo.url + "/directory/")  # not translated: English, with a notice in Polish
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.locator(".portal-translation-notice").is_visible()
    assert page.locator("main").get_attribute("lang") == "en-gb"
    shot(page, "untranslated-with-notice")


def test_urdu_is_laid_out_right_to_left(page, demo, shot):
    page.goto(demo.url + GUIDE)
    with page.expect_navigation():
        page.locator(".portal-language-navigation").get_by_role("link", name="اردو").click()
    assert page.locator("html").get_attribute("dir") == "rtl"
    heading = page.locator("main h1")
    assert heading.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # Text starts at the right: the heading's right edge sits at the content's right edge.
    main_box = page.locator("main").bounding_box()
    heading_box = heading.bounding_box()
    assert abs((main_box["x"] + main_box["width"]) - (heading_box["x"] + heading_box["width"])) < 20
    # List markers and the warning icon are mirrored, not left where left-to-right puts them.
    bullets = page.locator("main .govuk-list--bullet").first
    assert float(bullets.evaluate("el => parseFloat(getComputedStyle(el).paddingRight)")) > 0
    assert float(bullets.evaluate("el => parseFloat(getComputedStyle(el).paddingLeft)")) == 0
    icon = page.locator("main .govuk-warning-text__icon").first
    text = page.locator("main .govuk-warning-text__text").first
    assert icon.bounding_box()["x"] > text.bounding_box()["x"]
    shot(page, "urdu-guide")


NARROW = {"width": 320, "height": 640}


def wider_than_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1")


def test_urdu_family_pages_fit_a_320_pixel_screen_and_the_language_links_are_big_enough(page, demo, sign_in, shot):
    sign_in(page, "parent.one@family.example")
    page.set_viewport_size(NARROW)
    page.goto(demo.taylor_url)
    with page.expect_navigation():
        page.locator(".portal-language-navigation").get_by_role("link", name="اردو").click()
    assert page.locator("html").get_attribute("dir") == "rtl"
    for link in page.locator(".portal-language-navigation a").all():
        box = link.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, link.inner_text()
    base = demo.taylor_url.rstrip("/")
    case_id = base.rsplit("/", 1)[-1]
    for path in (base + "/", base + "/network/", base + "/questions/help/", f"{demo.url}/my-family/send/{case_id}/"):
        page.goto(path)
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert not wider_than_the_screen(page), path
    page.goto(base + "/")
    shot(page, "urdu-case-page-320")
