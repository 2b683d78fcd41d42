"""Directory content for the demo and for tests: categories, national services (seed_national.py)
and clearly fictional local ones (seed_local.py). Safe to run again: it only adds what is missing,
and never touches a record that already exists, so a re-run does not claim that details were
checked again today.
"""

from .models import DirectoryPage, FamilySupportTeam, LegalAdvicePage, Service, Taxonomy, TaxonomyTerm, phone_href
from .models.pages import LEGAL_ADVICE_SLUG
from .openreferral_import import openreferral_services_import
from .seed_local import drama_number, local_records, place_name
from .seed_national import national_records
from .seed_records import TAXONOMY, TERMS

DIRECTORY_SLUG = "directory"


def taxonomy_ensure():
    taxonomy, _ = Taxonomy.objects.get_or_create(uuid=TAXONOMY["uuid"], defaults=TAXONOMY)
    for order, (term_id, slug, name, description) in enumerate(TERMS):
        TaxonomyTerm.objects.get_or_create(
            uuid=term_id,
            defaults={
                "taxonomy": taxonomy,
                "slug": slug,
                "name": name,
                "description": description,
                "sort_order": order,
            },
        )
    return taxonomy


def family_support_team_ensure(*, authority, index):
    place = place_name(authority)
    team, _ = FamilySupportTeam.objects.get_or_create(
        authority=authority,
        defaults={
            "team_name": f"{place} family support team (fictional)",
            "phone": drama_number(index, 0),
            "email": f"family-support@{authority.slug}.example.org",
            "hours": "Monday to Friday, 9am to 5pm",
            "what_they_do": "If children's services are worried about your family, a family support worker can "
            "stay with you through it. They explain what is happening, help you get ready for meetings and "
            "help you find a solicitor. This team is made up for the demo.",
        },
    )
    return team


def directory_seed(*, authorities):
    """Categories, national services, and fictional local services and a family support team for
    each LA. Returns the import result (None when everything was already there)."""
    taxonomy_ensure()
    records = national_records()
    for index, authority in enumerate(authorities):
        records += local_records(authority, index)
        family_support_team_ensure(authority=authority, index=index)
    return services_import_missing(records)


def services_import_missing(records):
    """Import the Open Referral records whose service is not in the directory yet; records already
    there are never touched. Returns the import result (None when nothing was missing)."""
    existing = {str(value) for value in Service.objects.values_list("uuid", flat=True)}
    missing = [record for record in records if record["id"] not in existing]
    return openreferral_services_import(missing) if missing else None


def directory_national_seed():
    """The categories and the national services, for an installation with no council yet.
    Returns how many services were added."""
    taxonomy_ensure()
    before = Service.objects.count()
    services_import_missing(national_records())
    return Service.objects.count() - before


def legal_advice_local_notes(*, authority):
    """The demo's local notes for "Get free legal advice now": who locally can help a parent find a
    solicitor (the LA's fictional family support team, from family_support_team_ensure)."""
    team = FamilySupportTeam.objects.filter(authority=authority).first()
    if team is None:
        return ""
    return (
        f"<p>Not sure which solicitor to call? The {team.team_name} can help you find one. "
        f'Call them on <a href="{phone_href(team.phone)}">{team.phone}</a>, {team.hours}.</p>'
    )


def directory_pages_ensure(*, authority):
    """The directory and "Get free legal advice now" pages under the LA's home page, published."""
    home = authority.site.root_page
    pages = []
    for model, slug, fields in (
        (DirectoryPage, DIRECTORY_SLUG, {"title": "Find help and advice"}),
        (
            LegalAdvicePage,
            LEGAL_ADVICE_SLUG,
            {"title": "Get free legal advice now", "body": legal_advice_local_notes(authority=authority)},
        ),
    ):
        page = model.objects.child_of(home).first()
        if page is None:
            page = home.add_child(instance=model(slug=slug, **fields))
            page.save_revision().publish()
        pages.append(page)
    return pages
