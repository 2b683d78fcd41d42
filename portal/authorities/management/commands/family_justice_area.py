"""Group councils into a family justice area and name the people who may see its figures.

    manage.py family_justice_area "Northbrook and Westmere DFJ area" --council northbrook \
        --council westmere --member analyst@lfjb.example

Run it again to add councils or people; it never takes any away. The people must already have an
account (they set up an authenticator the first time they open the admin) and must not be council
staff. They see /admin/preproceedings/area/: counts only, council by council, small numbers hidden.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from ...services import family_justice_area_set_up


class Command(BaseCommand):
    help = "Create or update a family justice area: its councils and the people who see its figures."

    def add_arguments(self, parser):
        parser.add_argument("name", help="The area's name, like “Northbrook and Westmere DFJ area”.")
        parser.add_argument("--council", action="append", default=[], help="A council's slug (repeatable).")
        parser.add_argument("--member", action="append", default=[], help="A person's email (repeatable).")

    def handle(self, *args, name, council, member, **options):
        try:
            area = family_justice_area_set_up(name=name, council_slugs=council, member_emails=member)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        councils = ", ".join(area.authorities.order_by("name").values_list("name", flat=True)) or "none yet"
        self.stdout.write(f"{area.name}: councils {councils}; {area.members.count()} people see its figures.")
