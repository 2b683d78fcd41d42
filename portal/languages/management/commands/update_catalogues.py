from django.core.management import call_command
from django.core.management.base import BaseCommand

from portal.languages.catalogues import IGNORE_PATTERNS, catalogue_compile, catalogue_languages


class Command(BaseCommand):
    help = "Extract interface strings into locale/*/django.po (needs gettext) and compile them."

    def add_arguments(self, parser):
        parser.add_argument("--compile-only", action="store_true", help="Only compile the .po files to .mo.")

    def handle(self, *args, compile_only=False, **options):
        languages = catalogue_languages()
        if not compile_only:
            call_command(
                "makemessages",
                locale=languages,
                ignore_patterns=IGNORE_PATTERNS,
                no_location=True,
                no_obsolete=True,
                verbosity=0,
            )
        for language in languages:
            catalogue_compile(language)
        self.stdout.write(
            f"Catalogues {'compiled' if compile_only else 'updated and compiled'}: {', '.join(languages)}"
        )
