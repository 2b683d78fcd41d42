"""Delete documents nobody has been able to see for PORTAL_UNSHARED_UPLOAD_HOURS. Run daily."""

from django.core.management.base import BaseCommand

from portal.documents.housekeeping import documents_expire_unshared


class Command(BaseCommand):
    help = "Delete documents (files and rows) that have been shared with nobody for the set time."

    def handle(self, *args, **options):
        deleted = documents_expire_unshared()
        self.stdout.write(f"Deleted {deleted} unshared document(s).")
