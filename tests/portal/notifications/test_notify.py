"""With GOVUK_NOTIFY_API_KEY set, email and texts go through GOV.UK Notify, with the configured templates."""

import uuid

import pytest
import requests
from notifications_python_client.base import BaseAPIClient
from notifications_python_client.errors import HTTPError

from portal.notifications import messages
from portal.notifications.models import ContactPreference, Notification
from portal.notifications.services import notification_deliver, notify_participants

pytestmark = pytest.mark.django_db

EMAIL_TEMPLATE = str(uuid.uuid4())
SMS_TEMPLATE = str(uuid.uuid4())


@pytest.fixture
def notify(settings, monkeypatch):
    settings.GOVUK_NOTIFY_API_KEY = f"test-{uuid.uuid4()}-{uuid.uuid4()}"
    settings.GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID = EMAIL_TEMPLATE
    settings.GOVUK_NOTIFY_SMS_TEMPLATE_ID = SMS_TEMPLATE
    settings.PORTAL_SMS_BACKEND = ""  # chosen from the key
    calls = []
    state = {"status": 201}

    def post(self, url, data):
        calls.append((url, data))
        if state["status"] >= 400:
            response = requests.Response()
            response.status_code = state["status"]
            raise HTTPError(response)
        return {"id": str(uuid.uuid4())}

    monkeypatch.setattr(BaseAPIClient, "post", post)
    return {"calls": calls, "state": state}


def test_email_and_text_go_through_notify_with_neutral_personalisation(world, notify):
    ContactPreference.objects.create(
        user=world.p1.user, channel="both", phone_number="+447700900982", phone_verified=True
    )
    Notification.objects.all().delete()
    notifications = notify_participants(participants=[world.p1], reason="document_shared")
    for notification in notifications:
        assert notification_deliver(notification_id=notification.pk) == "sent"
    by_url = dict(notify["calls"])
    email = by_url["/v2/notifications/email"]
    assert email["email_address"] == world.p1.user.email
    assert email["template_id"] == EMAIL_TEMPLATE
    assert email["personalisation"] == {
        "subject": "Family court help: You have an update",
        "body": messages.UPDATE_EMAIL.format(login_url=messages.login_url()) + "\n",
    }
    text = by_url["/v2/notifications/sms"]
    assert text["phone_number"] == "+447700900982"
    assert text["template_id"] == SMS_TEMPLATE
    assert text["personalisation"] == {
        "body": "Family court help: " + messages.UPDATE_SMS.format(login_url=messages.login_url())
    }
    # The reference lets an operator match Notify's record to ours, and says nothing itself.
    sms_notification = next(n for n in notifications if n.channel == "sms")
    assert text["reference"] == str(sms_notification.public_id)


def test_a_notify_outage_is_retried_but_a_refused_number_is_not(world, notify):
    ContactPreference.objects.create(
        user=world.p1.user, channel="text", phone_number="+447700900982", phone_verified=True
    )
    Notification.objects.all().delete()
    notify["state"]["status"] = 500
    [notification] = notify_participants(participants=[world.p1], reason="stage_changed")
    assert notification_deliver(notification_id=notification.pk) == "pending"
    notification.refresh_from_db()
    assert notification.last_error == "HTTPError"

    notify["state"]["status"] = 400
    [refused] = notify_participants(participants=[world.p1], reason="stage_changed")
    assert notification_deliver(notification_id=refused.pk) == "failed"
