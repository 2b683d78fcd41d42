import importlib.util
import sys
from pathlib import Path

import pytest

from portal.notifications import sms

# The failing email backend is named by a dotted path in settings, so it must be importable under a
# fixed name whatever pytest's import mode does with the tests folder.
_BACKENDS = "portal_tests_notification_backends"
if _BACKENDS not in sys.modules:
    _spec = importlib.util.spec_from_file_location(_BACKENDS, Path(__file__).resolve().parent / "backends.py")
    sys.modules[_BACKENDS] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules[_BACKENDS])
FlakyEmailBackend = sys.modules[_BACKENDS].FlakyEmailBackend


@pytest.fixture(autouse=True)
def sms_outbox(settings):
    """Texts go to a list in memory, like Django's mail.outbox."""
    settings.PORTAL_SMS_BACKEND = "portal.notifications.sms.LocmemSMSBackend"
    sms.outbox.clear()
    yield sms.outbox
    sms.outbox.clear()


@pytest.fixture
def flaky_email(settings):
    """Email that fails twice with an SMTP error, then works."""
    FlakyEmailBackend.reset(failures=2)
    settings.EMAIL_BACKEND = f"{_BACKENDS}.FlakyEmailBackend"
    return FlakyEmailBackend
