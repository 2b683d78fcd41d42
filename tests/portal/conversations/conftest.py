import pytest

from portal.notifications import sms


@pytest.fixture(autouse=True)
def sms_outbox(settings):
    """Texts go to a list in memory, like Django's mail.outbox."""
    settings.PORTAL_SMS_BACKEND = "portal.notifications.sms.LocmemSMSBackend"
    sms.outbox.clear()
    yield sms.outbox
    sms.outbox.clear()
