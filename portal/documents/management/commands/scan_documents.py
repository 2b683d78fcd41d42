"""Scan documents kept as "pending" while the virus scanner could not answer. Run every few minutes."""

from django.core.management.base import BaseCommand, CommandError

from portal.documents.housekeeping import versions_scan_pending
from portal.documents.scanning import scanning_configured


class Command(BaseCommand):
    help = "Scan pending documents with ClamAV. Clean ones become downloadable; infected ones are deleted."

    def handle(self, *args, **options):
        if not scanning_configured():
            raise CommandError("No scanner is configured: set PORTAL_CLAMD_SOCKET or PORTAL_CLAMD_HOST.")
        counts = versions_scan_pending()
        summary = ", ".join(f"{status}: {count}" for status, count in sorted(counts.items())) or "nothing pending"
        self.stdout.write(summary)
