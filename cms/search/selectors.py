"""Reads for site search: live, public pages of the current site only, and live glossary terms.

Works on Wagtail's database search backend on SQLite (FTS5) and PostgreSQL (full text): the
query is an OR of plain-text queries, one per synonym variant, which both support.
"""

import re

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from cms.core.cache import site_for_request
from cms.core.page_urls import cached_page_url
from cms.glossary.models import GlossaryTerm

from .synonyms import query_variants

MAX_QUERY_LENGTH = 100

# Letters, digits, spaces, hyphens and apostrophes only: anything else (quotes, brackets, *, :)
# is search syntax to one backend or another, and people do not mean it as such.
_NOT_SEARCHABLE = re.compile(r"[^\w\s'’-]+")


def search_query_clean(text):
    """The words of what someone typed, trimmed to a sensible length."""
    text = _NOT_SEARCHABLE.sub(" ", (text or "")[:MAX_QUERY_LENGTH])
    return " ".join(text.replace("_", " ").split())


def search_query_build(text):
    """A Wagtail search query for `text` and its synonyms (OR), or None if there is nothing to search."""
    variants = [variant for variant in query_variants(search_query_clean(text)) if re.search(r"\w", variant)]
    if not variants:
        return None
    queries = [PlainText(variant) for variant in variants]
    return queries[0] if len(queries) == 1 else Or(queries)


def pages_search(*, site, text):
    """Live, public pages of `site` matching `text`, best first. Other sites' pages never appear."""
    query = search_query_build(text)
    if query is None or site is None:
        return Page.objects.none()
    pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific()
    return pages.search(query)


def glossary_terms_search(*, text, limit=5):
    """Live glossary terms matching `text` (drafts never), best first."""
    query = search_query_build(text)
    if query is None:
        return []
    return list(get_search_backend().search(query, GlossaryTerm.objects.filter(live=True))[:limit])


def journey_page_for_site(site):
    """The site's live "what happens, step by step" page, found by its type name, or None."""
    if site is None:
        return None
    return (
        Page.objects.live()
        .public()
        .descendant_of(site.root_page, inclusive=True)
        .filter(content_type__model="journeypage")
        .order_by("path")
        .first()
    )


def journey_url(*, request):
    """The address of the current site's "what happens, step by step" page, or None: kept until
    the next publish, so showing it in every page's navigation costs no query."""
    site = site_for_request(request)
    return cached_page_url(
        key="journey-page", site_id=site.pk if site else None, request=request, find=journey_page_for_site
    )
