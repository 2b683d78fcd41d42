"""Tap-to-define: link the first use of each glossary word in a page to what it means.

Without JavaScript each word becomes a plain link to its entry on the A to Z page:

    <a class="govuk-link portal-term" href="/what-words-mean/#term-guardian" data-term="guardian">guardian<span
      class="govuk-visually-hidden"> (what this means)</span></a><span class="portal-term__definition"
      data-term-definition="guardian" hidden>An independent social worker … <a …>All words explained</a></span>

The hidden span beside it holds the meaning for the page's audience. static/src/js/glossary.mjs
turns the link into a button that shows and hides that span in place, so the definitions travel
with the page: no request to the server, nothing inline to run, and it works under the
Content-Security-Policy `script-src 'self'`.

Rules: the whole word (or phrase) only, in any case; each term (with its other forms) once per
call, at its first use; longer terms win ("interim care order" before "care order"); never inside
a link, a heading, a button, a summary or code, and never inside attributes. The HTML is parsed
(html.parser), never edited with regular expressions, and every term and meaning is inserted as
text, so a term containing `<` or `"` cannot add markup.
"""

import re

from bs4 import BeautifulSoup, NavigableString
from django.utils.translation import gettext as _

from .selectors import glossary_terms_live

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

_APOSTROPHES = "'’"


def _normalise(text):
    return " ".join(text.replace("’", "'").lower().split())


def _form_pattern(form):
    """A regular expression for one form: any run of whitespace between words, either apostrophe."""
    parts = []
    for word in form.split():
        escaped = re.escape(word)
        for apostrophe in _APOSTROPHES:
            escaped = escaped.replace(apostrophe, "['’]")
        parts.append(escaped)
    return r"\s+".join(parts)


def whole_word_regex(forms):
    """One regular expression matching any of `forms` as whole words, longest first, any case.

    Whole words: no letter, digit, underscore or hyphen either side, so "pre-proceedings" does
    not contain the word "proceedings". None if there are no forms.
    """
    forms = sorted({_normalise(form) for form in forms if form.strip()}, key=len, reverse=True)
    if not forms:
        return None
    alternatives = "|".join(_form_pattern(form) for form in forms)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


class TermMatcher:
    """Finds glossary words in text. Build it once per call: terms change only when published."""

    def __init__(self, terms):
        self.term_by_form = {}
        for term in terms:
            for form in term.forms:
                # The first term to claim a form keeps it (the model refuses duplicates anyway).
                self.term_by_form.setdefault(_normalise(form), term)
        self.regex = whole_word_regex(self.term_by_form)

    def term_for(self, matched_text):
        return self.term_by_form.get(_normalise(matched_text))


def _key(term):
    # Unsaved terms (as in tests or previews) have no pk yet.
    return term.pk if term.pk is not None else id(term)


def _is_skipped(node):
    for parent in node.parents:
        if parent.name in SKIP_TAGS:
            return True
        if DEFINITION_CLASS in (parent.get("class") or []):
            return True
    return False


def _term_markup(soup, *, term, text, audience, glossary_url):
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
    return [link, definition]


def glossary_link_terms(html, *, audience, glossary_url, terms=None):
    """Return `html` with the first use of each glossary term linked to its meaning.

    `terms` defaults to every live GlossaryTerm. If there is nothing to link (no glossary page,
    no terms, or no term used) the HTML comes back exactly as it was given.
    """
    if not html or not glossary_url:
        return html
    if terms is None:
        terms = glossary_terms_live()
    matcher = TermMatcher(terms)
    if matcher.regex is None:
        return html

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
        for match in matcher.regex.finditer(text):
            term = matcher.term_for(match.group(0))
            if term is None or _key(term) in linked:
                continue
            linked.add(_key(term))
            if match.start() > position:
                pieces.append(NavigableString(text[position : match.start()]))
            pieces.extend(
                _term_markup(soup, term=term, text=match.group(0), audience=audience, glossary_url=glossary_url)
            )
            position = match.end()
        if pieces:
            if position < len(text):
                pieces.append(NavigableString(text[position:]))
            node.replace_with(*pieces)
    if not linked:
        return html
    return str(soup)
