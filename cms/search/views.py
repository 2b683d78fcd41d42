"""The site search page, /search/?q=… (GET, so it works without JavaScript and can be bookmarked).

Searches are not recorded anywhere (Wagtail's search-query log is not used): what a frightened
parent types can be personal. The search box asks the browser not to remember entries either,
because phones are often shared.
"""

from urllib.parse import quote

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.glossary.audiences import ADULTS, YOUNG_PEOPLE
from cms.glossary.selectors import glossary_url_for

from .selectors import glossary_terms_search, journey_page_for_site, pages_search, search_query_clean

RESULTS_PER_PAGE = 10


def _summary(page):
    for name in ("search_description", "summary", "intro"):
        text = getattr(page, name, "")
        if isinstance(text, str) and text.strip():
            return text
    return ""


def _audience(page):
    """Who a guide is written for, so the grown-ups' and young people's guides with the same title
    are told apart in the results; "" for other pages."""
    audience = getattr(page, "audience", "")
    if audience == YOUNG_PEOPLE:
        return _("For children and young people")
    if audience == ADULTS:
        return _("For grown-ups")
    return ""


def pagination_items(page_obj):
    """GOV.UK pagination: first, last, and the pages either side of the current one; None for "…"."""
    last = page_obj.paginator.num_pages
    current = page_obj.number
    wanted = sorted({1, last, current - 1, current, current + 1} & set(range(1, last + 1)))
    items, previous = [], 0
    for number in wanted:
        if number - previous > 1:
            items.append(None)
        items.append(number)
        previous = number
    return items


def search(request):
    query = search_query_clean(request.GET.get("q", ""))
    site = Site.find_for_request(request)
    paginator = Paginator(pages_search(site=site, text=query), RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    results = [
        {
            "title": page.title,
            "url": page.get_url(request=request),
            "summary": _summary(page),
            "audience": _audience(page),
        }
        for page in page_obj.object_list
    ]
    terms = glossary_terms_search(text=query) if query and page_obj.number == 1 else []
    glossary_url = glossary_url_for(site=site, audience=ADULTS, request=request) if site else None
    journey = journey_page_for_site(site)
    context = {
        "query": query,
        "page_obj": page_obj,
        "results": results,
        "result_count": paginator.count,
        "pagination": pagination_items(page_obj) if paginator.num_pages > 1 else [],
        "query_prefix": f"?q={quote(query)}&",  # as the template's |urlencode wrote it
        "terms": terms,
        "glossary_url": glossary_url,
        "journey_url": journey.get_url(request=request) if journey else None,
        "journey_title": journey.title if journey else "",
    }
    return TemplateResponse(request, "search/search.html", context)
