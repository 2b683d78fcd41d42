"""Security: cookies, response headers, the Content Security Policies, trusted proxies, and the
limits that stop someone guessing addresses. Production (production.py) adds HTTPS everywhere."""

from csp.constants import NONE, SELF

from .environment import env_int, env_list

# Cookies. Session lengths are in signin.py.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# How many reverse proxies in front of the app append to X-Forwarded-For. 0: use the socket
# address. Set it to the real number, or anyone can pick the address their guesses count against.
PORTAL_TRUSTED_PROXY_COUNT = env_int("PORTAL_TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_PROXY_COUNT = PORTAL_TRUSTED_PROXY_COUNT
# The proxies whose X-Forwarded-For/-Proto/-Host are believed (addresses or networks, comma-separated).
# From anywhere else those headers are removed before anything reads them (portal/ops/proxies.py).
PORTAL_TRUSTED_PROXIES = env_list("PORTAL_TRUSTED_PROXIES", "127.0.0.1,::1")

# Content Security Policy for public and family pages: no inline script, nothing third-party.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF],
        # The page's one inline <style> (the council's colour) is added by its hash, per response.
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "manifest-src": [SELF],
    },
}
# The Wagtail admin (staff only, behind MFA) still writes inline <script> (date pickers, inline
# panels) and style attributes in 7.4, so it gets its own policy: nothing third-party, framed
# only by itself (page previews), no plugins. See portal/ops/headers.py.
PORTAL_ADMIN_CSP_PREFIXES = ("/admin/",)
PORTAL_ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "frame-ancestors": [SELF],
    "form-action": [SELF],
    "base-uri": [SELF],
    "object-src": [NONE],
}
# Browser features no page here uses (Permissions-Policy).
PORTAL_PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
# Paths whose responses are always `private, no-store`, whoever asks.
PORTAL_PRIVATE_PREFIXES = ("/accounts/", "/my-family/", "/admin/")
# Guessing addresses: this many "not found" answers from private paths in the window, from one
# session or one client address, and private paths answer 429 until the window ends (logged).
PORTAL_PROBE_LIMIT = env_int("PORTAL_PROBE_LIMIT", 30)
PORTAL_PROBE_WINDOW_SECONDS = env_int("PORTAL_PROBE_WINDOW_SECONDS", 600)
