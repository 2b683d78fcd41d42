"""The outbox: written with the change, sent after the commit, never twice, never lost (Reliability 29)."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from portal.demo import builders
from portal.documents.models import SharedDocument
from portal.documents.services import document_share
from portal.notifications.models import Notification
from portal.notifications.services import (
    backoff,
    notification_deliver,
    notifications_release_stale,
    notifications_send_pending,
    notify_participants,
)
from portal.notifications.tasks import send_notifications

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(world, _world_for_the_module):
    """The shared world, with the outbox rows its set-up wrote cleared: each test starts empty."""
    Notification.objects.all().delete()
    return world


def share(world, *, title="Contact plan", recipients=None):
    return builders.document_get_or_build(
        case=world.a1, title=title, recipients=recipients or [world.p1], shared_by=world.wa
    )


def test_the_outbox_row_is_written_with_the_change_and_sent_only_after_commit(
    world, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        share(world)
    notification = Notification.objects.get(recipient=world.p1.user, reason="document_shared", status="pending")
    assert notification.channel == "email"
    assert mail.outbox == []  # nothing is sent before the transaction commits
    assert len(callbacks) >= 1
    for callback in callbacks:
        callback()
    notification.refresh_from_db()
    assert notification.status == "sent"
    assert notification.sent_at is not None and notification.attempts == 1
    assert [m.to for m in mail.outbox] == [[world.p1.user.email]]


def test_a_change_that_fails_leaves_no_notification(world, django_capture_on_commit_callbacks):
    before = Notification.objects.count()
    html = SimpleUploadedFile("x.pdf", b"<html><script>alert(1)</script></html>" * 10)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        document_share(
            case=world.a1, uploaded_file=html, title="Bad", what_it_is="x", recipients=[world.p1], shared_by=world.wa
        )
    assert Notification.objects.count() == before
    assert not SharedDocument.objects.filter(title="Bad").exists()


def test_an_email_outage_saves_the_share_and_delivers_exactly_once_after_recovery(
    world, flaky_email, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        document = share(world, title="Outage letter")
    # The share is committed even though the mail server refused.
    assert SharedDocument.objects.filter(pk=document.pk).exists()
    assert document.recipients.filter(participant=world.p1).exists()
    notification = Notification.objects.get(recipient=world.p1.user, reason="document_shared", status="pending")
    assert notification.attempts == 1
    assert notification.last_error == "SMTPServerDisconnected"  # the kind of error, never its text
    assert "@" not in notification.last_error
    assert notification.next_attempt_at > timezone.now()
    assert mail.outbox == []

    # The scheduled command before the backoff has passed: nothing is due, nothing is tried.
    call_command("send_pending_notifications", stdout=StringIO())
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == ("pending", 1)

    # Still down at the next try.
    later = timezone.now() + timedelta(hours=1)
    notifications_send_pending(now=later)
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == ("pending", 2)
    assert mail.outbox == []

    # Back up: delivered once; every later run sends nothing more.
    much_later = later + timedelta(hours=1)
    assert notifications_send_pending(now=much_later) == {"sent": 1}
    notifications_send_pending(now=much_later + timedelta(hours=1))
    call_command("send_pending_notifications", stdout=StringIO())
    send_notifications.call(notification_ids=[notification.pk])
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == ("sent", 3)
    assert notification.last_error == ""
    assert [m.to for m in mail.outbox] == [[world.p1.user.email]]
    assert flaky_email.attempts == 3


def test_running_the_task_twice_sends_once(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        share(world, title="Twice")
    ids = list(Notification.objects.filter(status="pending").values_list("pk", flat=True))
    assert ids
    mail.outbox.clear()
    send_notifications.enqueue(notification_ids=ids)
    send_notifications.enqueue(notification_ids=ids)
    send_notifications.call(notification_ids=ids)
    call_command("send_pending_notifications", stdout=StringIO())
    assert len(mail.outbox) == len(ids)
    assert set(Notification.objects.filter(pk__in=ids).values_list("status", "attempts")) == {("sent", 1)}


def test_a_row_claimed_by_another_worker_is_not_sent_again(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        share(world, title="Claimed")
    notification = Notification.objects.get(status="pending", recipient=world.p1.user)
    Notification.objects.filter(pk=notification.pk).update(status="sending", claimed_at=timezone.now())
    mail.outbox.clear()
    assert notification_deliver(notification_id=notification.pk) == "sending"
    assert notifications_send_pending() == {}
    assert mail.outbox == []
    # A worker that died mid-send: after a while the row is offered again, and sent once.
    assert notifications_release_stale(now=timezone.now() + timedelta(hours=1)) == 1
    notifications_send_pending(now=timezone.now() + timedelta(hours=1))
    assert len(mail.outbox) == 1


def test_after_the_last_attempt_a_notification_is_marked_failed(world, flaky_email, settings):
    settings.PORTAL_NOTIFY_MAX_ATTEMPTS = 2
    flaky_email.reset(failures=10)
    [notification] = notify_participants(participants=[world.p2], reason="stage_changed")
    now = timezone.now()
    assert notification_deliver(notification_id=notification.pk, now=now) == "pending"
    assert notification_deliver(notification_id=notification.pk, now=now + timedelta(days=1)) == "failed"
    assert notification_deliver(notification_id=notification.pk, now=now + timedelta(days=2)) == "failed"
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == ("failed", 2)


def test_backoff_grows_and_is_capped():
    assert [backoff(n).total_seconds() / 60 for n in (1, 2, 3, 4)] == [1, 2, 4, 8]
    assert backoff(30) == timedelta(hours=6)


def test_inactive_people_are_not_notified(world):
    world.p2.user.is_active = False
    world.p2.user.save()
    assert notify_participants(participants=[world.p2], reason="stage_changed") == []


def test_the_command_reports_what_it_did(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        share(world, title="Reported")
    out = StringIO()
    call_command("send_pending_notifications", stdout=out)
    assert "sent: 1" in out.getvalue()


DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def _run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", stdout=StringIO())


# db_worker closes its connection, which would end a test transaction; serialized_rollback puts back
# what migrations made (Wagtail's root page, groups) after the flush, for the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_the_database_queue_a_failed_send_is_retried_later_automatically(
    world, flaky_email, settings, django_capture_on_commit_callbacks
):
    """Production's durable queue: the task is stored, run by `db_worker`, and re-queued with backoff."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_QUEUE
    flaky_email.reset(failures=1)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        share(world, title="Queued letter")
    notification = Notification.objects.get(recipient=world.p1.user, status="pending")
    assert notification.attempts == 0  # queued, not yet run
    assert DBTaskResult.objects.count() == 1

    _run_worker()  # the mail server is down
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == ("pending", 1)
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.run_after == notification.next_attempt_at

    _run_worker()  # the retry is not due yet
    assert mail.outbox == []

    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now() - timedelta(seconds=1))
    Notification.objects.filter(pk=notification.pk).update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    _run_worker()  # back up
    _run_worker()
    notification.refresh_from_db()
    assert notification.status == "sent"
    assert [m.to for m in mail.outbox] == [[world.p1.user.email]]
