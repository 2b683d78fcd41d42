"""Setting up a council on a live installation: `manage.py create_council`.

One service does it all, in one transaction: the LocalAuthority with its Wagtail site, home page and
editor and moderator groups (services.authority_create), the national guidance shown on its site,
its A to Z of words, directory and legal advice pages, its privacy, accessibility and contact pages
(with placeholder text the council must replace before going live), the ways in on its home page,
and its first LA admin, who is sent the normal staff invitation.

The demo (portal/demo) makes its councils with the same pieces: `authority_create`,
`council_pages_ensure` and `standard_page_ensure`, giving its own made-up text for the standard pages.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email, validate_slug
from django.db import transaction
from wagtail.models import Site

from cms.directory.seed import directory_pages_ensure
from cms.glossary.seed import glossary_page_ensure
from cms.guidance.seed import home_ways_in_ensure
from cms.guidance.selectors import national_root
from cms.standard.models import StandardPage
from cms.standard.services import standard_page_ensure

from .models import LocalAuthority
from .services import authority_create, first_la_admin_create
from .validators import validate_brand_colour

TO_BE_WRITTEN = "To be written by the council before this site goes live."

# The pages every council's footer links to. The council writes them: until then they say so.
PLACEHOLDER_STANDARD_PAGES = [
    (
        "privacy",
        "Privacy notice",
        StandardPage.Purpose.PRIVACY,
        [TO_BE_WRITTEN, "It will say what the council keeps about you, why, for how long, and who can see it."],
    ),
    (
        "accessibility",
        "Accessibility statement",
        StandardPage.Purpose.ACCESSIBILITY,
        [TO_BE_WRITTEN, "It will say how accessible this website is and how to tell the council about a problem."],
    ),
    (
        "contact",
        "Contact",
        StandardPage.Purpose.CONTACT,
        [
            TO_BE_WRITTEN,
            "It will give the council's phone number and opening hours.",
            "If a child is in danger now, call 999.",
        ],
    ),
]


@dataclass
class CouncilSetUp:
    authority: LocalAuthority
    created: bool
    has_national_guidance: bool = True


def council_pages_ensure(*, authority, standard_pages):
    """A council's own pages under its home page: the standard pages (`standard_pages` is a list of
    (slug, title, purpose, paragraphs)), the A to Z of words, the directory and legal advice pages,
    and the ways in on its home page. Each is made only if missing."""
    home = authority.site.root_page
    for slug, title, purpose, paragraphs in standard_pages:
        standard_page_ensure(home=home, slug=slug, title=title, purpose=purpose, paragraphs=paragraphs)
    glossary_page_ensure(parent=home)
    directory_pages_ensure(authority=authority)
    home_ways_in_ensure(home=home)


def _council_problems(*, name, slug, hostname, brand_colour, admin_email):
    """Every reason the council cannot be made, as {field: message}; empty if it can."""
    problems = {}
    for field, validator, value in (
        ("slug", validate_slug, slug),
        ("brand_colour", validate_brand_colour, brand_colour),
        ("admin_email", validate_email, admin_email),
    ):
        try:
            validator(value)
        except ValidationError as error:
            problems[field] = " ".join(error.messages)
    if not (name or "").strip():
        problems["name"] = "Give the council's name, as families know it."
    elif LocalAuthority.objects.filter(name__iexact=name.strip()).exists():
        problems["name"] = f"Another council is already called {name.strip()}."
    if not (hostname or "").strip():
        problems["hostname"] = "Give the host name the council's site answers to, like help.council.gov.uk."
    elif Site.objects.filter(hostname__iexact=hostname.strip()).exists():
        problems["hostname"] = f"Another site already answers to {hostname.strip()}. Choose a different host name."
    return problems


@transaction.atomic
def council_create(
    *, name, slug, hostname, brand_colour, admin_email, port=443, admin_first_name="", admin_last_name="", intro=""
):
    """Set up a council and invite its first LA admin. All or nothing.

    A council with this slug already there is returned untouched (`created` False), so running the
    command twice is harmless. Anything wrong (a host name another site answers to, a colour white
    text cannot be read on, an email address already in use) raises ValidationError and changes
    nothing. The invitation is sent only once the transaction has committed.
    """
    existing = LocalAuthority.objects.filter(slug=slug).first()
    if existing is not None:
        return CouncilSetUp(authority=existing, created=False)
    problems = _council_problems(
        name=name, slug=slug, hostname=hostname, brand_colour=brand_colour, admin_email=admin_email
    )
    if problems:
        raise ValidationError(problems)
    authority = authority_create(
        name=name.strip(),
        slug=slug,
        brand_colour=brand_colour,
        hostname=hostname.strip().lower(),
        port=port,
        intro=intro,
    )
    council_pages_ensure(authority=authority, standard_pages=PLACEHOLDER_STANDARD_PAGES)
    first_la_admin_create(
        authority=authority, email=admin_email, first_name=admin_first_name, last_name=admin_last_name
    )
    return CouncilSetUp(authority=authority, created=True, has_national_guidance=national_root() is not None)
