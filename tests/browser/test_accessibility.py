"""Accessibility in a real browser.

- axe-core finds no WCAG 2.0, 2.1 or 2.2 A/AA problem on any public page type, the sign-in pages,
  the family area, or the staff screens workers use most (only Wagtail's own markup may be
  excused, rule by rule, in WAGTAIL_ADMIN_ALLOWED).
- Keyboard only: the skip link comes first and moves focus to the main content; the sign-in form
  can be filled in and sent without a mouse.
- Reflow (WCAG 1.4.10): at 320 CSS pixels wide, and at 200% zoom of a 1280-pixel window (640 CSS
  pixels at twice the density), no page scrolls sideways.
"""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PARENT = "parent.one@family.example"
YOUNG_PERSON = "young.person@family.example"
WORKER = "worker@northbrook.example"
DESKTOP = {"viewport": {"width": 1280, "height": 900}, "is_mobile": False, "has_touch": False}
REFLOW_VIEWS = {
    "320px": {"viewport": {"width": 320, "height": 640}, "device_scale_factor": 1},
    "zoom-200": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2, "is_mobile": False},
}

# Violations axe reports inside markup that Wagtail's admin renders, which this project cannot
# change without patching Wagtail. (rule id, part of the element's CSS selector, why it is allowed).
# Keep it minimal; check it again on every Wagtail upgrade.
WAGTAIL_ADMIN_ALLOWED = []


def report(problems):
    return "\n".join(problems)


def test_public_pages_have_no_accessibility_problems(page, demo, public_pages, axe_check, shot):
    addresses = [
        *public_pages,
        ("sign-in", f"{demo.url}/accounts/login/"),
        ("code", f"{demo.url}/accounts/login/code/"),
    ]
    problems = []
    for kind, url in addresses:
        page.goto(url)
        shot(page, kind)
        problems += axe_check(page)
    assert not problems, report(problems)


def test_the_family_area_has_no_accessibility_problems(page, make_context, demo, sign_in, axe_check, shot):
    sign_in(page, PARENT)
    problems = []
    page.goto(demo.taylor_url)
    problems += axe_check(page)
    with page.expect_navigation():
        page.get_by_role("link", name="Letter before proceedings").click()
    shot(page, "document")
    problems += axe_check(page)
    page.goto(f"{demo.url}/accounts/email/")
    shot(page, "account")
    problems += axe_check(page)

    young = make_context().new_page()
    sign_in(young, YOUNG_PERSON)
    young.goto(demo.taylor_url)
    shot(young, "young-person")
    problems += axe_check(young)
    assert not problems, report(problems)


def test_the_main_staff_screens_have_no_accessibility_problems(make_context, demo, sign_in, axe_check, shot):
    desk = make_context(**DESKTOP).new_page()
    sign_in(desk, WORKER)
    problems = []
    desk.goto(f"{demo.url}/admin/cases/")
    shot(desk, "cases")
    problems += axe_check(desk, allowed=[rule[:2] for rule in WAGTAIL_ADMIN_ALLOWED])
    with desk.expect_navigation():
        desk.get_by_role("link", name="The Taylor family").first.click()
    shot(desk, "workspace")
    problems += axe_check(desk, allowed=[rule[:2] for rule in WAGTAIL_ADMIN_ALLOWED])
    with desk.expect_navigation():
        desk.get_by_role("link", name="Share a document").click()
    shot(desk, "share-form")
    problems += axe_check(desk, allowed=[rule[:2] for rule in WAGTAIL_ADMIN_ALLOWED])
    assert not problems, report(problems)


def test_the_skip_link_comes_first_and_moves_focus_to_the_main_content(page, demo, shot):
    page.goto(demo.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    shot(page, "skip-link-focused")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
    assert page.url.endswith("#main-content")


def test_the_sign_in_form_can_be_completed_with_the_keyboard_alone(page, demo, shot):
    page.goto(f"{demo.url}/accounts/login/")

    def tab_to(selector, text=None, limit=40):
        for _ in range(limit):
            page.keyboard.press("Tab")
            focused = page.evaluate(
                "(selector) => [document.activeElement.matches(selector), document.activeElement.textContent.trim()]",
                selector,
            )
            if focused[0] and text in (None, focused[1]):
                return
        pytest.fail(f"Pressing Tab never reached {selector} {text or ''}")

    tab_to("input[name=login]")
    page.keyboard.type(PARENT)
    tab_to("input[name=password]")
    page.keyboard.type(demo.password)
    tab_to("button[type=submit]", "Sign in")
    shot(page, "filled-in-by-keyboard")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Successfully signed in" in page.locator("main").inner_text()
    shot(page, "signed-in")


OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth
  const wide = [...document.querySelectorAll('body *')].filter((element) => {
    const box = element.getBoundingClientRect()
    return box.width > 0 && box.right > width + 1
  })
  return {
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: width,
    wide: wide.slice(0, 5).map((element) => element.outerHTML.slice(0, 120)),
  }
}"""


def test_nothing_scrolls_sideways_at_320_pixels_or_200_percent_zoom(make_context, demo, public_pages, sign_in, shot):
    problems = []
    for view, options in REFLOW_VIEWS.items():
        page = make_context(**options).new_page()
        for kind, url in [*public_pages, ("family-case", demo.taylor_url)]:
            if kind == "family-case":
                sign_in(page, PARENT)
            page.goto(url)
            shot(page, f"{view}-{kind}")
            found = page.evaluate(OVERFLOWING)
            if found["scrollWidth"] > found["clientWidth"]:
                problems.append(f"{view} {url}: {found}")
    assert not problems, report(problems)
