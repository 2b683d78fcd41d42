"""Tap-to-define: which words get linked, where, and that nothing can inject markup."""

from bs4 import BeautifulSoup
from django.utils import translation

from cms.glossary.audiences import ADULTS, YOUNG_PEOPLE
from cms.glossary.models import GlossaryTerm
from cms.glossary.processing import glossary_link_terms

URL = "/what-words-mean/"


def term(word, meaning="What it means.", **kwargs):
    kwargs.setdefault("slug", word.lower().replace(" ", "-").replace("'", ""))
    return GlossaryTerm(term=word, meaning=meaning, **kwargs)


def link(html, *, terms, audience=ADULTS):
    return glossary_link_terms(html, audience=audience, glossary_url=URL, terms=terms)


def term_links(html):
    return BeautifulSoup(html, "html.parser").select("a.portal-term")


def test_links_only_the_first_use_of_a_term_to_its_glossary_entry():
    html = link("<p>Your guardian visits. The guardian listens.</p><p>Ask the guardian.</p>", terms=[term("guardian")])
    links = term_links(html)
    assert len(links) == 1
    assert links[0]["href"] == "/what-words-mean/#term-guardian"
    assert links[0]["data-term"] == "guardian"
    assert links[0].find(string=True) == "guardian"
    assert html.count("guardian") >= 3  # the later uses are still there, as plain text


def test_the_meaning_travels_hidden_next_to_the_word():
    html = link("<p>Ask your guardian.</p>", terms=[term("guardian", "Someone from Cafcass.")])
    soup = BeautifulSoup(html, "html.parser")
    word = soup.select_one("a.portal-term")
    definition = word.find_next_sibling()
    assert "portal-term__definition" in definition["class"]
    assert definition.has_attr("hidden")
    assert "Someone from Cafcass." in definition.get_text()
    assert definition.select_one("a")["href"] == "/what-words-mean/#term-guardian"


def test_words_are_matched_whole_and_in_any_case_keeping_the_writers_case():
    html = link(
        "<p>Guardianship is different. PLO-style letters too.</p><p>GUARDIAN means something.</p>",
        terms=[term("guardian"), term("PLO")],
    )
    links = term_links(html)
    assert [a.find(string=True) for a in links] == ["GUARDIAN"]


def test_other_forms_link_to_the_same_entry_and_count_as_its_first_use():
    guardian = term("children's guardian", also="guardian, guardians", slug="childrens-guardian")
    html = link("<p>Two guardians came. Later the children’s guardian spoke.</p>", terms=[guardian])
    links = term_links(html)
    assert len(links) == 1
    assert links[0].find(string=True) == "guardians"
    assert links[0]["href"].endswith("#term-childrens-guardian")


def test_longer_terms_win_over_the_shorter_terms_inside_them():
    html = link(
        "<p>The judge made an interim care order. A care order came later.</p>",
        terms=[term("care order"), term("interim care order")],
    )
    assert [a.find(string=True) for a in term_links(html)] == ["interim care order", "care order"]


def test_a_hyphenated_word_is_not_a_use_of_its_second_half():
    html = link("<p>Pre-proceedings is not court.</p>", terms=[term("proceedings")])
    assert term_links(html) == []


def test_never_inside_links_headings_summaries_or_attributes():
    html = link(
        '<h2>Your guardian</h2><p><a href="/x/" title="guardian">guardian</a></p>'
        "<details><summary>Who is the guardian?</summary><p>The guardian is independent.</p></details>"
        '<p><img alt="guardian" src="/i.png"></p>',
        terms=[term("guardian")],
    )
    soup = BeautifulSoup(html, "html.parser")
    links = soup.select("a.portal-term")
    assert len(links) == 1
    assert links[0].parent.name == "p" and links[0].parent.parent.name == "details"
    assert soup.h2.get_text() == "Your guardian" and not soup.h2.find("a")
    assert soup.select_one('a[href="/x/"]')["title"] == "guardian"
    assert soup.img["alt"] == "guardian"
    assert soup.summary.get_text() == "Who is the guardian?"


def test_young_people_get_the_young_meaning_and_grown_ups_theirs():
    guardian = term("guardian", "Adult meaning.", meaning_young="Young meaning.")
    assert "Young meaning." in link("<p>guardian</p>", terms=[guardian], audience=YOUNG_PEOPLE)
    assert "Adult meaning." in link("<p>guardian</p>", terms=[guardian], audience=ADULTS)
    plain = term("judge", "Decides.")
    assert "Decides." in link("<p>judge</p>", terms=[plain], audience=YOUNG_PEOPLE)


def test_a_term_or_meaning_with_markup_characters_cannot_inject_markup():
    hostile = term(
        'x<b>"y"',
        meaning='<script>alert(1)</script><img src=x onerror="alert(2)">',
        slug="x-b-y",
    )
    source = "<p>Text with x&lt;b&gt;&quot;y&quot; in it.</p>"
    html = link(source, terms=[hostile])
    soup = BeautifulSoup(html, "html.parser")
    assert {tag.name for tag in soup.find_all(True)} == {"p", "a", "span"}
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert soup.select_one("a.portal-term").find(string=True) == 'x<b>"y"'
    assert "&lt;script&gt;" in html


def test_html_without_any_term_comes_back_unchanged():
    source = "<p>Nothing&nbsp;to see &amp; nothing linked.</p><br/>"
    assert link(source, terms=[term("guardian")]) == source
    assert glossary_link_terms(source, audience=ADULTS, glossary_url=None, terms=[term("p")]) == source


def test_text_in_another_language_comes_back_untouched():
    # The Romanian "la" is not the council, and an English word in Romanian text is not a use.
    council = term("local authority", also="LA, la")
    source = "<p>Mergeți la tribunal cu local authority.</p>"
    assert link(source, terms=[council]) != source
    assert glossary_link_terms(source, audience=ADULTS, glossary_url=URL, terms=[council], language="ro") == source
    with translation.override("pl"):  # without a language, the text is taken to be in the reader's
        assert link(source, terms=[council]) == source


def test_an_element_marked_as_another_language_is_not_searched():
    html = link(
        '<p lang="ro">guardian</p><p><a href="/x/"><span lang="en">guardian</span></a></p>'
        '<p lang="ro"><span lang="en-GB">Your guardian.</span></p><p lang="en">A guardian.</p>',
        terms=[term("guardian")],
    )
    links = term_links(html)
    assert len(links) == 1 and links[0].parent.get_text().startswith("Your")


def test_for_a_reader_of_another_language_the_english_meaning_and_their_own_words_are_marked():
    with translation.override("pl"):
        html = glossary_link_terms(
            "<p>Ask your guardian.</p>", audience=ADULTS, glossary_url=URL, terms=[term("guardian")], language="en-gb"
        )
    soup = BeautifulSoup(html, "html.parser")
    word = soup.select_one("a.portal-term")
    assert word.select_one(".govuk-visually-hidden")["lang"] == "pl"
    definition = word.find_next_sibling()
    assert definition["lang"] == "en-gb"
    assert definition.select_one("a")["lang"] == "pl"
    english = link("<p>Ask your guardian.</p>", terms=[term("guardian")])
    assert "lang=" not in english


def test_a_word_inside_a_longer_term_is_not_linked_to_the_shorter_one():
    terms = [term("advocate", also="advocates"), term("advocates' meeting", slug="advocates-meeting")]
    html = link("<p>At the advocates’ meetings the lawyers talk. An advocate helps you.</p>", terms=terms)
    assert [(a["data-term"], a.find(string=True)) for a in term_links(html)] == [
        ("advocates-meeting", "advocates’ meetings"),
        ("advocate", "advocate"),
    ]
