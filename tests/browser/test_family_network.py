"""The family network in a real browser (#18): a parent building their network on a phone, a young
person writing to their worker on a phone, and the worker's network panel and meeting form at
1280×800."""

import pytest

from portal.network.models import NetworkPerson, YoungVoice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PARENT = "parent.one@family.example"
YOUNG_PERSON = "young.person@family.example"
WORKER = "worker@northbrook.example"
DESKTOP = {"viewport": {"width": 1280, "height": 800}, "is_mobile": False, "has_touch": False}


def fits_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_parent_builds_their_network_on_a_phone(page, demo, sign_in, shot):
    sign_in(page, PARENT)
    page.goto(demo.taylor_url)
    with page.expect_navigation():
        page.get_by_role("link", name="Your family network: people who could help, and the family meeting").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Your family network"
    meeting = page.locator("#meeting ~ .govuk-summary-list").first
    assert "Nadia Brooks" in meeting.inner_text()
    assert "Add to your calendar" in meeting.inner_text()
    assert page.get_by_role("heading", name="Maureen Taylor").is_visible()
    assert page.get_by_text("This website never contacts the people you add").is_visible()
    assert fits_the_screen(page)
    shot(page, "network")

    with page.expect_navigation():
        page.get_by_role("link", name="Add someone who could help").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Add to your network").click()
    summary = page.locator(".govuk-error-summary")
    assert "Give their name." in summary.inner_text()
    assert not NetworkPerson.objects.filter(name="Rosie Patel").exists()
    shot(page, "network-add-refused")

    page.get_by_label("Their name").fill("Rosie Patel")
    page.get_by_label("How are they related or connected to your family?").fill("Our neighbour")
    page.get_by_label("Lifts, like to school").check()
    page.get_by_label("Coming to meetings").check()
    assert fits_the_screen(page)
    shot(page, "network-add")
    with page.expect_navigation():
        page.get_by_role("button", name="Add to your network").click()
    card = page.locator(".govuk-summary-card", has_text="Rosie Patel")
    assert "Lifts, like to school" in card.inner_text()
    assert "You and your workers" in card.inner_text()
    person = NetworkPerson.objects.get(name="Rosie Patel")
    assert person.offers == ["lifts", "meetings"] and not person.shared_with_family
    shot(page, "network-added")


def test_a_young_person_writes_to_their_worker_on_a_phone(page, demo, sign_in, shot):
    sign_in(page, YOUNG_PERSON)
    page.goto(demo.taylor_url)
    with page.expect_navigation():
        page.get_by_role("link", name="Tell your worker who matters to you, and what you want people to know").click()
    assert page.get_by_role("heading", level=1).inner_text() == "My words"
    assert page.get_by_text("Your parents and other family members cannot see it").is_visible()
    assert page.locator(".govuk-warning-text").is_visible()
    shot(page, "my-words")
    with page.expect_navigation():
        page.get_by_role("link", name="Add someone who matters to me").click()
    page.get_by_label("Their name, or what you call them").fill("Mr Ahmed")
    page.get_by_label("Why do they matter to you?").fill("My football coach. He always asks how I am.")
    shot(page, "my-words-add")
    with page.expect_navigation():
        page.get_by_role("button", name="Send to my worker").click()
    card = page.locator(".govuk-summary-card", has_text="Mr Ahmed")
    assert "Sent to your worker" in card.inner_text()
    assert YoungVoice.objects.filter(name="Mr Ahmed", participant__user__email=YOUNG_PERSON).exists()
    assert fits_the_screen(page)
    shot(page, "my-words-sent")


def test_the_worker_sees_the_network_and_records_the_meeting(make_context, demo, sign_in, shot):
    desk = make_context(**DESKTOP).new_page()
    sign_in(desk, WORKER)
    desk.goto(f"{demo.url}/admin/cases/?q=Taylor")
    with desk.expect_navigation():
        desk.get_by_role("link", name="The Taylor family").first.click()
    panel = desk.locator("#network")
    panel.scroll_into_view_if_needed()
    text = panel.inner_text()
    for expected in ("Maureen Taylor", "Viability assessment requested", "Uncle Rob", "A worker", "Nan", "New"):
        assert expected in text
    shot(desk, "worker-network-panel")
    with desk.expect_navigation():
        panel.get_by_role("button", name="Mark all as read").click()
    assert not YoungVoice.objects.filter(participant__case__family_name="The Taylor family", read_at=None).exists()

    with desk.expect_navigation():
        desk.locator("#network").get_by_role("link", name="Record the family meeting").click()
    assert desk.get_by_label("Coordinator's name").input_value() == "Nadia Brooks"
    desk.get_by_label("Review of the family's plan").fill("15/01/2099 11am")
    shot(desk, "worker-meeting-form")
    with desk.expect_navigation():
        desk.get_by_role("button", name="Save the meeting").click()
    assert "The family meeting has been saved." in desk.locator(".messages").inner_text()
    assert "15 January 2099" in desk.locator("#network").inner_text()
