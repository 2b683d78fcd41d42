"""Who a page is written for. The values match GuidePage.audience in cms.guidance.

On the A to Z page the audience is chosen with ?for=young-people, a plain link that works
without JavaScript and can be bookmarked or shared.
"""

ADULTS = "adults"
YOUNG_PEOPLE = "young_people"
AUDIENCES = (ADULTS, YOUNG_PEOPLE)

QUERY_PARAM = "for"
YOUNG_PEOPLE_QUERY_VALUE = "young-people"


def audience_of(page, default=ADULTS):
    """The audience a page says it is for, or the default (grown-ups) for pages that do not say."""
    audience = getattr(page, "audience", None)
    return audience if audience in AUDIENCES else default


def audience_from_request(request):
    if request is not None and request.GET.get(QUERY_PARAM) == YOUNG_PEOPLE_QUERY_VALUE:
        return YOUNG_PEOPLE
    return ADULTS


def glossary_query_for(audience):
    """The query string (with its "?") that shows the glossary for an audience; empty for grown-ups."""
    return f"?{QUERY_PARAM}={YOUNG_PEOPLE_QUERY_VALUE}" if audience == YOUNG_PEOPLE else ""
