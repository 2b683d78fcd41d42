"""Remind family members of their key dates the day before. Meant for a daily schedule.

Safe to run more than once a day: each person is reminded of each date once (KeyDateReminder).
Run it in the morning (say 09:00 Europe/London) so texts do not arrive at night.
"""

from django.core.management.base import BaseCommand

from portal.notifications.services import key_date_reminders_send


class Command(BaseCommand):
    help = "Send the day-before reminders for tomorrow's key dates. Idempotent."

    def handle(self, *args, **options):
        count = key_date_reminders_send()
        self.stdout.write(f"Reminders queued: {count}")
