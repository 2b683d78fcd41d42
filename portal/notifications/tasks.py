"""Background tasks (django-tasks). Each is safe to run twice: delivery claims each row first."""

from django_tasks import task


@task()
def send_notifications(*, notification_ids):
    """Send these outbox rows. Rows already sent, or being sent by someone else, are skipped.

    A row that fails is put back with a later next_attempt_at, and (on a queue that supports
    deferred tasks, like django_tasks_db) this task is queued again for that time.
    """
    from .services import notifications_deliver

    counts = notifications_deliver(notification_ids=notification_ids)
    return {str(status): count for status, count in counts.items()}
