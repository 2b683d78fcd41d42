"""Word busting: an avoid word is acceptable only if the glossary explains it."""

import pytest

from cms.glossary.checks import avoid_words_used
from cms.glossary.models import GlossaryTerm


@pytest.fixture
def page(home, page_with_body):
    return page_with_body(
        home,
        slug="letter",
        title="The letter",
        html="<h2>Threshold</h2><p>The LAC review is next week. Your respite care continues.</p>",
    )


def test_an_explained_avoid_word_is_acceptable(page, term_live):
    term_live("threshold", "The legal test the court uses.", avoid=True)
    assert avoid_words_used(page) == []


def test_an_avoid_word_whose_entry_is_not_published_is_reported(page, term_draft):
    term_draft("respite", "A short break.", avoid=True, also="respite care")
    assert avoid_words_used(page) == ["respite"]


def test_an_avoid_word_with_an_empty_meaning_is_reported(page):
    GlossaryTerm.objects.create(term="threshold", slug="threshold", meaning="", avoid=True, live=True)
    assert avoid_words_used(page) == ["threshold"]


def test_an_avoid_word_the_page_does_not_use_is_not_reported(page, term_draft):
    term_draft("placement", "Where a child lives.", avoid=True)
    assert avoid_words_used(page) == []


def test_setting_words_are_reported_unless_the_glossary_explains_them(page, settings, term_live):
    settings.PORTAL_AVOID_WORDS = ["LAC", "respite", "unit"]
    assert avoid_words_used(page) == ["LAC", "respite"]
    term_live("looked after child", "A child in the care of the council.", also="LAC")
    assert avoid_words_used(page) == ["respite"]


def test_a_page_without_a_body_uses_no_avoid_words(glossary_page, settings):
    settings.PORTAL_AVOID_WORDS = ["words"]
    assert avoid_words_used(glossary_page) == []
