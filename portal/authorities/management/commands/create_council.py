"""Set up a council on a live installation (portal/authorities/council_setup.py).

    manage.py create_council --name "Northbrook Council" --slug northbrook \
        --hostname help.northbrook.gov.uk --brand-colour "#00703c" --admin-email it.lead@northbrook.gov.uk

Run `manage.py load_national_content` first, so the council's site has the guides from the start.
Running it again with the same slug changes nothing. Anything wrong changes nothing either.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from ...council_setup import council_create

FIELD_NAMES = {"brand_colour": "--brand-colour", "admin_email": "--admin-email", "email": "--admin-email"}


class Command(BaseCommand):
    help = "Create a council: its site, home page, editor groups and pages, and invite its first LA admin."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="The council's name, as families know it.")
        parser.add_argument(
            "--slug", required=True, help="A short name of letters, numbers and dashes, like northbrook."
        )
        parser.add_argument("--hostname", required=True, help="The host name of its site, like help.northbrook.gov.uk.")
        parser.add_argument("--port", type=int, default=443, help="The port people reach the site on (443, HTTPS).")
        parser.add_argument("--brand-colour", required=True, help="Header colour, like #00703c.")
        parser.add_argument("--admin-email", required=True, help="The first LA admin's work email address.")
        parser.add_argument("--admin-first-name", default="")
        parser.add_argument("--admin-last-name", default="")
        parser.add_argument("--intro", default="", help="A sentence for the top of the home page.")

    def handle(self, *args, **options):
        try:
            result = council_create(
                name=options["name"],
                slug=options["slug"],
                hostname=options["hostname"],
                port=options["port"],
                brand_colour=options["brand_colour"],
                admin_email=options["admin_email"],
                admin_first_name=options["admin_first_name"],
                admin_last_name=options["admin_last_name"],
                intro=options["intro"],
            )
        except ValidationError as error:
            problems = error.message_dict if hasattr(error, "error_dict") else {"": error.messages}
            lines = [
                f"{FIELD_NAMES.get(field, '--' + field) if field else 'council'}: {message}"
                for field, messages in problems.items()
                for message in messages
            ]
            raise CommandError("Nothing was changed.\n" + "\n".join(lines)) from error
        authority = result.authority
        if not result.created:
            self.stdout.write(f"{authority.name} ({authority.slug}) is already set up: nothing was changed.")
            return
        self.stdout.write(
            self.style.SUCCESS(f"{authority.name} is set up at {authority.site.root_url}/.")
            + f"\nThe first LA admin has been sent an invitation: {options['admin_email'].strip().lower()}."
        )
        if not result.has_national_guidance:
            self.stdout.write(
                self.style.WARNING(
                    "There is no national guidance yet. Run `manage.py load_national_content`: "
                    "the guides then appear on this council's site too."
                )
            )
