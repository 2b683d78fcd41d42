import pytest
from django.core.cache import cache

from cms.glossary.models import GlossaryTerm
from cms.glossary.seed import glossary_page_ensure, glossary_term_ensure
from cms.standard.models import StandardPage


@pytest.fixture(autouse=True)
def empty_cache():
    """Processed HTML and the glossary version live in the cache: start every test without them."""
    cache.clear()
    yield
    cache.clear()


def _term_live(term, meaning, **kwargs):
    return glossary_term_ensure(term=term, meaning=meaning, **kwargs)


def _term_draft(term, meaning, **kwargs):
    draft = GlossaryTerm(term=term, meaning=meaning, live=False, **kwargs)
    draft.full_clean()
    draft.save()
    draft.save_revision()
    return draft


def _page_with_body(home, *, slug, title, html):
    page = home.add_child(instance=StandardPage(title=title, slug=slug, body=[{"type": "text", "value": html}]))
    page.save_revision().publish()
    return page


@pytest.fixture
def term_live(db):
    """term_live("word", "meaning", also=…, avoid=…): a published glossary term."""
    return _term_live


@pytest.fixture
def term_draft(db):
    """term_draft("word", "meaning"): a glossary term saved as a draft, never published."""
    return _term_draft


@pytest.fixture
def page_with_body(db):
    """page_with_body(home, slug=…, title=…, html=…): a published StandardPage with one text block."""
    return _page_with_body


@pytest.fixture
def home(authority_a):
    return authority_a.site.root_page.specific


@pytest.fixture
def glossary_page(home):
    return glossary_page_ensure(parent=home)


@pytest.fixture
def guardian(db):
    return _term_live(
        "children's guardian",
        "An independent social worker from Cafcass who tells the court what is best for the child.",
        meaning_young="Someone who makes sure the judge knows what you think.",
        also="guardian, guardians",
    )
