"""Word busting: the "avoid" words a page uses that the glossary does not explain.

The rule is deliberately simple: **an avoid word is acceptable only if the glossary explains
it**, that is, a live glossary term whose word (or one of its other forms) it is has a meaning.
Those words are linked to their meaning where they are first used (see processing.py), so a
reader can always find out what they mean.

Avoid words come from two places:
- glossary terms ticked "word to avoid" (live or not: a draft explains nothing to readers), and
- the PORTAL_AVOID_WORDS setting, for words the glossary does not hold at all (empty by default).

The Family Justice Young People's Board asks for these words to be replaced, or explained every
time they are used; this check finds the ones that are not explained at all.
"""

from django.conf import settings
from wagtail.rich_text import RichText, get_text_for_indexing

from .matching import whole_word_regex
from .models import GlossaryTerm

BODY_FIELDS = ("body",)


def portal_avoid_words():
    return list(settings.PORTAL_AVOID_WORDS)


def page_body_text(page):
    """The words of a page's body, as plain text (headings, paragraphs and every block)."""
    page = getattr(page, "specific", page)
    texts = []
    for name in BODY_FIELDS:
        value = getattr(page, name, None)
        if value is None:
            continue
        if hasattr(value, "stream_block"):
            texts.extend(str(text) for text in value.stream_block.get_searchable_content(value))
        elif isinstance(value, RichText):
            texts.append(get_text_for_indexing(value.source))
        else:
            texts.append(get_text_for_indexing(str(value)))
    return "\n".join(texts)


def _uses(text, forms):
    regex = whole_word_regex(forms)
    return bool(regex and regex.search(text))


def avoid_words_used(page):
    """The avoid words in the page's body that the glossary does not explain, A to Z.

    Each is given as the glossary term (or the PORTAL_AVOID_WORDS entry) it belongs to.
    """
    text = page_body_text(page)
    if not text.strip():
        return []
    terms = list(GlossaryTerm.objects.only("term", "also", "meaning", "avoid", "live"))
    explained = {form.lower() for term in terms if term.live and term.meaning.strip() for form in term.forms}
    unexplained = set()
    for term in terms:
        if term.avoid and _uses(text, term.forms) and term.term.lower() not in explained:
            unexplained.add(term.term)
    owner = {form.lower(): term for term in terms for form in term.forms}
    for word in (word.strip() for word in portal_avoid_words()):
        if word and word.lower() not in explained and _uses(text, [word]):
            # A word the glossary holds but does not explain yet is reported under its term's name.
            term = owner.get(word.lower())
            unexplained.add(term.term if term else word)
    return sorted(unexplained, key=str.lower)
