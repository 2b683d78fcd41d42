"""An LA admin in a real browser: reads the access log in words and narrows it to one person, on a
desk and on a phone; then resets a worker's lost authenticator after checking who they are, and the
worker is asked to set up a new one at their next sign-in."""

from urllib.parse import unquote

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"viewport": {"width": 1280, "height": 900}, "is_mobile": False, "has_touch": False}
PHONE = {"viewport": {"width": 390, "height": 844}}
ADMIN = "admin@northbrook.example"
WORKER = "worker@northbrook.example"


def _no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_an_la_admin_filters_the_access_log_by_a_person_and_resets_a_workers_authenticator(
    make_context, demo, sign_in, shot, mailbox
):
    from allauth.mfa.models import Authenticator

    from portal.accounts.models import User

    worker = User.objects.get(email=WORKER)
    # Fran opens a case, so the log has something of hers to find.
    fran = sign_in(make_context(**DESKTOP).new_page(), WORKER)
    fran.goto(f"{demo.url}/admin/cases/{demo.taylor.pk}/")

    desk = sign_in(make_context(**DESKTOP).new_page(), ADMIN)
    desk.goto(f"{demo.url}/admin/access-log/")
    shot(desk, "access-log")
    desk.get_by_role("button", name="Show filters").click()
    desk.get_by_role("button", name="Person", exact=True).click()
    desk.get_by_label("Person").select_option(label="Fran Okafor")
    results = desk.locator("#listing-results")
    expect(results).not_to_contain_text("Alex Admin")  # the results are fetched again, filtered
    assert "Fran Okafor (worker)" in results.inner_text()
    assert "Alex Admin" not in results.inner_text()
    assert "Opened a case" in results.inner_text()
    assert "The Taylor family" in results.inner_text()
    assert _no_sideways_scroll(desk)
    shot(desk, "access-log-fran")
    export = desk.get_by_role("link", name="Download these rows (CSV)")
    assert f"person={worker.pk}" in export.get_attribute("href")

    # The same page on a phone-sized screen (a second sign-in would need a fresh authenticator code).
    desk.set_viewport_size(PHONE["viewport"])
    desk.goto(f"{demo.url}/admin/access-log/?person={worker.pk}")
    assert "Fran Okafor (worker)" in desk.locator("#listing-results").inner_text()
    shot(desk, "access-log-fran-phone")
    desk.set_viewport_size(DESKTOP["viewport"])

    desk.goto(f"{demo.url}/admin/staff/")
    shot(desk, "staff")
    with desk.expect_navigation():
        desk.get_by_role("link", name="Fran Okafor").click()
    with desk.expect_navigation():
        desk.get_by_role("link", name="Reset authenticator").click()
    shot(desk, "reset-form")
    desk.get_by_label("I have checked who this person is").check()
    desk.get_by_label("On a video call").check()
    with desk.expect_navigation():
        desk.get_by_role("button", name="Reset their authenticator").click()
    assert "Fran Okafor's authenticator has been removed" in desk.content().replace("&#x27;", "'")
    shot(desk, "reset-done")
    assert not Authenticator.objects.filter(user=worker).exists()
    assert [mail.subject for mail in mailbox] == ["Family court help: Your authenticator has been reset"]

    desk.goto(f"{demo.url}/admin/access-log/?action=authenticator_reset")
    assert "Reset someone's authenticator" in desk.locator("#listing-results").inner_text()
    shot(desk, "reset-in-the-log")

    # Fran was signed out everywhere; signing in again, she is asked to set up a new app.
    fran.goto(f"{demo.url}/admin/")
    sign_in(fran, WORKER)
    fran.goto(f"{demo.url}/admin/")
    # on the way to setting up an app (allauth may first ask for her password again)
    assert "2fa/totp/activate" in unquote(fran.url)
    shot(fran, "worker-sets-up-again")
