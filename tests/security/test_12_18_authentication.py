"""SECURITY-TESTS.md, Authentication 12–18: one sign-in door, throttling, no enumeration, codes,
MFA for staff, sessions, CSRF."""

import re

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client
from django.urls import reverse

from portal.accounts.mfa import totp_code
from portal.audit.models import AccessLogEntry
from portal.cases.models import Case
from portal.demo import builders

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"


@pytest.fixture
def parent(world):
    user = world.p1.user
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def worker_without_mfa(world):
    user = builders.staff_get_or_build(
        authority=world.authority_a, email="new-worker@la-a.example", role="worker", password=PASSWORD, mfa=False
    )
    assert not Authenticator.objects.filter(user=user).exists()
    return user


# 12. One login door


@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_12_credentials_posted_to_other_login_pages_never_create_a_session(client, world, url):
    world.wa.set_password(PASSWORD)
    world.wa.is_superuser = True
    world.wa.save()
    for username_field in ("username", "email", "login"):
        response = client.post(url, {username_field: world.wa.email, "password": PASSWORD})
        assert response.status_code in (301, 302, 404)
        assert SESSION_KEY not in client.session
    assert client.get("/admin/").status_code == 302


# 13. Throttling


def _wrong_password(client, email, **extra):
    return client.post(reverse("account_login"), {"login": email, "password": "not-the-password"}, **extra)


def test_13_six_wrong_passwords_for_one_account_are_throttled_with_429_and_audited(client, parent):
    for _ in range(5):
        response = _wrong_password(client, parent.email)
        assert response.status_code == 200
        assert "govuk-error-summary" in response.content.decode()
    response = _wrong_password(client, parent.email)
    assert response.status_code == 429
    # Even the right password is refused while throttled.
    assert client.post(reverse("account_login"), {"login": parent.email, "password": PASSWORD}).status_code == 429
    assert SESSION_KEY not in client.session
    assert AccessLogEntry.objects.filter(action="login_failed", object_id=str(parent.pk)).count() == 5
    assert AccessLogEntry.objects.filter(action="login_throttled", object_id=str(parent.pk)).exists()


def test_13_an_unknown_account_is_throttled_the_same_way(client, db):
    statuses = [_wrong_password(client, "nobody@example.org").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]


def test_13_ten_failures_from_one_address_are_throttled_whatever_the_accounts(client, db):
    statuses = [_wrong_password(client, f"guess{n}@example.org").status_code for n in range(11)]
    assert statuses == [200] * 10 + [429]


def test_13_behind_a_trusted_proxy_the_forwarded_address_is_counted(client, db, settings):
    settings.PORTAL_TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for n in range(10):
        assert _wrong_password(client, f"g{n}@example.org", HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 200
    assert _wrong_password(client, "g11@example.org", HTTP_X_FORWARDED_FOR="203.0.113.7").status_code == 429
    # Someone else behind the same proxy is not locked out by that.
    assert _wrong_password(client, "g12@example.org", HTTP_X_FORWARDED_FOR="198.51.100.9").status_code == 200
    # A forged extra address on the left changes nothing: only the proxy's own entry is trusted.
    forged = "10.9.9.9, 203.0.113.7"
    assert _wrong_password(client, "g13@example.org", HTTP_X_FORWARDED_FOR=forged).status_code == 429


# 14. No account enumeration


def _normalise(response):
    html = response.content.decode() if response.status_code == 200 else ""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    html = re.sub(r'nonce="[^"]+"', "", html)
    return (
        response.status_code,
        response.get("Location", ""),
        html.replace("nobody@example.org", "EMAIL").replace("p1@family.example", "EMAIL"),
    )


def test_14_login_reset_and_code_answer_the_same_for_known_and_unknown_emails(parent):
    for url, data in [
        (reverse("account_login"), {"password": "wrong-password"}),
        (reverse("account_reset_password"), {}),
        (reverse("account_request_login_code"), {}),
    ]:
        known, unknown = Client(), Client()
        a = _normalise(known.post(url, {"login": parent.email, "email": parent.email, **data}))
        b = _normalise(unknown.post(url, {"login": "nobody@example.org", "email": "nobody@example.org", **data}))
        assert a == b, url
        if a[1]:  # the next page looks the same too
            assert _normalise(known.get(a[1])) == _normalise(unknown.get(b[1])), url


# 15. Login codes


def _request_code(client, email):
    mail.outbox.clear()
    client.post(reverse("account_request_login_code"), {"email": email})
    return re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)


def _confirm(client, code):
    return client.post(reverse("account_confirm_login_code"), {"code": code})


def test_15_a_fourth_guess_is_rejected_even_when_right(client, parent):
    code = _request_code(client, parent.email)
    for wrong in ("AAAA-AAAA", "BBBB-BBBB", "CCCC-CCCC"):
        _confirm(client, wrong)
    _confirm(client, code)
    assert SESSION_KEY not in client.session


def test_15_a_used_code_cannot_be_used_again(client, parent):
    code = _request_code(client, parent.email)
    _confirm(client, code)
    assert client.session[SESSION_KEY] == str(parent.pk)
    client.post(reverse("account_logout"))
    assert SESSION_KEY not in client.session
    _confirm(client, code)
    assert SESSION_KEY not in client.session


def test_15_a_code_from_another_browsers_attempt_is_rejected(parent):
    attacker, victim = Client(), Client()
    _request_code(attacker, parent.email)
    victims_code = _request_code(victim, parent.email)
    _confirm(attacker, victims_code)
    assert SESSION_KEY not in attacker.session


def test_15_an_expired_code_is_rejected(client, parent, settings):
    code = _request_code(client, parent.email)
    settings.ACCOUNT_LOGIN_BY_CODE_TIMEOUT = -1
    _confirm(client, code)
    assert SESSION_KEY not in client.session


# 16. MFA for staff


@pytest.mark.parametrize("url", ["/admin/", "/admin/cases/", "/admin/pages/", "/admin/staff/", "/admin/access-log/"])
def test_16_staff_without_mfa_are_sent_to_set_it_up_from_any_staff_url(client, worker_without_mfa, url):
    client.force_login(worker_without_mfa)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))


def test_16_editors_and_superusers_must_use_mfa_too(client, world):
    from django.contrib.auth import get_user_model

    editor = builders.user_get_or_build(email="e2@la-a.example", groups=["Ashford Test Council editors"], mfa=False)
    root = get_user_model().objects.create_superuser(email="root@example.org")
    for user in (editor, root):
        client.force_login(user)
        assert client.get("/admin/").url.startswith(reverse("mfa_activate_totp"))
    # Family members are never asked.
    client.force_login(world.p1.user)
    assert client.get(reverse("family:home")).status_code in (200, 302)
    assert not client.get(reverse("family:home")).get("Location", "").startswith("/accounts/2fa/")


def test_16_setting_up_the_app_lets_staff_in(client, worker_without_mfa):
    client.post(reverse("account_login"), {"login": worker_without_mfa.email, "password": PASSWORD})
    assert client.session[SESSION_KEY] == str(worker_without_mfa.pk)  # no second factor yet to ask for
    response = client.get("/admin/", follow=True)
    # allauth asks for the password again before a second factor is added, then shows the set-up page.
    assert response.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))
    client.post(response.redirect_chain[-1][0], {"password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = re.search(r"\b([A-Z2-7]{32})\b", page.content.decode()).group(1)  # shown for typing in
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=worker_without_mfa, type=Authenticator.Type.TOTP).exists()
    assert Authenticator.objects.filter(user=worker_without_mfa, type=Authenticator.Type.RECOVERY_CODES).exists()
    assert client.get("/admin/").status_code == 200


def test_16_staff_signed_in_without_the_second_factor_must_give_it(client, world):
    client.force_login(world.wa, mfa=False)  # a session that never saw the second factor
    response = client.get("/admin/")
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))
    client.post(reverse("mfa_reauthenticate"), {"code": totp_code(builders.DEMO_TOTP_SECRET)})
    assert client.get("/admin/").status_code == 200


def test_16_sign_in_asks_for_the_code_and_a_replayed_code_is_rejected(world):
    world.wa.set_password(PASSWORD)
    world.wa.save()
    code = totp_code(builders.DEMO_TOTP_SECRET)
    first = Client()
    response = first.post(reverse("account_login"), {"login": world.wa.email, "password": PASSWORD})
    assert response["Location"].startswith(reverse("mfa_authenticate"))
    assert SESSION_KEY not in first.session  # the password alone signs nobody in
    first.post(reverse("mfa_authenticate"), {"code": code})
    assert first.get("/admin/").status_code == 200

    replay = Client()
    replay.post(reverse("account_login"), {"login": world.wa.email, "password": PASSWORD})
    response = replay.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 200  # the form again, with an error
    assert SESSION_KEY not in replay.session
    assert replay.get("/admin/").status_code == 302


def test_16_a_password_reset_does_not_skip_mfa(world):
    client = Client()
    client.post(reverse("account_reset_password"), {"email": world.wa.email})
    code = re.search(r"\b([A-Z0-9]{4}-[A-Z0-9]{4})\b", mail.outbox[-1].body).group(1)
    response = client.post(reverse("account_confirm_password_reset_code"), {"code": code})
    assert response.status_code == 302
    new_password = "a-new-long-password-2026"
    response = client.post(response["Location"], {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    assert SESSION_KEY not in client.session  # a reset does not sign anyone in
    response = client.post(reverse("account_login"), {"login": world.wa.email, "password": new_password})
    assert response["Location"].startswith(reverse("mfa_authenticate"))
    assert client.get("/admin/").status_code == 302


def test_16_staff_cannot_remove_their_only_authenticator_app(client, world):
    client.force_login(world.wa)
    client.post(reverse("mfa_deactivate_totp"))
    assert Authenticator.objects.filter(user=world.wa, type=Authenticator.Type.TOTP).exists()


# 17. Sessions


def test_17_session_id_changes_at_sign_in_and_the_old_cookie_is_worthless_after_sign_out(parent):
    client = Client()
    client.get(reverse("account_login"))
    client.session.save()
    before = client.cookies["sessionid"].value
    client.post(reverse("account_login"), {"login": parent.email, "password": PASSWORD})
    signed_in = client.cookies["sessionid"].value
    assert signed_in != before
    family = client.get(reverse("family:home"), follow=True)
    assert family.status_code == 200
    assert "no-store" in family["Cache-Control"] and "private" in family["Cache-Control"]

    client.post(reverse("account_logout"))
    stolen = Client()
    stolen.cookies["sessionid"] = signed_in
    response = stolen.get(reverse("family:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_17_account_and_staff_pages_are_never_stored_by_the_browser(client, world):
    client.force_login(world.wa)
    for url in (reverse("account_email"), "/admin/", reverse("usersessions_list")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url


def test_17_sign_out_everywhere_is_linked_and_ends_other_sessions(parent):
    phone, laptop = Client(), Client()
    for device in (phone, laptop):
        device.post(reverse("account_login"), {"login": parent.email, "password": PASSWORD})
    page = laptop.get(reverse("account_email"))
    assert reverse("usersessions_list") in page.content.decode()
    listing = laptop.get(reverse("usersessions_list"))
    assert listing.status_code == 200
    laptop.post(reverse("usersessions_list"), {"action": "logout"})
    assert phone.get(reverse("family:home")).status_code == 302
    assert laptop.get(reverse("family:home")).status_code in (200, 302)


# 18. CSRF


def test_18_posts_without_a_csrf_token_are_refused_and_change_nothing(world, parent):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.wa)
    response = client.post(reverse("cases:stage", args=[world.a1.pk]), {"stage": "order_made", "note": "x"})
    assert response.status_code == 403
    assert Case.objects.get(pk=world.a1.pk).stage == world.a1.stage

    anonymous = Client(enforce_csrf_checks=True)
    response = anonymous.post(reverse("account_login"), {"login": parent.email, "password": PASSWORD})
    assert response.status_code == 403
    assert SESSION_KEY not in anonymous.session


# Trust round two, part 2: failed second factors, wrong codes and failed re-authentication are logged,
# for the LA admin of the person's council to see.


def _logged(action):
    from portal.audit.models import AccessLogEntry

    return AccessLogEntry.objects.filter(action=action, outcome="denied")


def test_a_wrong_authenticator_code_is_logged_for_the_la_admin(world):
    from portal.audit.selectors import access_log_for_admin

    world.wa.set_password(PASSWORD)
    world.wa.save()
    client = Client()
    client.post(reverse("account_login"), {"login": world.wa.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": "000000"})
    entry = _logged("mfa_failed").get()
    assert entry.object_id == str(world.wa.pk) and entry.authority == world.authority_a
    assert access_log_for_admin(membership=world.aa.staff_membership).filter(action="mfa_failed").exists()


def test_a_wrong_code_when_asked_again_is_logged(client, world):
    client.force_login(world.wa, mfa=False)
    client.post(reverse("mfa_reauthenticate"), {"code": "000000"})
    assert _logged("reauthentication_failed").filter(authority=world.authority_a).exists()


def test_a_wrong_password_when_asked_again_is_logged_with_the_family_members_council(client, world):
    user = world.p1.user
    user.set_password(PASSWORD)
    user.save()
    client.force_login(user)
    client.post(reverse("account_reauthenticate"), {"password": "not-the-password"})
    entry = _logged("reauthentication_failed").get()
    assert entry.actor == user and entry.authority == world.authority_a


def test_a_wrong_emailed_sign_in_code_is_logged(client, world):
    _request_code(client, world.p1.user.email)
    _confirm(client, "AAAA-AAAA")
    assert _logged("login_code_wrong").filter(authority=world.authority_a).count() == 1
