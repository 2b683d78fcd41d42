"""python manage.py import_openreferral FILE: load Open Referral UK services (see openreferral_import)."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from cms.directory.openreferral_import import ImportFailed, openreferral_services_import
from cms.directory.openreferral_reader import records_from_json


class Command(BaseCommand):
    help = (
        "Import Open Referral UK services from a JSON file: one service, a list, or a page of them. "
        "Checks every record first; imports all or nothing. Use - to read from standard input."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A JSON file, or - for standard input.")

    def handle(self, *args, file, **options):
        try:
            if file == "-":
                data = json.load(sys.stdin)
            else:
                with open(file, encoding="utf-8") as handle:
                    data = json.load(handle)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        except json.JSONDecodeError as error:
            raise CommandError(f"{file} is not valid JSON: {error}.") from error
        try:
            result = openreferral_services_import(records_from_json(data))
        except ImportFailed as failure:
            for problem in failure.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"Nothing was imported: {len(failure.problems)} problem(s) found.") from failure
        for warning in result.warnings:
            self.stderr.write(f"Warning: {warning}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {len(result.created) + len(result.updated) + len(result.unchanged)} service(s): "
                f"{len(result.created)} new, {len(result.updated)} changed, {len(result.unchanged)} unchanged."
            )
        )
