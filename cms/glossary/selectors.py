import string
import unicodedata

from .audiences import glossary_query_for
from .languages import is_glossary_language
from .models import GlossaryPage, GlossaryTerm

OTHER_GROUP = "0–9"


def glossary_terms_live():
    """Every published term, A to Z. Drafts and unpublished terms are never shown or linked."""
    return list(GlossaryTerm.objects.filter(live=True).order_by("term"))


def glossary_terms_for_language(language):
    """The live terms to look for in text written in `language`.

    Every term is English, so text in any other language gets none: an English word inside
    Romanian or Polish text is a coincidence, not a use (languages.py). Terms written in other
    languages would be returned here for text in those languages.
    """
    return glossary_terms_live() if is_glossary_language(language) else []


def glossary_page_for_site(site):
    """The live A to Z page on a site (its own, or an alias of the national one), or None.

    Another local authority's page is never used: its links would take families to another
    council's site. With no page on the site, guides are shown without glossary links.
    """
    if site is None:
        return None
    return GlossaryPage.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path").first()


def glossary_url_for(*, site, audience, request=None):
    """The A to Z page's URL for an audience (with ?for=young-people for children), or None."""
    page = glossary_page_for_site(site)
    if page is None:
        return None
    url = page.get_url(request=request, current_site=site)
    return f"{url}{glossary_query_for(audience)}" if url else None


def _group_of(term):
    first = unicodedata.normalize("NFKD", term.strip())[:1].upper()
    return first if first in string.ascii_uppercase else OTHER_GROUP


def glossary_letters(terms, *, audience):
    """The A to Z navigation and sections.

    A list of {"letter", "anchor", "entries"}: one for every letter A to Z (entries empty if no
    term starts with it, so the navigation can show the letter without a link), then one for
    terms starting with anything else, if there are any. Each entry is {"term", "meaning"}.
    """
    groups = {letter: [] for letter in string.ascii_uppercase}
    for term in sorted(terms, key=lambda t: t.term.casefold()):
        groups.setdefault(_group_of(term.term), []).append({"term": term, "meaning": term.meaning_for(audience)})
    letters = []
    for letter, entries in groups.items():
        if letter == OTHER_GROUP and not entries:
            continue
        anchor = "letter-other" if letter == OTHER_GROUP else f"letter-{letter.lower()}"
        letters.append({"letter": letter, "anchor": anchor, "entries": entries})
    return letters
