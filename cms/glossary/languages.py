"""Which text the glossary may look in: text written in the glossary's own language, and no other.

Every term and meaning is written in English, the portal's default language (settings.LANGUAGE_CODE).
An English word found inside Polish, Romanian or Urdu text is a coincidence, not a use: the
Romanian word "la" is not the council ("LA"). So terms are matched only in English text. A page
read in another language gets no glossary links until the glossary has terms in that language
(`glossary_terms_for_language` in selectors.py is the one place that would change).

Two languages meet on a page:
- the *page's* language: the words editors wrote (a translated page is in its own language; an
  alias shows its original's words), from cms.core.translation.content_language, and
- the *reader's* language: the language they chose, in which everything a template writes with
  {% translate %} appears.

An English page shown to someone who chose Polish (nobody has translated it yet) is still English
text, so its words are linked; the meanings are marked lang="en-gb" and the few words the glossary
adds in the reader's language ("what this means") are marked with theirs, for screen readers.
"""

from django.conf import settings
from django.utils import translation

GLOSSARY_LANGUAGE = settings.LANGUAGE_CODE


def _primary(code):
    """ "en-gb" -> "en": the language itself, whatever the region."""
    return (code or "").replace("_", "-").split("-")[0].lower()


def same_language(code, other):
    return bool(code) and _primary(code) == _primary(other)


def is_glossary_language(code):
    return same_language(code, GLOSSARY_LANGUAGE)


def reader_language():
    """The language the reader chose (or the site's default)."""
    return translation.get_language() or settings.LANGUAGE_CODE


def page_language(page):
    """The language of the words editors wrote on `page`, or the reader's for anything else."""
    if page is None or not hasattr(page, "alias_of_id") or getattr(page, "locale_id", None) is None:
        return reader_language()
    from cms.core.translation import content_language

    return content_language(page)


def template_text_language(page):
    """The language of what a page template writes around `page`'s own words, or "" if mixed.

    A template mixes the reader's language ({% translate %}) with the page's words: it is one
    language only when those are the same.
    """
    reader, words = reader_language(), page_language(page)
    return words if same_language(reader, words) else ""
