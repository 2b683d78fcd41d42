"""Seed content for the glossary, shared by the demo command and the tests.

    glossary_seed()                    every term in cms.guidance.content.glossary.TERMS
    glossary_page_ensure(parent=home)  the A to Z page under a home (or national guidance) page

Both are idempotent. A term that already exists is left as it is, so running the seed again
never overwrites an editor's changes or adds revisions.
"""

from django.db import transaction
from django.utils.text import slugify

from .models import GlossaryPage, GlossaryTerm

GLOSSARY_PAGE_TITLE = "What words mean"
GLOSSARY_PAGE_SLUG = "what-words-mean"
GLOSSARY_PAGE_INTRO = "Words you may hear from social workers, solicitors and the court, and what they mean."


def _forms_text(also):
    if isinstance(also, list | tuple):
        return ", ".join(form.strip() for form in also if form and form.strip())
    return (also or "").strip()


@transaction.atomic
def glossary_term_ensure(*, term, meaning, meaning_young="", avoid=False, also="", slug=None):
    """The term with this slug (made from `term` if not given), created and published if missing."""
    slug = slug or slugify(term)[:80]
    existing = GlossaryTerm.objects.filter(slug=slug).first()
    if existing is not None:
        return existing
    glossary_term = GlossaryTerm(
        term=term.strip(),
        slug=slug,
        meaning=meaning.strip(),
        meaning_young=(meaning_young or "").strip(),
        avoid=bool(avoid),
        also=_forms_text(also),
        live=False,
    )
    glossary_term.full_clean()
    glossary_term.save()
    glossary_term.save_revision().publish()
    glossary_term.refresh_from_db()  # publishing saved a copy made from the revision
    return glossary_term


def glossary_terms_load(terms):
    """Ensure every term in a list of {"term", "meaning", "meaning_young", "avoid", "also"} dicts."""
    return [
        glossary_term_ensure(
            term=item["term"],
            meaning=item["meaning"],
            meaning_young=item.get("meaning_young", ""),
            avoid=item.get("avoid", False),
            also=item.get("also", ""),
            slug=item.get("slug"),
        )
        for item in terms
    ]


def glossary_seed():
    """Load the project's glossary (cms.guidance.content.glossary.TERMS)."""
    from cms.guidance.content.glossary import TERMS

    return glossary_terms_load(TERMS)


@transaction.atomic
def glossary_page_ensure(*, parent, title=GLOSSARY_PAGE_TITLE, slug=GLOSSARY_PAGE_SLUG, intro=GLOSSARY_PAGE_INTRO):
    """The A to Z page under `parent`, created and published if it has none."""
    existing = GlossaryPage.objects.child_of(parent).first()
    if existing is not None:
        return existing
    page = parent.add_child(instance=GlossaryPage(title=title, slug=slug, intro=intro))
    page.save_revision().publish()
    return page
