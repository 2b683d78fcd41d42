"""Delete closed cases past their retention time, with their documents and files. Run daily."""

from django.core.management.base import BaseCommand

from portal.cases.retention import apply_retention


class Command(BaseCommand):
    help = "Delete cases closed more than PORTAL_RETENTION_DAYS_AFTER_CLOSE days ago, with their documents."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only say how many cases are due.")

    def handle(self, *args, dry_run=False, **options):
        summary = apply_retention(dry_run=dry_run)
        prefix = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{prefix} {summary['cases']} case(s); documents: {summary['documents']}, "
            f"files: {summary['versions']}; family accounts erased: {summary['accounts_erased']}."
        )
