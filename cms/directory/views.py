"""The directory as open data: a read-only Open Referral UK API (plain JSON, public, cacheable).

Routes and parameters follow the UK profile's OpenAPI description (`/services`,
`/services/{id}`, `/taxonomies`, `/taxonomy_terms`; `page`, `per_page`, `taxonomy_term_id`,
`taxonomy_id`, `search`). `area` is the portal's own filter: a local authority's slug gives the
services available there (its own and national ones); `national` gives national ones only.
"""

import uuid
from functools import wraps

from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from portal.authorities.models import LocalAuthority

from . import openreferral as orj
from .models import Taxonomy, TaxonomyTerm
from .selectors import services_for_api, services_published, taxonomy_terms

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile"
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"


class BadRequest(Exception):
    pass


def open_data(view):
    """GET only; cacheable by anyone for five minutes; a bad parameter is a JSON 400."""

    @require_GET
    @cache_control(public=True, max_age=300)
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except BadRequest as error:
            return JsonResponse({"detail": str(error)}, status=400)

    return wrapped


def _positive_int(request, name, default, maximum=None):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number") from None
    if value < 1:
        raise BadRequest(f"{name} must be 1 or more")
    return min(value, maximum) if maximum else value


def _uuid_param(request, name):
    raw = request.GET.get(name)
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a UUID") from None


def _page(request, items, to_json):
    page_number = _positive_int(request, "page", 1)
    per_page = _positive_int(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    total = items.count()
    start = (page_number - 1) * per_page
    contents = [to_json(item) for item in items[start : start + per_page]]
    return JsonResponse(orj.page_json(contents=contents, total_items=total, page_number=page_number, per_page=per_page))


def _not_found():
    return JsonResponse({"detail": "Not found"}, status=404)


@open_data
def api_root(request):
    return JsonResponse({"version": "3.0", "profile": PROFILE_URL, "openapi_url": OPENAPI_URL})


@open_data
def service_list(request):
    term_id = _uuid_param(request, "taxonomy_term_id")
    taxonomy_id = _uuid_param(request, "taxonomy_id")
    area = request.GET.get("area", "").strip()
    filters = {"words": request.GET.get("search", "")}
    if term_id:
        filters["taxonomy_term"] = TaxonomyTerm.objects.filter(uuid=term_id).first()
        if filters["taxonomy_term"] is None:
            raise BadRequest("no taxonomy term has this taxonomy_term_id")
    if taxonomy_id:
        filters["taxonomy"] = Taxonomy.objects.filter(uuid=taxonomy_id).first()
        if filters["taxonomy"] is None:
            raise BadRequest("no taxonomy has this taxonomy_id")
    if area == "national":
        filters["national_only"] = True
    elif area:
        filters["authority"] = LocalAuthority.objects.filter(slug=area).first()
        if filters["authority"] is None:
            raise BadRequest("area must be 'national' or a local authority's slug")
    return _page(request, services_for_api(**filters), orj.service_summary_json)


@open_data
def service_detail(request, service_id):
    service = services_published().filter(uuid=service_id).first()
    if service is None:
        return _not_found()
    return JsonResponse(orj.service_json(service))


@open_data
def taxonomy_list(request):
    return _page(request, Taxonomy.objects.order_by("name", "pk"), orj.taxonomy_json)


@open_data
def taxonomy_detail(request, taxonomy_id):
    taxonomy = Taxonomy.objects.prefetch_related("terms__taxonomy").filter(uuid=taxonomy_id).first()
    if taxonomy is None:
        return _not_found()
    return JsonResponse(orj.taxonomy_json(taxonomy, with_terms=True))


@open_data
def taxonomy_term_list(request):
    terms = taxonomy_terms()
    taxonomy_id = _uuid_param(request, "taxonomy_id")
    if taxonomy_id:
        terms = terms.filter(taxonomy__uuid=taxonomy_id)
    return _page(request, terms.order_by("sort_order", "name", "pk"), orj.taxonomy_term_json)


@open_data
def taxonomy_term_detail(request, term_id):
    term = taxonomy_terms().filter(uuid=term_id).first()
    if term is None:
        return _not_found()
    return JsonResponse(orj.taxonomy_term_json(term))
