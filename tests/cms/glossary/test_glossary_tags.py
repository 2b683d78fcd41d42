"""{% glossary_terms %}: rendered pages link glossary words, cached per revision and glossary version."""

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory
from django.utils import translation

from cms.glossary.templatetags import glossary_tags

TEMPLATE = Template("{% load glossary_tags %}{% glossary_terms page.body page %}")
YOUNG_TEMPLATE = Template('{% load glossary_tags %}{% glossary_terms page.body page audience="young_people" %}')


def render(page, template=TEMPLATE):
    request = RequestFactory().get(page.url, HTTP_HOST="localhost")
    return template.render(Context({"page": page, "request": request}))


@pytest.fixture
def guide(home, page_with_body):
    return page_with_body(
        home,
        slug="court",
        title="Going to court",
        html="<h2>The guardian</h2><p>Your guardian will meet you. Ask your solicitor.</p>",
    )


@pytest.fixture
def count_processing():
    real = glossary_tags.glossary_link_terms
    with mock.patch.object(glossary_tags, "glossary_link_terms", side_effect=real) as spy:
        yield spy


def test_a_page_links_its_glossary_words_to_the_a_to_z_page_where_the_entry_exists(
    client, guide, guardian, glossary_page
):
    html = render(guide)
    links = BeautifulSoup(html, "html.parser").select("a.portal-term")
    assert [a.find(string=True) for a in links] == ["guardian"]  # not the heading's
    href = links[0]["href"]
    assert href == "/what-words-mean/#term-childrens-guardian"
    # Without JavaScript the link must land on a real entry
    a_to_z = client.get(href.split("#")[0]).content.decode()
    assert 'id="term-childrens-guardian"' in a_to_z


def test_young_peoples_links_open_the_young_peoples_glossary(guide, guardian, glossary_page):
    assert "Someone who makes sure the judge" not in render(guide)  # StandardPage has no audience: grown-ups
    young = render(guide, template=YOUNG_TEMPLATE)
    assert 'href="/what-words-mean/?for=young-people#term-childrens-guardian"' in young
    assert "Someone who makes sure the judge knows what you think." in young


def test_nothing_is_linked_when_the_site_has_no_glossary_page(guide, guardian):
    assert "portal-term" not in render(guide)


def test_a_second_render_of_the_same_revision_comes_from_the_cache(guide, guardian, glossary_page, count_processing):
    first = render(guide)
    second = render(guide)
    assert first == second
    assert count_processing.call_count == 1


def test_a_new_revision_is_processed_again(guide, guardian, glossary_page, count_processing):
    render(guide)
    guide.body = [{"type": "text", "value": "<p>The page changed, with a guardian.</p>"}]
    guide.save_revision().publish()
    guide.refresh_from_db()
    assert "The page changed, with a" in render(guide)
    assert count_processing.call_count == 2


def test_publishing_a_term_changes_the_output_of_cached_pages(guide, guardian, glossary_page, term_draft):
    assert "#term-solicitor" not in render(guide)
    solicitor = term_draft("solicitor", "A lawyer who gives you advice and speaks for you.")
    assert "#term-solicitor" not in render(guide)  # a draft is never linked
    solicitor.save_revision().publish()
    assert "#term-solicitor" in render(guide)
    solicitor.refresh_from_db()
    solicitor.unpublish()
    assert "#term-solicitor" not in render(guide)


def test_deleting_a_term_changes_the_output_of_cached_pages(guide, guardian, glossary_page):
    assert "#term-childrens-guardian" in render(guide)
    guardian.delete()
    assert "#term-childrens-guardian" not in render(guide)


def test_previews_are_never_cached(guide, guardian, glossary_page, count_processing):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    request.is_preview = True
    TEMPLATE.render(Context({"page": guide, "request": request}))
    TEMPLATE.render(Context({"page": guide, "request": request}))
    assert count_processing.call_count == 2


def test_each_language_has_its_own_cache_entry(guide, guardian, glossary_page, count_processing):
    english = render(guide)
    with translation.override("pl"):  # the page is English (untranslated): a Polish reader gets marked meanings
        polish = render(guide)
    assert count_processing.call_count == 2
    assert "lang=" not in english
    assert 'lang="en-gb"' in polish and 'lang="pl"' in polish


BLOCK = Template(
    "{% load glossary_tags %}{% glossary_links page %}<h2>{{ heading }}</h2><p>{{ text }}</p>{% endglossary_links %}"
)


def render_block(page, template=BLOCK, **context):
    request = RequestFactory().get(page.url, HTTP_HOST="localhost")
    return template.render(Context({"page": page, "request": request, **context}))


def test_the_block_tag_links_what_the_template_writes_once_per_page(guide, guardian, glossary_page):
    html = render_block(guide, heading="Your guardian", text="The guardian and the guardian.")
    soup = BeautifulSoup(html, "html.parser")
    assert [a.find(string=True) for a in soup.select("a.portal-term")] == ["guardian"]
    assert soup.h2.get_text() == "Your guardian"


def test_the_block_tag_caches_by_what_it_rendered(guide, guardian, glossary_page, count_processing):
    first = render_block(guide, heading="A", text="Your guardian.")
    assert render_block(guide, heading="A", text="Your guardian.") == first
    assert count_processing.call_count == 1
    assert "<p>Another <a" in render_block(guide, heading="A", text="Another guardian.")
    assert count_processing.call_count == 2


def test_the_block_tag_leaves_text_in_the_readers_other_language_alone(
    guide, guardian, glossary_page, count_processing
):
    # What a template writes is in the reader's language; an English page does not make it English.
    with translation.override("ro"):
        html = render_block(guide, heading="A", text="Tutorele (guardian) vine la tine.")
    assert "portal-term" not in html and "Tutorele (guardian) vine la tine." in html
    assert count_processing.call_count == 0


def test_the_block_tag_refuses_options_it_does_not_know():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load glossary_tags %}{% glossary_links page colour='red' %}{% endglossary_links %}")


def test_the_block_tag_gives_young_people_their_meaning(guide, guardian, glossary_page):
    young = Template(
        '{% load glossary_tags %}{% glossary_links page audience="young_people" %}<p>{{ text }}</p>'
        "{% endglossary_links %}"
    )
    html = render_block(guide, template=young, text="Your guardian.")
    assert "Someone who makes sure the judge knows what you think." in html
    assert "?for=young-people#term-childrens-guardian" in html
