"""Glossary links on every kind of page that explains, and only in text written in English.

Served through the whole site (client.get), so each page's template, the translation routing
(cms/core/translation.py) and the glossary tags are tested together.
"""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from cms.guidance.seed import guidance_seed
from portal.demo.translations import page_translate

SECTIONS = [{"slug": "going-to-court", "title": "Going to court", "intro": "What happens when a judge decides."}]
GUIDES = [
    {
        "slug": "care-proceedings",
        "title": "Care proceedings",
        "section": "going-to-court",
        "audience": "adults",
        "summary": "What happens when children's services ask the court to decide.",
        "pair": None,
        "review_months": 12,
        "body": [
            (
                "text",
                "<h2>Before the hearing</h2><p>The lawyers meet first. This is called the advocates' meeting. "
                "Later, an advocate can help you speak up.</p>",
            ),
        ],
    },
]
GUIDE = "/going-to-court/care-proceedings/"


@pytest.fixture
def terms(term_live):
    return {
        "advocate": term_live("advocate", "Someone who helps you have your say.", also="advocates"),
        "advocates-meeting": term_live(
            "advocates' meeting", "A meeting of the lawyers before a hearing.", also="advocates meeting"
        ),
        "childrens-services": term_live("children's services", "The part of the council that keeps children safe."),
        "judge": term_live("judge", "The person who decides.", also="judges"),
        "local-authority": term_live("local authority", "Your local council.", also="LA, local authorities"),
    }


@pytest.fixture
def guidance(authority_a, glossary_page, terms):
    return guidance_seed(authorities=[authority_a], sections=SECTIONS, guides=GUIDES)


def national(slug):
    from cms.guidance.selectors import national_root

    return Page.objects.descendant_of(national_root()).get(slug=slug).specific


def translated(slug, language, text):
    """The national page `slug` translated into `language`, every string replaced by text(msgid)."""
    page = national(slug)
    source, _ = TranslationSource.update_or_create_from_instance(page)
    strings = {entry.msgid: text(entry.msgid) for entry in source.export_po()}
    return page_translate(page=page, locale=Locale.objects.get(language_code=language), strings=strings)


def read(path, language=settings.LANGUAGE_CODE):
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content.decode(), "html.parser").select_one("main")


def linked(main):
    return {link["data-term"]: link.find(string=True) for link in main.select("a.portal-term")}


def test_a_guide_links_the_lawyers_meeting_to_its_own_entry_and_the_advocate_to_theirs(guidance):
    assert linked(read(GUIDE)) == {"advocates-meeting": "advocates' meeting", "advocate": "advocate"}


@pytest.mark.parametrize(
    ("path", "term"),
    [
        ("/going-to-court/", "judge"),  # a section index: its intro
        ("/going-to-court/", "childrens-services"),  # and each guide's summary
        ("/what-happens-step-by-step/", "childrens-services"),  # step by step: the stages' summaries
    ],
)
def test_section_indexes_and_the_step_by_step_page_link_their_words(guidance, path, term):
    main = read(path)
    assert term in linked(main)
    assert not main.select("h1 a.portal-term, h2 a.portal-term, h3 a.portal-term")


def test_a_council_page_links_its_words(home, glossary_page, page_with_body, terms):
    page_with_body(home, slug="about", title="About us", html="<p>We are the local authority for the town.</p>")
    assert linked(read("/about/")) == {"local-authority": "local authority"}


def test_a_translated_page_gets_no_english_links(guidance):
    # Romanian text that even carries English words: nothing in it is an English glossary word.
    translated("care-proceedings", "ro", lambda msgid: f"Ce se întâmplă la tribunal. {msgid}")
    main = read(GUIDE, "ro")
    assert "Ce se întâmplă la tribunal." in main.get_text()
    assert linked(main) == {}
    assert linked(read(GUIDE)) != {}  # the English page, read in English, still explains its words


def test_template_text_in_another_language_gets_no_english_links(guidance, term_live):
    # The step-by-step page writes its stages in the reader's language around the page's English intro:
    # for a Polish reader that is not English text, so even the intro's English words are left alone.
    term_live("court case", "A case the family court decides.")
    assert "court-case" in linked(read("/what-happens-step-by-step/"))
    assert linked(read("/what-happens-step-by-step/", "pl")) == {}


def test_an_english_page_read_in_another_language_marks_each_language(guidance):
    main = read(GUIDE, "pl")  # nobody has translated it: it is shown in English
    assert main["lang"] == "en-gb"
    link = main.select_one('a.portal-term[data-term="advocates-meeting"]')
    assert link.find(string=True) == "advocates' meeting"
    assert link.select_one(".govuk-visually-hidden")["lang"] == "pl"
    meaning = link.find_next_sibling()
    assert meaning["lang"] == "en-gb"
    assert meaning.select_one("a")["lang"] == "pl"


def test_an_english_page_read_in_english_adds_no_language_marks(guidance):
    main = read(GUIDE)
    assert not main.select(".portal-term [lang], .portal-term__definition[lang]")


def test_the_a_to_z_page_marks_its_english_words_for_readers_of_other_languages(client, glossary_page, terms):
    english = BeautifulSoup(client.get("/what-words-mean/").content.decode(), "html.parser")
    assert not english.select("dt[lang]")
    polish = read("/what-words-mean/", "pl")
    entry = polish.select_one("#term-judge")
    assert entry["lang"] == "en-gb"
    assert entry.find_next_sibling("dd").select_one("p")["lang"] == "en-gb"
