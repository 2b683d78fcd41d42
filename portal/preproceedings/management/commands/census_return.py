"""Write a council's census return (the pre-proceedings module, as XML) or print its readiness report.

    manage.py census_return la-a 2026 --output census.xml
    manage.py census_return la-a 2026 --readiness

For councils that submit from a scheduled job rather than the Census return screen. The download is
written to the access log as the screen's is, with the command as the actor.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.audit.services import audit_allowed
from portal.authorities.models import LocalAuthority

from ...census import FIRST_COLLECTION_YEAR, census_xml
from ...readiness import readiness_report


class Command(BaseCommand):
    help = "Write a council's pre-proceedings census return (XML), or print what is missing (--readiness)."

    def add_arguments(self, parser):
        parser.add_argument("council", help="The council's slug (LocalAuthority.slug), like la-a.")
        parser.add_argument(
            "year", type=int, help="The collection year's first year: 2026 is April 2026 to March 2027."
        )
        parser.add_argument("--output", help="The file to write the XML to.")
        parser.add_argument("--readiness", action="store_true", help="Print the readiness report instead.")

    def handle(self, *args, council, year, output=None, readiness=False, **options):
        authority = LocalAuthority.objects.filter(slug=council).first()
        if authority is None:
            raise CommandError(f"No council has the slug {council!r}.")
        if year < FIRST_COLLECTION_YEAR:
            raise CommandError(f"The first collection year is {FIRST_COLLECTION_YEAR}.")
        if readiness:
            self._print_readiness(authority, year)
            return
        if not output:
            raise CommandError("Say where to write the return: --output FILE (or ask for --readiness).")
        Path(output).write_bytes(census_xml(authority=authority, year=year))
        audit_allowed(
            actor=None,
            action="census_return_download",
            obj=authority,
            authority=authority,
            detail=f"collection year {year}; written to a file by the command",
            system="census_return",
        )
        self.stdout.write(f"Wrote {authority.name}'s census return for {year} to {year + 1} to {output}.")

    def _print_readiness(self, authority, year):
        report = readiness_report(authority=authority, year=year)
        self.stdout.write(
            f"{authority.name}, {year} to {year + 1}: {len(report.ready)} children ready, "
            f"{len(report.not_ready)} not ready."
        )
        for child in report.not_ready:
            self.stdout.write(
                f"\n{child.council_child_id or '(no identifier)'} {child.first_name}: {', '.join(child.fixers)}"
            )
            for problem in child.problems:
                started = problem.period_started.isoformat() if problem.period_started else "no start date"
                self.stdout.write(f"  [{started}] {problem.field_label} ({problem.census_item}): {problem.message}")
