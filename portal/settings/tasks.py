"""Work done outside the request: the task queue, and the email and texts it sends."""

from .environment import env_int, env_str

# Background tasks (django-tasks). The immediate backend runs a task in the request, after the
# commit: fine for development and tests. Production sets
# PORTAL_TASKS_BACKEND=django_tasks_db.DatabaseBackend and runs `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": env_str("PORTAL_TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
        "QUEUES": ["default"],
    }
}

# Email: the console in development; SMTP or GOV.UK Notify in production.
# GOV.UK Notify: when a key is set, email (sign-in codes, invitations, notifications) and texts go
# through Notify. The email template must be subject ((subject)) and body ((body)); the text
# message template must be just ((body)).
GOVUK_NOTIFY_API_KEY = env_str("GOVUK_NOTIFY_API_KEY")
GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID = env_str("GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID")
GOVUK_NOTIFY_SMS_TEMPLATE_ID = env_str("GOVUK_NOTIFY_SMS_TEMPLATE_ID")
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django_gov_notify.backends.NotifyEmailBackend"
    if GOVUK_NOTIFY_API_KEY
    else "django.core.mail.backends.smtp.EmailBackend",
)
# Seconds before a slow mail server counts as down (the notification is then retried later).
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "no-reply@family-portal.invalid")

# Notifications (portal.notifications): texts go through this backend (a dotted path); empty means
# GOV.UK Notify when GOVUK_NOTIFY_API_KEY is set, else the console.
PORTAL_SMS_BACKEND = env_str("PORTAL_SMS_BACKEND")
# Tries before a notification is marked failed (with backoff: 1, 2, 4 … minutes, at most 6 hours).
PORTAL_NOTIFY_MAX_ATTEMPTS = env_int("PORTAL_NOTIFY_MAX_ATTEMPTS", 12)
# Workers are prompted about recipients who have not opened a document after this many days.
PORTAL_UNOPENED_DAYS = env_int("PORTAL_UNOPENED_DAYS", 3)
