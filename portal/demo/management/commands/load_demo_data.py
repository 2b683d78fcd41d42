"""Load demo local authorities, pages and accounts. Safe to run again: it only adds what is missing.

It is built from the same services as the production set-up commands (README, "First deployment"):
`load_national_content` (cms/guidance/national_content.py) for the national guidance, glossary and
services, and the council set-up pieces of `create_council` (portal/authorities/council_setup.py),
with made-up councils, text and accounts on top. It never runs with production settings.
"""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cms.directory.seed import directory_seed
from cms.guidance.groups import LEGAL_CHECKERS, NATIONAL_EDITORS, NATIONAL_MODERATORS
from cms.guidance.national_content import national_content_load
from cms.guidance.sharing import national_guidance_share
from cms.standard.models import StandardPage
from portal.authorities.council_setup import council_pages_ensure
from portal.authorities.roles import AREA_GROUP
from portal.authorities.services import family_justice_area_set_up
from portal.demo import builders, caseload, families, history
from portal.demo.translations import translations_seed

DEMO_PASSWORD = "Portal-demo-2026"  # noqa: S105 (published in the README on purpose)

AUTHORITIES = [
    {
        "name": "Northbrook Council (demo)",
        "slug": "northbrook",
        "brand_colour": "#00703c",
        "hostname": "localhost",
        "is_default_site": True,
        "intro": "Help for families in Northbrook when children's services are worried and court may be next.",
    },
    {
        "name": "Westmere Council (demo)",
        "slug": "westmere",
        "brand_colour": "#4c2c92",
        "hostname": "westmere.localhost",
        "intro": "Help for families in Westmere when children's services are worried and court may be next.",
    },
]

STANDARD_PAGES = [
    (
        "privacy",
        "Privacy notice",
        StandardPage.Purpose.PRIVACY,
        [
            "This is a demo site. The council named here is made up.",
            "We only keep what we need to help your family: your name, your email address, and the "
            "documents your worker shares with you.",
            "Only you, the people you share your case with, and your family's workers can see your "
            "family's area. We keep a record of who opened what, so we can check nobody looks who should not.",
        ],
    ),
    (
        "accessibility",
        "Accessibility statement",
        StandardPage.Purpose.ACCESSIBILITY,
        [
            "We want everyone to be able to use this website. You should be able to make the text "
            "bigger, use it with only a keyboard, and use it with a screen reader.",
            "If something does not work for you, tell us on the contact page and we will help.",
        ],
    ),
    (
        "contact",
        "Contact",
        StandardPage.Purpose.CONTACT,
        [
            "This is a demo site, so these details are made up.",
            "Family support team: 01632 960 000, Monday to Friday, 9am to 5pm.",
            "If a child is in danger right now, call 999.",
        ],
    ),
]


def _production_settings():
    """True when run with portal.settings.production (or a module named like it). Overridden settings
    (as tests make) hide the module's name, so the environment variable is asked too."""
    names = (getattr(settings, "SETTINGS_MODULE", None), os.environ.get("DJANGO_SETTINGS_MODULE"))
    return any((name or "").endswith(".production") for name in names)


class Command(BaseCommand):
    help = "Create demo local authorities, pages and accounts. Refuses to run with DEBUG off unless --force."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even though DEBUG is off.")

    def handle(self, *args, force=False, **options):
        if _production_settings():
            raise CommandError(
                "Refusing to load demo data with production settings: it makes made-up councils and "
                "accounts with a published password. To set up a real site, run `manage.py "
                'load_national_content` and then `manage.py create_council` (README, "First deployment").'
            )
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to load demo data with DEBUG off: this may be a live site. Use --force if you are sure."
            )
        with transaction.atomic():
            authorities = [builders.authority_get_or_build(**spec) for spec in AUTHORITIES]
            for authority in authorities:
                for slug, title, purpose, paragraphs in STANDARD_PAGES:
                    builders.standard_page_get_or_build(
                        home=authority.site.root_page, slug=slug, title=title, purpose=purpose, paragraphs=paragraphs
                    )
            self._content(authorities)
            self._accounts(authorities[0])
            self._families(*authorities)
        self.stdout.write(self.style.SUCCESS("Demo data is ready. Accounts are listed in the README."))

    def _content(self, authorities):
        """National guidance (shared with every LA), the glossary, and each LA's directory."""
        national_content_load()
        directory_seed(authorities=authorities)  # the made-up local services and family support teams
        for authority in authorities:
            national_guidance_share(authority=authority)
            # The standard pages were made first, above, so they keep their place in the page tree.
            council_pages_ensure(authority=authority, standard_pages=())
        translations_seed(authorities=authorities)

    def _accounts(self, authority):
        # The council's own editor and moderator are its staff too, so its LA admin manages them.
        builders.staff_get_or_build(
            authority=authority,
            email="editor@northbrook.example",
            role="editor",
            first_name="Esme",
            last_name="Editor",
            job_title="Web editor",
            password=DEMO_PASSWORD,
        )
        builders.staff_get_or_build(
            authority=authority,
            email="moderator@northbrook.example",
            role="moderator",
            first_name="Mo",
            last_name="Moderator",
            job_title="Communications manager",
            password=DEMO_PASSWORD,
        )
        # The national team, who write the guides every council shows, and a legal checker, who
        # approves the "Legal check" step before changed legal facts go live.
        builders.user_get_or_build(
            email="national.editor@guidance.example",
            password=DEMO_PASSWORD,
            first_name="Nia",
            last_name="National",
            groups=[NATIONAL_EDITORS],
        )
        builders.user_get_or_build(
            email="national.moderator@guidance.example",
            password=DEMO_PASSWORD,
            first_name="Nat",
            last_name="Moderator",
            groups=[NATIONAL_MODERATORS],
        )
        builders.user_get_or_build(
            email="legal.checker@guidance.example",
            password=DEMO_PASSWORD,
            first_name="Lee",
            last_name="Counsel",
            groups=[LEGAL_CHECKERS],
        )

    def _families(self, northbrook, westmere):
        worker = builders.staff_get_or_build(
            authority=northbrook,
            email="worker@northbrook.example",
            role="worker",
            first_name="Fran",
            last_name="Okafor",
            job_title="Family support worker",
            phone="01632 960 010",
            password=DEMO_PASSWORD,
        )
        builders.staff_get_or_build(
            authority=northbrook,
            email="admin@northbrook.example",
            role="admin",
            first_name="Alex",
            last_name="Admin",
            job_title="Service manager",
            password=DEMO_PASSWORD,
        )
        builders.staff_get_or_build(
            authority=northbrook,
            email="data@northbrook.example",
            role="data",
            first_name="Dana",
            last_name="Analyst",
            job_title="Performance and data officer",
            password=DEMO_PASSWORD,
        )
        westmere_worker = builders.staff_get_or_build(
            authority=westmere,
            email="worker@westmere.example",
            role="worker",
            first_name="Wes",
            last_name="Hughes",
            job_title="Social worker",
            phone="01632 960 020",
            password=DEMO_PASSWORD,
        )
        families.taylor_family(authority=northbrook, worker=worker, password=DEMO_PASSWORD)
        families.khan_family(authority=northbrook, worker=worker, password=DEMO_PASSWORD)
        caseload.caseload(authority=northbrook, worker=worker)
        families.brown_family(authority=westmere, worker=westmere_worker, password=DEMO_PASSWORD)
        for authority in (northbrook, westmere):
            history.current_periods(authority=authority)
            history.history(authority=authority)
        builders.user_get_or_build(
            email="area@familyjustice.example",
            password=DEMO_PASSWORD,
            first_name="Ari",
            last_name="Board",
            groups=[AREA_GROUP],
        )
        family_justice_area_set_up(
            name="Northbrook and Westmere DFJ area",
            council_slugs=[northbrook.slug, westmere.slug],
            member_emails=["area@familyjustice.example"],
        )
