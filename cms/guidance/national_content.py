"""Load or update the national content every council shows: `manage.py load_national_content`.

The guidance (sections, guides, the journey page, the young people's hub), the glossary and the
national services in the directory. It needs no council, is safe on a live site and can be run
after every release that changes the seed content:

- a page or term that is missing is added and published;
- one only the seed has ever saved is brought up to the new seed text (seed_update.py for pages,
  cms/glossary/seed.py for terms: saved by nobody but the seed, live, with no draft);
- one an editor has saved is never overwritten; it is listed as left alone, so the national team
  can compare it with the new seed text by hand;
- national services already in the directory are never touched: each carries the date its details
  were last checked, which a re-run must not claim to renew.

A second run with the same content adds no pages, revisions or services.
Councils that already exist get new national pages straight away: publishing a national page
gives it an alias on every council's site (signal_handlers.py).
"""

from dataclasses import dataclass, field

from django.db import transaction

from cms.directory.seed import directory_national_seed
from cms.glossary.models import GlossaryTerm
from cms.glossary.seed import glossary_terms_left_alone, glossary_terms_load

from .models import GuidePage, GuideSectionPage, JourneyPage, NationalGuidancePage, YoungPeopleHubPage
from .seed import guidance_seed
from .seed_update import guidance_update

NATIONAL_PAGE_MODELS = (NationalGuidancePage, GuideSectionPage, GuidePage, JourneyPage, YoungPeopleHubPage)


@dataclass
class NationalContentReport:
    """What a run did, as lines a person can read: "<title> (<where>)" for pages."""

    added: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    left_alone: list = field(default_factory=list)
    services_added: int = 0

    @property
    def changed_nothing(self):
        return not (self.added or self.updated or self.services_added)


def _national_pages():
    """{pk: (latest revision id, label)} for every national page (never a council's alias)."""
    pages = {}
    for model in NATIONAL_PAGE_MODELS:
        for page in model.objects.filter(alias_of__isnull=True).only("pk", "title", "url_path", "latest_revision_id"):
            pages[page.pk] = (page.latest_revision_id, page_label(page))
    return pages


def _glossary_terms():
    return {
        term.pk: (term.latest_revision_id, f"{term.term} (glossary)")
        for term in GlossaryTerm.objects.only("pk", "term", "latest_revision_id")
    }


def page_label(page):
    return f"{page.title} ({page.url_path})"


def _compare(before, after, report):
    for pk, (revision, label) in after.items():
        if pk not in before:
            report.added.append(label)
        elif before[pk][0] != revision:
            report.updated.append(label)


@transaction.atomic
def national_content_load(*, sections=None, guides=None, glossary_terms=None):
    """Add what is missing, update what only the seed has saved, report what editors changed.

    `sections`, `guides` and `glossary_terms` default to the project's seed content (tests pass
    their own). All or nothing: a problem in the content leaves the site as it was.
    """
    if glossary_terms is None:
        from .content.glossary import TERMS as glossary_terms

    report = NationalContentReport()
    pages_before, terms_before = _national_pages(), _glossary_terms()
    guidance_seed(authorities=[], sections=sections, guides=guides)
    left_alone = guidance_update(sections=sections, guides=guides)
    glossary_terms_load(glossary_terms)
    report.services_added = directory_national_seed()
    _compare(pages_before, _national_pages(), report)
    _compare(terms_before, _glossary_terms(), report)
    report.left_alone = [page_label(page) for page in left_alone] + [
        f"{term.term} (glossary)" for term in glossary_terms_left_alone(glossary_terms)
    ]
    return report
