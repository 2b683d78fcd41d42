"""Delete documents nobody has been able to see for PORTAL_UNSHARED_UPLOAD_HOURS, and files held
for a share that was never confirmed. Run daily."""

from django.core.management.base import BaseCommand

from portal.documents.housekeeping import documents_expire_unshared, staged_uploads_expire


class Command(BaseCommand):
    help = (
        "Delete documents (files and rows) that have been shared with nobody for the set time, "
        "and files held for a share that was never confirmed."
    )

    def handle(self, *args, **options):
        deleted = documents_expire_unshared()
        self.stdout.write(f"Deleted {deleted} unshared document(s).")
        held = staged_uploads_expire()
        self.stdout.write(f"Deleted {held} file(s) held for a share that was never confirmed.")
