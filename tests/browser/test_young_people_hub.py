"""A child on a phone: from the home page's "I'm a child or young person" to the young people's
hub, where Childline's tap-to-call number is on the first screen and every guide is a tap away."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HUB = "/young-people/"


def test_a_child_taps_the_way_in_and_can_call_childline_from_the_first_screen(page, demo, shot):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(demo.url + "/")
    with page.expect_navigation():
        page.get_by_role("link", name="I'm a child or young person", exact=True).click()
    assert page.url == demo.url + HUB
    assert page.get_by_role("heading", level=1).inner_text() == "For children and young people"

    childline = page.locator("main a[href='tel:08001111']")
    assert childline.is_visible()
    box = childline.bounding_box()
    assert box["y"] + box["height"] <= 844  # on the first screen, without scrolling or opening anything
    assert page.locator("main a[href='tel:999']").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    full_page = shot(page, "hub")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(full_page.parent / "first-screen.png"))

    # A younger child's first guide is one tap away, and its caption leads back here.
    with page.expect_navigation():
        page.locator("main ol.govuk-list--number a").first.click()
    assert page.url != demo.url + HUB
    with page.expect_navigation():
        page.locator("main .govuk-caption-l a").click()
    assert page.url == demo.url + HUB
