"""X-Forwarded-* headers count only when they come from a proxy this site trusts.

Behind a proxy, the scheme (X-Forwarded-Proto) and the person's address (X-Forwarded-For) are
what the proxy says. Sent by anyone else they are lies: a client could claim HTTPS on a plain
connection, or pick the address its sign-in guesses are counted against. So before anything reads
them, this middleware removes them from every request whose connection does not come from an
address in PORTAL_TRUSTED_PROXIES (by default this machine: a proxy on the same host).
"""

import ipaddress

from django.conf import settings

FORWARDED_HEADERS = (
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_FORWARDED",
)


def trusted_networks():
    return [
        ipaddress.ip_network(entry.strip(), strict=False) for entry in settings.PORTAL_TRUSTED_PROXIES if entry.strip()
    ]


def from_trusted_proxy(remote_addr, networks):
    try:
        address = ipaddress.ip_address(remote_addr)
    except ValueError:
        return False
    return any(address in network for network in networks)


class TrustedProxyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.networks = trusted_networks()

    def __call__(self, request):
        if not from_trusted_proxy(request.META.get("REMOTE_ADDR", ""), self.networks):
            for header in FORWARDED_HEADERS:
                request.META.pop(header, None)
        return self.get_response(request)
