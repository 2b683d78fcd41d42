"""Load or update the national guidance, glossary and national services (cms/guidance/national_content.py).

Safe on a live site and safe to run again: pages editors have changed are never overwritten."""

from django.core.management.base import BaseCommand

from cms.guidance.national_content import national_content_load


class Command(BaseCommand):
    help = (
        "Load or update the national guidance, journey, young people's hub, glossary and national "
        "services. Adds what is missing, updates what only this command has written, and lists "
        "pages an editor has changed without touching them."
    )

    def handle(self, *args, **options):
        report = national_content_load()
        for label in report.added:
            self.stdout.write(f"added: {label}")
        for label in report.updated:
            self.stdout.write(f"updated: {label}")
        for label in report.left_alone:
            self.stdout.write(self.style.WARNING(f"left alone: changed by an editor: {label}"))
        self.stdout.write(
            self.style.SUCCESS(
                f"National content: {len(report.added)} added, {len(report.updated)} updated, "
                f"{len(report.left_alone)} left alone, {report.services_added} national services added."
            )
        )
