"""X-Forwarded-Proto and -For are believed only from the configured proxies (trust issue, part 5)."""

import pytest
from django.test import override_settings

from portal.ops.proxies import TrustedProxyMiddleware

pytestmark = pytest.mark.django_db

PRODUCTION_PROXY_HEADER = {"SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https")}


def seen_by_the_view(rf, remote_addr, **headers):
    request = rf.get("/", REMOTE_ADDR=remote_addr, **headers)
    seen = {}

    def view(request):
        seen.update(secure=request.is_secure(), meta=dict(request.META))
        return None

    TrustedProxyMiddleware(view)(request)
    return seen


@override_settings(**PRODUCTION_PROXY_HEADER, PORTAL_TRUSTED_PROXIES=["10.1.0.0/16"])
def test_a_client_cannot_claim_https_or_choose_its_address(rf):
    seen = seen_by_the_view(rf, "203.0.113.9", HTTP_X_FORWARDED_PROTO="https", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert seen["secure"] is False
    assert "HTTP_X_FORWARDED_FOR" not in seen["meta"] and "HTTP_X_FORWARDED_PROTO" not in seen["meta"]


@override_settings(**PRODUCTION_PROXY_HEADER, PORTAL_TRUSTED_PROXIES=["10.1.0.0/16"])
def test_the_configured_proxy_is_believed(rf):
    seen = seen_by_the_view(rf, "10.1.2.3", HTTP_X_FORWARDED_PROTO="https", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert seen["secure"] is True
    assert seen["meta"]["HTTP_X_FORWARDED_FOR"] == "198.51.100.1"


@override_settings(PORTAL_TRUSTED_PROXY_COUNT=1, ALLAUTH_TRUSTED_PROXY_COUNT=1, PORTAL_TRUSTED_PROXIES=["10.1.0.0/16"])
def test_sign_in_throttling_counts_the_real_connection_when_the_header_is_forged(client, authority_a):
    """Six wrong passwords from one client, each with a different forged X-Forwarded-For, are still
    counted against that client (allauth reads the header only when the proxy sent it)."""
    from portal.demo import builders

    builders.user_get_or_build(email="p@family.example", password="a-long-test-password")
    statuses = [
        client.post(
            "/accounts/login/",
            {"login": f"nobody{i}@family.example", "password": "wrong"},
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{i}",
        ).status_code
        for i in range(12)
    ]
    assert 429 in statuses
