"""Signing in (django-allauth): accounts, codes, second factors, throttling and how long a session
lasts. Accounts are made for people by their worker; nobody signs up."""

from .environment import env_int
from .project import PORTAL_NAME

AUTHENTICATION_BACKENDS = [
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
# Six digits: a phone offers its number pad (inputmode="numeric") and can fill it from the email.
ACCOUNT_LOGIN_BY_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
# "Send a new code" on the code page, twice at most (emails are slow, or land in junk).
ACCOUNT_LOGIN_BY_CODE_SUPPORTS_RESEND = True
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_SESSION_REMEMBER = False
# One email address per account, changed by the person's worker (or LA admin) only; changes to an
# account's ways in need a recent sign-in and are logged and told (portal/accounts/security_events.py).
ACCOUNT_MAX_EMAIL_ADDRESSES = 1
ACCOUNT_REAUTHENTICATION_REQUIRED = True
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = False
MFA_ADAPTER = "portal.accounts.mfa.MFAAdapter"  # staff cannot remove their last second factor
MFA_TOTP_ISSUER = PORTAL_NAME
# Sign-in throttling (Cyber Essentials: at most 10 guesses in 5 minutes). Per account: 5 failures
# in 5 minutes; per client address: 10 in 5 minutes. Counted in the shared cache (cache.py).
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/5m/ip,5/5m/key",
    "login": "30/m/ip",
    "request_login_code": "20/m/ip,3/m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "reauthenticate": "10/m/user",
}
USERSESSIONS_TRACK_ACTIVITY = False  # True would write to the database on every request

# How long a session lasts. Enforced on the server by portal.accounts.sessions, whatever the cookie says.
SESSION_COOKIE_AGE = env_int("PORTAL_SESSION_AGE", 12 * 60 * 60)
PORTAL_STAFF_SESSION_IDLE_MINUTES = env_int("PORTAL_STAFF_SESSION_IDLE_MINUTES", 30)
PORTAL_FAMILY_SESSION_IDLE_MINUTES = env_int("PORTAL_FAMILY_SESSION_IDLE_MINUTES", 60)
PORTAL_SESSION_ABSOLUTE_HOURS = env_int("PORTAL_SESSION_ABSOLUTE_HOURS", 12)
# Staff URLs where a second factor is required (portal.accounts.mfa).
PORTAL_MFA_REQUIRED_PREFIXES = ("/admin/", "/django-admin/")
