"""Which words are found, and which entry each one is: longest first, never a word inside a longer
phrase it does not mean. The project's own glossary (cms/guidance/content/glossary.py) is used as
it is, so a change to its forms that brings a wrong link back fails here."""

import pytest
from django.utils.text import slugify

from cms.glossary.matching import TermMatcher, whole_word_regex
from cms.glossary.models import GlossaryTerm
from cms.guidance.content.glossary import TERMS


def term(word, **kwargs):
    kwargs.setdefault("slug", slugify(word))
    return GlossaryTerm(term=word, meaning="What it means.", **kwargs)


@pytest.fixture(scope="module")
def glossary():
    """The project's glossary, as unsaved terms (no database needed)."""
    return TermMatcher(
        [
            GlossaryTerm(
                term=item["term"],
                slug=slugify(item["term"]),
                meaning=item["meaning"],
                also=", ".join(item["also"]),
                not_in=", ".join(item.get("not_in", [])),
            )
            for item in TERMS
        ]
    )


def found(matcher, text):
    return [(text[item.start : item.end], item.term.term) for item in matcher.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The lawyers' meeting, not an advocate: with either apostrophe, in the plural, or without one.
        ("This is called the advocates' meeting.", [("advocates' meeting", "advocates' meeting")]),
        ("The advocates’ meetings happen first.", [("advocates’ meetings", "advocates' meeting")]),
        ("Before the advocates meeting, talk to us.", [("advocates meeting", "advocates' meeting")]),
        ("An advocate can help. Advocates listen.", [("advocate", "advocate"), ("Advocates", "advocate")]),
        # A shorter term that starts earlier does not take the start of a longer one.
        ("You are in care proceedings now.", [("care proceedings", "care proceedings")]),
        ("Your child is in care.", [("in care", "in care")]),
        ("The court made an interim care order.", [("interim care order", "interim care order")]),
        ("They became special guardians.", [("special guardians", "special guardianship order")]),
        ("The guardian's report.", [("guardian", "children's guardian")]),
        (
            "Your child's solicitor and your solicitor.",
            [("child's solicitor", "child's solicitor"), ("solicitor", "solicitor")],
        ),
        ("The Official Solicitor may help.", [("Official Solicitor", "Official Solicitor")]),
        ("Children’s services wrote to you.", [("Children’s services", "children's services")]),
    ],
)
def test_the_longest_phrase_wins_and_says_what_it_means(glossary, text, expected):
    assert found(glossary, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Please contact us or contact your worker. Keep in contact with the school.",
        "No one will judge you for asking.",
        "We look forward to hearing from you.",
        "Ask for directions to the court building.",
        "You can get free legal advice from a lawyer. Contact one today.",
        "The court hears care cases every week; it works in care cases too.",
    ],
)
def test_a_word_inside_a_phrase_where_it_means_something_else_is_not_found(glossary, text):
    assert found(glossary, text) == []


def test_the_same_word_is_found_where_it_does_mean_the_glossary_word(glossary):
    assert found(glossary, "Contact with your child may be supervised.") == [("Contact", "contact")]
    assert found(glossary, "The judge decides.") == [("judge", "judge")]


def test_abbreviations_are_found_only_in_capitals(glossary):
    assert found(glossary, "Ce se întâmplă la întâlnire? Mergeți la tribunal.") == []
    assert found(glossary, "Your LA wrote to you about the PLO.") == [
        ("LA", "local authority"),
        ("PLO", "Public Law Outline"),
    ]
    assert found(glossary, "Cafcass, or CAFCASS, or cafcass.") == [
        ("Cafcass", "Cafcass"),
        ("CAFCASS", "Cafcass"),
        ("cafcass", "Cafcass"),
    ]


def test_a_hyphenated_word_is_not_a_use_of_its_parts():
    matcher = TermMatcher([term("proceedings"), term("pre-proceedings")])
    assert found(matcher, "Pre-proceedings and proceedings.") == [
        ("Pre-proceedings", "pre-proceedings"),
        ("proceedings", "proceedings"),
    ]


def test_a_not_in_phrase_that_is_another_terms_form_links_to_that_term():
    matcher = TermMatcher([term("guardian", not_in="special guardian"), term("special guardian")])
    assert found(matcher, "A special guardian.") == [("special guardian", "special guardian")]


def test_a_single_word_is_not_found_with_a_made_up_ending():
    # Only phrases take a plural ending on their own: single words list their forms ("judges").
    assert found(TermMatcher([term("judge")]), "She judges cakes.") == []


def test_the_question_do_you_use_the_word_follows_the_same_rules():
    assert whole_word_regex(["advocates' meeting"]).search("the advocates’ meeting")
    assert not whole_word_regex(["LA"]).search("la tribunal")
    assert whole_word_regex([]) is None
