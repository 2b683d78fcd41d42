from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext, gettext_noop

from portal.languages.cookie import in_language
from portal.notifications.naming import named, portal_name

# In English here; sent in the person's own language (User.language) where there is a translation.
INVITATION_SUBJECT = gettext_noop("Your account is ready")
INVITATION_BODY = gettext_noop("""Hello,

An account has been set up for you on {portal_name}.

To sign in, go to {login_url} and enter this email address.
We will email you a code to sign in with. You do not need a password.

If you were not expecting this email, you can ignore it.
""")

# A member of staff's invitation: the admin screens ask for a code from an authenticator app at the
# first sign-in (portal.accounts.mfa), so it says they will need one, and how to get one.
STAFF_INVITATION_BODY = gettext_noop("""Hello,

An account has been set up for you on {portal_name}.

To sign in, go to {login_url} and enter this email address.
We will email you a code to sign in with. You do not need a password.

You will also need an authenticator app on your phone. This is a free app that shows a new 6-digit
code every 30 seconds. The first time you sign in, we will show you a square code to scan with the
app. After that, you type in the code from the app each time you sign in.

If you do not have an authenticator app, get one free from your phone's app store (search for
"authenticator"). Your council's IT team may tell you which one to use.

If you were not expecting this email, you can ignore it.
""")


def invitation_send(*, email, authority=None, language="", for_staff=False):
    """A neutral message: it names no person, council team or case, because others may read it.
    A member of staff's (`for_staff`) also says they will need an authenticator app, and how to get one.

    In production the link goes to the LA's own site, so the person lands on familiar branding.
    In development the demo sites' host names do not carry the dev server's port, so the link
    uses PORTAL_BASE_URL instead.
    """
    base_url = settings.PORTAL_BASE_URL
    if not settings.DEBUG and authority is not None and authority.site is not None:
        base_url = authority.site.root_url
    login_url = base_url.rstrip("/") + reverse("account_request_login_code")
    with in_language(language):
        subject = named(gettext(INVITATION_SUBJECT))
        template = STAFF_INVITATION_BODY if for_staff else INVITATION_BODY
        body = gettext(template).format(portal_name=portal_name(), login_url=login_url)
    send_mail(subject, body, None, [email])


JOIN_SUBJECT = gettext_noop("You have been invited to see a family's case")
JOIN_BODY = gettext_noop("""Hello,

You have been invited to see a family's case on {portal_name}, with the account you already have.

To accept, sign in and then open this link:
{join_url}

The link works for {days} days. Nothing changes until you accept.

If you were not expecting this email, you can ignore it.
""")


def join_invitation_send(*, email, authority, token, language=""):
    """For an account that already exists: a link to accept joining a case. Names nobody and no case."""
    from .models import CaseInvitation

    base_url = settings.PORTAL_BASE_URL
    if not settings.DEBUG and authority is not None and authority.site is not None:
        base_url = authority.site.root_url
    join_url = base_url.rstrip("/") + reverse("family:join", args=[token])
    with in_language(language):
        subject = named(gettext(JOIN_SUBJECT))
        body = gettext(JOIN_BODY).format(portal_name=portal_name(), join_url=join_url, days=CaseInvitation.VALID_DAYS)
    send_mail(subject, body, None, [email])
