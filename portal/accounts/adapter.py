import hashlib

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.core.internal.httpkit import clean_client_ip
from allauth.core.ratelimit import respond_429
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils import translation

from portal.audit.services import audit_denied
from portal.languages.cookie import LANGUAGE_CODES, in_language, language_cookie_set
from portal.notifications.naming import named, portal_name

from .services import user_language_set


def _account_for(credentials):
    email = (credentials.get("email") or credentials.get("username") or "").strip()
    if not email:
        return None, ""
    user = get_user_model().objects.filter(email__iexact=email).first()
    # Unknown addresses are logged by a short hash, not as typed: they may be someone's mistyped address.
    return user, "" if user else "unknown account " + hashlib.sha256(email.lower().encode()).hexdigest()[:12]


def authority_of(user):
    """The council whose LA admin should see what happened to this account: the staff member's own,
    or the council of a family member's (latest) case."""
    if user is None:
        return None
    membership = getattr(user, "staff_membership", None)
    if membership is not None:
        return membership.authority
    from portal.cases.models import Participant

    participant = Participant.objects.filter(user=user).select_related("case__authority").order_by("-pk").first()
    return participant.case.authority if participant is not None else None


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created for people by their worker or LA admin, never by sign-up.

    After signing in people land where their work is (`get_login_redirect_url`).

    Also: every failed and every throttled sign-in is written to the access log, and throttling
    answers 429 (allauth's own throttle only shows a form error). Limits are ACCOUNT_RATE_LIMITS.
    """

    def is_open_for_signup(self, request):
        return False

    def format_email_subject(self, subject):
        """allauth's emails (sign-in codes, password resets) start with the portal's name, like every
        other message (notifications/naming.py), where allauth would put the host name."""
        return named(str(subject))

    def send_mail(self, template_prefix, email, context):
        """allauth's emails go out in the account owner's own language (the page's language for an
        address with no account), and their templates (templates/account/email/) name the portal,
        never the host, and say how long a code works."""
        user = get_user_model().objects.filter(email__iexact=email).only("language").first()
        language = user.language if user is not None and user.language else translation.get_language()
        context = {
            **context,
            "portal_name": portal_name(),
            "code_minutes": max(app_settings.LOGIN_BY_CODE_TIMEOUT // 60, 1),
            "reset_code_minutes": max(app_settings.PASSWORD_RESET_BY_CODE_TIMEOUT // 60, 1),
        }
        with in_language(language):
            return super().send_mail(template_prefix, email, context)

    def get_login_redirect_url(self, request):
        """Where someone lands after signing in (with no page asked for): a family member in their
        family area, staff in the admin, anyone else on the home page."""
        from django.urls import reverse

        from portal.cases.selectors import participations_for_user

        user = request.user
        if user.has_perm("wagtailadmin.access_admin"):
            return reverse("wagtailadmin_home")
        if participations_for_user(user=user).exists():
            return reverse("family:home")
        return super().get_login_redirect_url(request)

    def post_login(self, request, user, **kwargs):
        """Each person reads the portal in their own language on every device: the language kept on
        their account becomes this browser's choice. Someone who chose a language before signing in
        (on the sign-in page) and has none kept yet has that choice kept."""
        response = super().post_login(request, user, **kwargs)
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        if not user.language and chosen in LANGUAGE_CODES:
            user_language_set(user=user, language=chosen)
        elif user.language in LANGUAGE_CODES and user.language != chosen:
            language_cookie_set(response, user.language, secure=settings.SESSION_COOKIE_SECURE)
        return response

    def pre_authenticate(self, request, **credentials):
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            user, detail = _account_for(credentials)
            audit_denied(
                actor=None,  # whoever is trying; the account they tried is the object
                obj=user,
                action="login_throttled",
                authority=authority_of(user),
                request=request,
                detail=detail or "too many failed sign-ins",
            )
            # The same answer whether the account exists or not.
            raise ImmediateHttpResponse(respond_429(request)) from None

    def authentication_failed(self, request, **credentials):
        user, detail = _account_for(credentials)
        audit_denied(
            actor=None,
            obj=user,
            action="login_failed",
            authority=authority_of(user),
            request=request,
            detail=detail or "wrong password",
        )

    def reauthenticate(self, user, password):
        """Asked for the password again (before adding an authenticator, say): a wrong one is logged."""
        ok = super().reauthenticate(user, password)
        if not ok:
            from allauth.core import context

            audit_denied(
                actor=user,
                obj=user,
                action="reauthentication_failed",
                authority=authority_of(user),
                request=context.request,
                detail="wrong password",
            )
        return ok

    def get_client_ip(self, request):
        """The client's address, taking PORTAL_TRUSTED_PROXY_COUNT proxies' X-Forwarded-For into account.

        allauth raises ImproperlyConfigured (a 500) when X-Forwarded-For has fewer entries than
        trusted proxies: a request that did not come through them all. Its nearest hop is then the
        only address we can trust.
        """
        try:
            return super().get_client_ip(request)
        except ImproperlyConfigured:
            ip = clean_client_ip(request.META.get("REMOTE_ADDR", ""))
            if not ip:
                raise
            return ip
