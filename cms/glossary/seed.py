"""Seed content for the glossary, shared by the demo command and the tests.

    glossary_seed()                    every term in cms.guidance.content.glossary.TERMS
    glossary_page_ensure(parent=home)  the A to Z page under a home (or national guidance) page

Both are idempotent. An editor's work always wins: a term someone has saved in the admin (any
revision with a user), unpublished, or has a draft of is left exactly as it is. A term only the
seed has ever saved is brought up to date with the seed text, so a corrected meaning reaches an
existing installation too. Running the seed again with the same text adds no revisions.
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


def _only_seeded(glossary_term):
    """True if nobody has touched the term: live, unlocked, no draft, every revision saved without a user."""
    return (
        glossary_term.live
        and not glossary_term.locked
        and not glossary_term.has_unpublished_changes
        and not glossary_term.revisions.filter(user__isnull=False).exists()
    )


def _publish(glossary_term):
    glossary_term.full_clean()
    glossary_term.save()
    glossary_term.save_revision().publish()
    glossary_term.refresh_from_db()  # publishing saved a copy made from the revision
    return glossary_term


def _wanted(*, term, meaning, meaning_young="", avoid=False, also="", not_in="", slug=None):
    """The term's slug, and its fields as the seed would save them."""
    return slug or slugify(term)[:80], {
        "term": term.strip(),
        "meaning": meaning.strip(),
        "meaning_young": (meaning_young or "").strip(),
        "avoid": bool(avoid),
        "also": _forms_text(also),
        "not_in": _forms_text(not_in),
    }


def _changed(glossary_term, wanted):
    return {field: value for field, value in wanted.items() if getattr(glossary_term, field) != value}


@transaction.atomic
def glossary_term_ensure(*, term, meaning, meaning_young="", avoid=False, also="", not_in="", slug=None):
    """The term with this slug (made from `term` if not given), created and published if missing,
    or brought up to date if only the seed has ever saved it."""
    slug, wanted = _wanted(
        term=term, meaning=meaning, meaning_young=meaning_young, avoid=avoid, also=also, not_in=not_in, slug=slug
    )
    existing = GlossaryTerm.objects.filter(slug=slug).first()
    if existing is not None:
        changed = _changed(existing, wanted)
        if not changed or not _only_seeded(existing):
            return existing
        for field, value in changed.items():
            setattr(existing, field, value)
        return _publish(existing)
    return _publish(GlossaryTerm(slug=slug, live=False, **wanted))


def glossary_terms_load(terms):
    """Ensure every term in a list of {"term", "meaning", "meaning_young", "avoid", "also", "not_in"} dicts."""
    return [
        glossary_term_ensure(
            term=item["term"],
            meaning=item["meaning"],
            meaning_young=item.get("meaning_young", ""),
            avoid=item.get("avoid", False),
            also=item.get("also", ""),
            not_in=item.get("not_in", ""),
            slug=item.get("slug"),
        )
        for item in terms
    ]


def glossary_terms_left_alone(terms):
    """The terms an editor has worked on whose text differs from `terms`: the seed leaves them be."""
    left_alone = []
    for item in terms:
        keys = ("term", "meaning", "meaning_young", "avoid", "also", "not_in", "slug")
        slug, wanted = _wanted(**{key: item[key] for key in keys if key in item})
        existing = GlossaryTerm.objects.filter(slug=slug).first()
        if existing is not None and not _only_seeded(existing) and _changed(existing, wanted):
            left_alone.append(existing)
    return left_alone


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
