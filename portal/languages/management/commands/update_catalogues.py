from django.core.management.base import BaseCommand

from portal.languages.catalogues import catalogue_compile, catalogue_languages, catalogues_extract


class Command(BaseCommand):
    help = "Extract interface strings into locale/*/django.po (needs gettext) and compile them."

    def add_arguments(self, parser):
        parser.add_argument("--compile-only", action="store_true", help="Only compile the .po files to .mo.")

    def handle(self, *args, compile_only=False, **options):
        languages = catalogue_languages()
        if not compile_only:
            catalogues_extract(languages=languages)
        for language in languages:
            catalogue_compile(language)
        done = "compiled" if compile_only else "updated and compiled"
        self.stdout.write(f"Catalogues {done}: {', '.join(languages)}")
