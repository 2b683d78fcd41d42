"""The project's glossary says the law right, speaks to families, and its corrections reach existing sites.

The legal points are from /work/shared/FACTS.md (sources in cms/guidance/content/glossary.py).
"""

import re

import pytest
from django.core.exceptions import ValidationError

from cms.glossary.models import GlossaryTerm
from cms.glossary.seed import glossary_seed, glossary_term_ensure
from cms.guidance.content.glossary import TERMS
from portal.demo import builders

BY_TERM = {item["term"]: item for item in TERMS}


def meanings(item):
    return [item["meaning"], item["meaning_young"]]


def test_meanings_speak_to_families_never_to_professionals():
    for item in TERMS:
        for meaning in meanings(item):
            assert not re.search(r"\b(say|call it)\b[^.]*\binstead\b", meaning, re.I), item["term"]
            assert not re.search(r"\b(we|you should) (say|call)\b", meaning, re.I), item["term"]


@pytest.mark.parametrize(
    "word",
    [
        "children's services",
        "in care",
        "family network",
        "foster carer",
        "court order",
        "Legal Help",
        "means test",
        "child's solicitor",
        "Official Solicitor",
        "police protection",
        "appeal",
    ],
)
def test_everyday_words_families_meet_are_explained(word):
    assert word in BY_TERM
    assert all(meaning.strip() for meaning in meanings(BY_TERM[word]))


def test_a_placement_order_says_what_parents_lose_and_what_to_do_now():
    meaning = BY_TERM["placement order"]["meaning"]
    assert "even if the parents do not agree" in meaning
    assert "only oppose an adoption if the court first gives them permission" in meaning
    assert "talk to your solicitor now" in meaning


def test_a_supervision_order_lasts_a_year_at_first_and_three_at_most():
    meaning = BY_TERM["supervision order"]["meaning"]
    assert "up to 1 year at first" in meaning and "up to 3 years in all" in meaning


@pytest.mark.parametrize("order", ["care order", "interim care order"])
def test_the_court_makes_care_orders_and_the_council_decides_where_the_child_lives(order):
    grown_up, young = meanings(BY_TERM[order])
    assert "The court decides whether to make it" in grown_up
    assert "the council decides where the child lives" in grown_up
    assert "The council decides where you live" in young
    assert not re.search(r"judge (decides|will decide) (who looks after|where) you", young)


def test_a_childs_solicitor_acts_on_the_guardian_unless_the_child_is_old_enough_and_disagrees():
    for word in ("child's solicitor", "solicitor"):
        young = BY_TERM[word]["meaning_young"]
        assert "guardian" in young and "old enough" in young, word
        assert "speaks for you" not in young
    assert "instructions from the guardian" in BY_TERM["child's solicitor"]["meaning"]


def test_looked_after_and_in_care_are_not_the_same():
    looked_after = BY_TERM["looked after child"]["meaning"]
    assert "not the same as being in care" in looked_after and "section 20" in looked_after
    assert "care order" in BY_TERM["in care"]["meaning"]
    assert "is looked after by the council, but is not in care" in BY_TERM["section 20"]["meaning"]
    assert "child in care" not in BY_TERM["looked after child"]["meaning_young"]


def test_contact_is_still_the_legal_word():
    assert "legal word" in BY_TERM["contact"]["meaning"]
    assert "old word" not in BY_TERM["contact"]["meaning"]
    assert "contact" in BY_TERM["family time"]["meaning"]


def test_free_advice_without_a_means_test_is_only_promised_to_parents_and_people_with_parental_responsibility():
    for item in TERMS:
        meaning = item["meaning"]
        if re.search(r"whatever their income|do not have one", meaning):
            assert "anyone with parental responsibility" in meaning, item["term"]
    for word in ("legal aid", "means test"):
        assert "Other relatives, like grandparents, usually" in BY_TERM[word]["meaning"]


def test_a_not_in_phrase_must_contain_the_word(db):
    contact = GlossaryTerm(term="contact", slug="contact", meaning="Family time.", not_in="contact us, get in touch")
    with pytest.raises(ValidationError) as error:
        contact.full_clean()
    assert "get in touch" in error.value.message_dict["not_in"][0]


@pytest.fixture
def editor(db):
    from cms.guidance.groups import NATIONAL_MODERATORS

    return builders.user_get_or_build(
        email="glossary-editor@example.org", password="Portal-test-2026", groups=[NATIONAL_MODERATORS]
    )


def test_a_corrected_meaning_reaches_a_term_only_the_seed_has_saved(db):
    old = glossary_term_ensure(term="contact", meaning="An old word for family time.")
    glossary_seed()
    old.refresh_from_db()
    assert old.meaning == BY_TERM["contact"]["meaning"]
    assert old.not_in_phrases == BY_TERM["contact"]["not_in"]
    assert old.revisions.count() == 2
    glossary_seed()  # the same text again: nothing to change
    assert old.revisions.count() == 2


def test_a_term_an_editor_has_saved_or_unpublished_is_never_changed_by_the_seed(db, editor):
    edited = glossary_term_ensure(term="contact", meaning="The editor's own words.")
    edited.save_revision(user=editor).publish(user=editor)
    drafted = glossary_term_ensure(term="placement", meaning="Published words.")
    drafted.meaning = "An editor's draft, waiting for review."
    drafted.save_revision(user=editor)
    hidden = glossary_term_ensure(term="respite", meaning="Old words, taken down by an editor.")
    hidden.unpublish()
    glossary_seed()
    edited.refresh_from_db()
    drafted.refresh_from_db()
    hidden.refresh_from_db()
    assert edited.meaning == "The editor's own words."
    assert drafted.meaning == "Published words." and drafted.has_unpublished_changes
    assert hidden.meaning == "Old words, taken down by an editor." and not hidden.live
