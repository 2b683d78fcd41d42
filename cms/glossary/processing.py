"""Tap-to-define: link the first use of each glossary word in a page to what it means.

Without JavaScript each word becomes a plain link to its entry on the A to Z page:

    <a class="govuk-link portal-term" href="/what-words-mean/#term-guardian" data-term="guardian">guardian<span
      class="govuk-visually-hidden"> (what this means)</span></a><span class="portal-term__definition"
      data-term-definition="guardian" hidden>An independent social worker … <a …>All words explained</a></span>

The hidden span beside it holds the meaning for the page's audience. static/src/js/glossary.mjs
turns the link into a button that shows and hides that span in place, so the definitions travel
with the page: no request to the server, nothing inline to run, and it works under the
Content-Security-Policy `script-src 'self'`.

Rules: which words are found, and which entry each is, is matching.py's job (whole words, longest
first, abbreviations in capitals only, never a word inside a longer phrase it does not mean). Here:
each term (with its other forms) is linked once per call, at its first use; never inside a link, a
heading, a button, a summary or code, never inside attributes, and never inside an element marked
as another language. The HTML is parsed (html.parser), never edited with regular expressions, and
every term and meaning is inserted as text, so a term containing `<` or `"` cannot add markup.

Language (languages.py): the text is searched only if it is English, the glossary's language, so
a translated page gets no English links. When the reader chose another language (an English page
nobody has translated yet), each meaning is marked lang="en-gb" and the words the glossary adds in
the reader's language ("what this means", "All words explained") are marked with theirs.
"""

from bs4 import BeautifulSoup, NavigableString
from django.utils.translation import gettext as _

from .languages import GLOSSARY_LANGUAGE, is_glossary_language, reader_language
from .matching import TermMatcher
from .selectors import glossary_terms_for_language

DEFINITION_CLASS = "portal-term__definition"

# Text inside these is never linked: links cannot nest, headings stay plain, and controls,
# code and <summary> (the toggle of a details component) must not get a link inside them.
SKIP_TAGS = frozenset(
    {
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "button",
        "summary",
        "label",
        "select",
        "option",
        "textarea",
        "code",
        "pre",
        "script",
        "style",
        "template",
        "title",
        "svg",
        "math",
    }
)


def _key(term):
    # Unsaved terms (as in tests or previews) have no pk yet.
    return term.pk if term.pk is not None else id(term)


def _is_skipped(node):
    language = None
    for parent in node.parents:
        if parent.name in SKIP_TAGS:
            return True
        if DEFINITION_CLASS in (parent.get("class") or []):
            return True
        if language is None and parent.get("lang") is not None:
            language = parent["lang"]  # the nearest element that says its language decides
    return language is not None and not is_glossary_language(language)


def _term_markup(soup, *, term, text, audience, glossary_url, reader):
    """The link and the hidden meaning for one use of a term. `reader`: the reader's language
    when it is not the glossary's (so their words and the English meaning are marked), else None."""
    href = f"{glossary_url}#{term.anchor}"
    link = soup.new_tag("a", attrs={"class": "govuk-link portal-term", "href": href, "data-term": term.slug})
    link.append(NavigableString(text))
    hint = soup.new_tag("span", attrs={"class": "govuk-visually-hidden"})
    hint.string = " " + _("(what this means)")
    link.append(hint)

    definition = soup.new_tag(
        "span", attrs={"class": DEFINITION_CLASS, "data-term-definition": term.slug, "hidden": ""}
    )
    definition.append(NavigableString(term.meaning_for(audience) + " "))
    more = soup.new_tag("a", attrs={"class": "govuk-link", "href": href})
    more.string = _("All words explained")
    definition.append(more)
    if reader:
        hint["lang"] = more["lang"] = reader
        definition["lang"] = GLOSSARY_LANGUAGE
    return [link, definition]


def glossary_link_terms(html, *, audience, glossary_url, terms=None, language=None):
    """Return `html` with the first use of each glossary term linked to its meaning.

    `language` is the language of the text in `html` (the reader's, if not given): text in any
    language but the glossary's comes back untouched. `terms` defaults to every live term in that
    language. If there is nothing to link (no glossary page, no terms, or no term used) the HTML
    comes back exactly as it was given.
    """
    language = language if language is not None else reader_language()
    if not html or not glossary_url or not is_glossary_language(language):
        return html
    if terms is None:
        terms = glossary_terms_for_language(language)
    matcher = TermMatcher(terms)
    if matcher.regex is None:
        return html
    reader = None if is_glossary_language(reader_language()) else reader_language()

    soup = BeautifulSoup(html, "html.parser")
    linked = set()
    linkable = {_key(term) for term in matcher.term_by_form.values()}
    # Exact NavigableString only: comments, doctypes, CDATA and script/style text are subclasses.
    text_nodes = [node for node in soup.find_all(string=True) if type(node) is NavigableString]
    for node in text_nodes:
        if len(linked) == len(linkable):
            break
        if _is_skipped(node):
            continue
        text = str(node)
        pieces, position = [], 0
        for found in matcher.find(text):
            if _key(found.term) in linked:
                continue
            linked.add(_key(found.term))
            if found.start > position:
                pieces.append(NavigableString(text[position : found.start]))
            pieces.extend(
                _term_markup(
                    soup,
                    term=found.term,
                    text=text[found.start : found.end],
                    audience=audience,
                    glossary_url=glossary_url,
                    reader=reader,
                )
            )
            position = found.end
        if pieces:
            if position < len(text):
                pieces.append(NavigableString(text[position:]))
            node.replace_with(*pieces)
    if not linked:
        return html
    return str(soup)
