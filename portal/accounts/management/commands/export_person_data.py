"""Subject access export: everything the portal holds about one person, as JSON (or a zip with files)."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.accounts.subject_access import person_export_json, person_export_zip
from portal.audit.services import audit_allowed


class Command(BaseCommand):
    help = "Export one person's data for a subject access request: JSON to stdout, or --output FILE."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--output", help="Write to this file instead of stdout.")
        parser.add_argument(
            "--with-files", action="store_true", help="Write a zip with data.json and the documents shared with them."
        )

    def handle(self, *args, email, output=None, with_files=False, **options):
        user = get_user_model().objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError("No account has that email address.")
        if with_files and not output:
            raise CommandError("--with-files writes a zip: give --output FILE.zip too.")
        audit_allowed(
            actor=None,
            system="export_person_data",
            action="subject_access_export",
            obj=user,
            detail="with files" if with_files else "",
        )
        if with_files:
            Path(output).write_bytes(person_export_zip(user=user))
        elif output:
            Path(output).write_text(person_export_json(user=user), encoding="utf-8")
        else:
            self.stdout.write(person_export_json(user=user))
        if output:
            self.stderr.write(f"Written to {output}. Review it before sending: it may mention other people.")
