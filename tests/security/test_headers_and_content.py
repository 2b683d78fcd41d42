"""Headers and content: a strict CSP and no inline script on public, family and sign-in pages; a
separate, still closed, policy for the Wagtail admin; the same protective headers everywhere."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from portal.demo import builders

pytestmark = pytest.mark.django_db


class ScriptFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inline_scripts, self.handlers, self.javascript_urls = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and not attrs.get("src") and attrs.get("type") != "application/json":
            self.inline_scripts.append(attrs)
        for name, value in attrs.items():
            if name.startswith("on"):
                self.handlers.append((tag, name))
            if name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.javascript_urls.append((tag, value))


def _pages(world):
    case, document = world.a1, world.d1
    builders.standard_page_get_or_build(
        home=world.authority_a.site.root_page, slug="privacy", title="Privacy", purpose="privacy", paragraphs=["x"]
    )
    anonymous = [
        "/",
        "/privacy/",
        reverse("account_login"),
        reverse("account_request_login_code"),
        reverse("account_reset_password"),
        reverse("account_signup"),
    ]
    family = [
        reverse("family:case", args=[case.public_id]),
        reverse("family:document", args=[case.public_id, document.public_id]),
        reverse("account_email"),
        reverse("mfa_index"),
        reverse("mfa_activate_totp"),
        reverse("usersessions_list"),
        reverse("account_logout"),
        "/",
    ]
    return anonymous, family


def _check_page(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    finder = ScriptFinder()
    finder.feed(response.content.decode())
    assert finder.inline_scripts == [], f"{url}: inline <script> {finder.inline_scripts}"
    assert finder.handlers == [], f"{url}: event handler attributes {finder.handlers}"
    assert finder.javascript_urls == [], f"{url}: javascript: URLs {finder.javascript_urls}"
    policy = response["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if " " in d.strip())
    assert directives["script-src"] == "'self'", url
    assert directives["default-src"] == "'none'", url
    assert directives["frame-ancestors"] == "'none'", url
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, url
    return response


def test_public_family_and_sign_in_pages_have_no_inline_script_and_a_strict_policy(client, world):
    anonymous, family = _pages(world)
    for url in anonymous:
        _check_page(client, url)
    client.force_login(world.p1.user)
    for url in family:
        _check_page(client, url)


@pytest.mark.parametrize("person", ["anonymous", "p1", "wa"])
def test_every_response_carries_the_protective_headers(client, world, person):
    if person != "anonymous":
        user = getattr(world, person)
        client.force_login(getattr(user, "user", user))
    response = client.get("/")
    assert response["Permissions-Policy"] == (
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
    )
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    if person != "anonymous":  # a page shown to someone signed in is never kept by a shared cache
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_the_admin_has_its_own_policy_closed_to_third_parties(client, world):
    client.force_login(world.wa)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if " " in d.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self' 'unsafe-inline'"  # Wagtail 7.4 still writes inline script
    assert directives["frame-ancestors"] == "'self'"  # page previews frame the admin's own pages
    assert directives["object-src"] == "'none'"
    assert "nonce-" not in policy  # a nonce would make browsers ignore 'unsafe-inline'
    assert "http" not in policy  # nothing from anywhere else
    assert "gravatar" not in response.content.decode()  # no staff email hashes sent to a third party


def test_downloads_carry_their_own_sandbox_policy(client, world):
    client.force_login(world.p1.user)
    response = client.get(reverse("family:document_download", args=[world.a1.public_id, world.d1.public_id]))
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Disposition"].startswith("attachment;")


def test_deploy_settings_are_strict(settings):
    """The production settings module, read as data (importing it needs production's environment)."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "portal" / "settings" / "production.py").read_text()
    for line in (
        'SESSION_COOKIE_NAME = "__Host-sessionid"',
        'CSRF_COOKIE_NAME = "__Host-csrftoken"',
        "SECURE_HSTS_INCLUDE_SUBDOMAINS = True",
    ):
        assert line in text
    assert settings.SESSION_COOKIE_HTTPONLY and settings.SESSION_COOKIE_SAMESITE == "Lax"


def test_page_previews_keep_the_strict_policy_but_may_be_framed_by_the_admin(client, world):
    page = builders.standard_page_get_or_build(
        home=world.authority_a.site.root_page, slug="preview-me", title="Preview me", purpose="other", paragraphs=["x"]
    )
    client.force_login(world.ea)
    response = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if " " in d.strip())
    assert directives["frame-ancestors"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in policy


def _inline_styles(html):
    return [part.split(">", 1)[1].split("</style>", 1)[0] for part in html.split("<style")[1:]]


def test_a_cached_public_page_carries_nothing_made_for_one_response(client, world):
    """No CSP nonce (a per-response secret) in a page the cache serves to everyone: the page's one
    inline style is allowed by its hash, which is the same for every visitor."""
    import base64
    import hashlib

    from django.test import Client

    first, second = client.get("/"), Client().get("/")
    assert first.content == second.content
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    policy, html = first["Content-Security-Policy"], first.content.decode()
    assert "nonce" not in policy and "nonce=" not in html
    assert "unsafe-inline" not in policy
    [style] = _inline_styles(html)
    assert world.authority_a.brand_colour in style
    expected = "'sha256-" + base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() + "'"
    style_src = next(d for d in policy.split(";") if d.strip().startswith("style-src")).split()
    assert style_src == ["style-src", "'self'", expected]
    # Another council's colour is another rule, and so another hash.
    other = client.get("/", HTTP_HOST="la-b.localhost")
    assert expected not in other["Content-Security-Policy"]
    # Signed in (never cached), the same: no nonce anywhere.
    client.force_login(world.p1.user)
    family = client.get(reverse("family:case", args=[world.a1.public_id]))
    assert "nonce" not in family["Content-Security-Policy"] and "nonce=" not in family.content.decode()


def test_the_admin_policy_keeps_its_own_rules_without_a_page_hash(client, world):
    client.force_login(world.wa)
    policy = client.get("/admin/")["Content-Security-Policy"]
    assert "sha256-" not in policy  # a hash would make browsers ignore the admin's 'unsafe-inline'
    assert "'unsafe-inline'" in policy
