"""The plain language check while writing (issue #20), in a real browser: an editor sees the score
and an unexplained word to avoid appear as they type, submitting says the page waits for a moderator
and why, and the moderator sees the same check and can approve the exception only with a reason."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"viewport": {"width": 1280, "height": 900}, "is_mobile": False, "has_touch": False}
JARGON = (
    " Notwithstanding the aforementioned jurisdictional considerations, the threshold determination "
    "necessitates comprehensive deliberation regarding safeguarding responsibilities."
)


@pytest.fixture
def desk(make_context):
    return make_context(**DESKTOP).new_page()


@pytest.fixture
def aforementioned_is_a_word_to_avoid(settings):
    settings.PORTAL_AVOID_WORDS = ["aforementioned"]  # the live server runs in this process


def test_an_editor_sees_the_check_as_they_write_and_a_moderator_needs_a_reason(
    desk, make_context, demo, sign_in, shot, aforementioned_is_a_word_to_avoid
):
    from cms.standard.models import StandardPage

    contact = StandardPage.objects.get(slug="contact", url_path__startswith="/northbrook/")
    edit_url = f"{demo.url}/admin/pages/{contact.pk}/edit/"

    sign_in(desk, "editor@northbrook.example")
    desk.goto(edit_url)
    panel = desk.locator("[data-plain-language-check]")
    panel.scroll_into_view_if_needed()
    assert "It meets the target." in panel.inner_text()
    assert "No words to avoid." in panel.inner_text()
    shot(desk, "before")

    # Type into the body's rich text, as an editor would; the panel answers within seconds.
    editor = desk.locator(".public-DraftEditor-content").first
    editor.click()
    desk.keyboard.press("End")
    desk.keyboard.type(JARGON)
    avoid = panel.locator("[data-avoid-words] li")
    avoid.first.wait_for(timeout=15_000)
    assert avoid.all_inner_texts() == ["“aforementioned”"]
    assert panel.locator("[data-plain-language-verdict=held]").is_visible()
    assert re.search(r"Readability score \(LIX\): [\d.]+\. Target: 40 or lower\.", panel.inner_text())
    shot(desk, "while-writing")

    # Submitting says what really happened: not live, waiting for a moderator, and why.
    desk.locator("footer").get_by_role("button", name="More actions").click()
    with desk.expect_navigation():
        desk.locator("button[name=action-submit]").click()
    desk.wait_for_load_state("networkidle")
    message = desk.locator(".messages").inner_text()
    assert "is not live yet. It waits for a moderator to approve it" in message
    assert "aforementioned" in message
    assert "submitted for moderation" not in message
    shot(desk, "submitted")
    contact.refresh_from_db()
    assert "aforementioned" not in str(contact.body)

    # The moderator opens the page and sees the same check, then must give a reason to approve.
    moderator = make_context(**DESKTOP).new_page()
    sign_in(moderator, "moderator@northbrook.example")
    moderator.goto(edit_url)
    panel = moderator.locator("[data-plain-language-check]")
    panel.scroll_into_view_if_needed()
    assert panel.locator("[data-avoid-words] li").all_inner_texts() == ["“aforementioned”"]
    shot(moderator, "moderator-sees-the-check")
    moderator.locator("footer").get_by_role("button", name="More actions").click()
    moderator.get_by_role("button", name="Approve as an exception, giving your reason").click()
    dialog = moderator.get_by_role("dialog")
    reason = dialog.get_by_label("Why is an exception right for this page?")
    reason.wait_for()
    shot(moderator, "asked-for-a-reason")
    dialog.get_by_role("button", name=re.compile("Approve", re.I)).last.click()
    moderator.wait_for_timeout(1000)
    contact.refresh_from_db()
    assert "aforementioned" not in str(contact.body)  # no reason, no exception
    reason.fill("The page quotes the council's letter word for word.")
    with moderator.expect_navigation():
        dialog.get_by_role("button", name=re.compile("Approve", re.I)).last.click()
    moderator.wait_for_load_state("networkidle")
    contact.refresh_from_db()
    assert "aforementioned" in str(contact.body) and contact.live
    shot(moderator, "approved")
