"""Send every notification still waiting: after an email or text outage, or if the queue lost a task.

Meant for a schedule (every 5 minutes, say). Safe to run as often as you like, and in parallel:
each notification is claimed before it is sent, so nothing is sent twice.
"""

from django.core.management.base import BaseCommand

from portal.notifications.services import notifications_send_pending


class Command(BaseCommand):
    help = "Send pending notifications that are due (retries after a provider outage). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="The most to send in one run (default 500).")

    def handle(self, *args, limit=500, **options):
        counts = notifications_send_pending(limit=limit)
        summary = ", ".join(f"{status}: {count}" for status, count in sorted(counts.items())) or "nothing due"
        self.stdout.write(f"Notifications: {summary}")
