"""URLs. Private (never cached) routes are kept apart from public, cacheable ones."""

from allauth.account.views import password_set
from allauth.mfa.totp.views import activate_totp
from allauth.mfa.webauthn.views import add_webauthn
from django.urls import include, path
from django.views.generic import RedirectView, TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.accounts.views import quick_exit, recent_sign_in_required
from portal.health import healthz

# One login door: Wagtail's own sign-in page is replaced by a redirect to allauth's, so
# credentials posted to /admin/login/ never authenticate anyone. Django's admin is not installed.
single_login_door = [
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
]

private_urls = [
    path("accounts/exit/", quick_exit, name="quick_exit"),  # Exit this page, signed in: sign out, then leave
    # Adding a way in (a password, an app, a passkey) needs a recent sign-in (portal/accounts/views.py).
    path("accounts/password/set/", recent_sign_in_required(password_set), name="account_set_password"),
    path("accounts/2fa/totp/activate/", recent_sign_in_required(activate_totp), name="mfa_activate_totp"),
    path("accounts/2fa/webauthn/add/", recent_sign_in_required(add_webauthn), name="mfa_add_webauthn"),
    path("accounts/", include("allauth.urls")),
    path("my-family/", include("portal.cases.urls")),
    path("admin/", include(wagtailadmin_urls)),
    # Editors' library documents (PDF only), linked from guides; sent as downloads, never shown inline.
    path("documents/", include(wagtaildocs_urls)),
]

public_urls = [
    path("healthz", healthz, name="healthz"),
    path("language/", include("portal.languages.urls")),  # sets a cookie and redirects: never cached
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
    path("search/", include("cms.search.urls")),
    path("feedback/", include("cms.feedback.urls")),  # POST only; every answer redirects back
    path("openreferral/", include("cms.directory.urls")),  # open data, read-only JSON
    # Wagtail serves every page; it must stay last.
    path("", include(wagtail_urls)),
]

urlpatterns = single_login_door + private_urls + public_urls

# Database errors raised before any view runs (reading the session) get the plain 503 page.
handler500 = "portal.ops.unavailable.server_error"
