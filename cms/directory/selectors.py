"""Reads for the directory. Families only ever see live, active services for their own LA or
national ones; the open data API sees every live service; editors' reports see their scope.

Also where every "get legal advice" button, card and link in the portal goes: the reader's own
council's "Get free legal advice now" page (legal_advice_url, legal_advice_link_override)."""

import calendar
import datetime
import operator
from dataclasses import dataclass
from functools import reduce

from django.conf import settings
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Q, QuerySet, Value, When
from django.utils import timezone
from wagtail.models import Page

from cms.core.cache import site_for_request
from cms.core.page_urls import cached_page_url
from portal.authorities.models import LocalAuthority

from .filters import AREA_LOCAL, AREA_NATIONAL
from .models import FamilySupportTeam, LegalAdvicePage, Service, ServicePhone, TaxonomyTerm
from .permissions import readable_for_reports, service_permission_policy

LEGAL_ADVICE_CATEGORY = "legal-advice"
YOUNG_PEOPLE_CATEGORY = "young-people"
# The national guide every guide's legal advice button names (cms/guidance/content); on a site with
# its own "Get free legal advice now" page, links to it go there instead (legal_advice_link_override).
NATIONAL_LEGAL_ADVICE_GUIDE_SLUG = "free-legal-advice"


def authority_for_site(site):
    """The LA whose site this is, or None (a site that belongs to no LA shows national services)."""
    if site is None:
        return None
    return LocalAuthority.objects.filter(site=site).first()


def _with_details(services):
    return services.select_related("organisation").prefetch_related("phones", "schedules", "categories", "authorities")


def _has_area(authority=None):
    through = Service.authorities.through
    rows = through.objects.filter(service=OuterRef("pk"))
    if authority is not None:
        rows = rows.filter(localauthority=authority)
    return Exists(rows)


def services_published():
    """Every live service, whatever its status: the open data tells consumers the status itself."""
    return _with_details(Service.objects.filter(live=True))


def services_for_authority(*, authority):
    """What a family on this LA's site may see: active, live, and national or for this LA.

    A service for other LAs never appears here, even when it is also for this one's neighbour.
    """
    national = ~_has_area()
    condition = national | _has_area(authority) if authority is not None else national
    return services_published().filter(condition, status=Service.Status.ACTIVE)


def directory_search(*, authority, words="", category=None, area=""):
    """Services for the directory page: local ones first, then national, each by name."""
    services = services_for_authority(authority=authority)
    if category is not None:
        services = services.filter(categories=category)
    if area == AREA_LOCAL:
        services = services.filter(_has_area(authority)) if authority is not None else services.none()
    elif area == AREA_NATIONAL:
        services = services.filter(~_has_area())
    for word in words.split()[:10]:
        services = services.filter(
            Q(name__icontains=word)
            | Q(description__icontains=word)
            | Q(eligibility__icontains=word)
            | Q(organisation__name__icontains=word)
        )
    # Means-tested services go last: a parent with a letter before proceedings should reach a
    # children law solicitor (free for them, no means test) before any means-test checker.
    return services.annotate(
        is_local=Case(When(_has_area(), then=Value(0)), default=Value(1), output_field=IntegerField())
    ).order_by("is_local", "means_test", "name", "pk")


def young_people_help_lines(*, authority):
    """Young people's services with a number to call, for the young people's hub: national lines
    (Childline) first, then the council's own, each by name."""
    services = services_for_authority(authority=authority).filter(categories__slug=YOUNG_PEOPLE_CATEGORY)
    services = services.filter(Exists(ServicePhone.objects.filter(service=OuterRef("pk"))))
    return services.annotate(
        is_local=Case(When(_has_area(), then=Value(1)), default=Value(0), output_field=IntegerField())
    ).order_by("is_local", "name", "pk")


@dataclass(frozen=True)
class LegalAdviceServices:
    """What "Get free legal advice now" lists, in the order a parent with the letter should use it."""

    local_solicitors: QuerySet  # this LA's children-law solicitors: first, as they are free for the parent
    national_lines: QuerySet  # national advice lines with no means test
    means_tested: QuerySet  # for relatives and friends, who may have to pass one (local ones first)


def legal_advice_services(*, authority):
    """The legal advice services for "Get free legal advice now".

    Services with a means test never come first: a parent with a letter before proceedings gets
    advice that is not means-tested, and must not be sent to a means-test checker. They are listed
    apart, for grandparents, other relatives and friends, whose advice usually is means-tested.
    """
    services = services_for_authority(authority=authority).filter(categories__slug=LEGAL_ADVICE_CATEGORY)
    # Those with a number to call come first in each list (the advice line before the websites).
    free = services.filter(means_test=False).annotate(
        has_phone=Exists(ServicePhone.objects.filter(service=OuterRef("pk")))
    )
    local = free.filter(_has_area()) if authority is not None else free.none()
    means_tested = services.filter(means_test=True).annotate(
        is_local=Case(When(_has_area(), then=Value(0)), default=Value(1), output_field=IntegerField())
    )
    return LegalAdviceServices(
        local_solicitors=local.order_by(F("has_phone").desc(), "name"),
        national_lines=free.filter(~_has_area()).order_by(F("has_phone").desc(), "name"),
        means_tested=means_tested.order_by("is_local", "name"),
    )


# Where every "get legal advice" button, card and link goes.


def _legal_advice_page(site):
    return LegalAdvicePage.objects.live().public().child_of(site.root_page).first()


def _legal_advice_guide(site):
    pages = Page.objects.live().public().descendant_of(site.root_page)
    return pages.filter(slug=NATIONAL_LEGAL_ADVICE_GUIDE_SLUG).first()


def legal_advice_page_url(*, site_id, request=None):
    """The address of the site's live "Get free legal advice now" page, or None if it has none."""
    return cached_page_url(key="legal-advice-page", site_id=site_id, request=request, find=_legal_advice_page)


def legal_advice_url(*, site_id, request=None):
    """Where a "get legal advice" link for the site goes: its own "Get free legal advice now" page,
    or on a site without one, its copy of the national free legal advice guide; None if neither is live."""
    url = legal_advice_page_url(site_id=site_id, request=request)
    if url is not None:
        return url
    return cached_page_url(key="legal-advice-guide", site_id=site_id, request=request, find=_legal_advice_guide)


def legal_advice_link_override(page, *, request):
    """The current site's "Get free legal advice now" page, for a link an editor (or the seed) made
    to the national free legal advice guide; None for any other page, or on a site without one.

    Guides are written once for every council, so their buttons can only name the national guide;
    this sends each reader to their own council's page instead, with its local solicitors first.
    """
    if page is None or page.slug != NATIONAL_LEGAL_ADVICE_GUIDE_SLUG:
        return None
    site = site_for_request(request)
    return legal_advice_page_url(site_id=site.pk, request=request) if site is not None else None


def family_support_team_for_site(site):
    authority = authority_for_site(site)
    if authority is None:
        return None
    return FamilySupportTeam.objects.filter(authority=authority).first()


def services_for_api(*, taxonomy_term=None, taxonomy=None, authority=None, national_only=False, words=""):
    """Live services for the open data API. An area filter means "available there": the LA's own
    services and national ones."""
    services = services_published()
    if taxonomy_term is not None:
        services = services.filter(categories=taxonomy_term)
    if taxonomy is not None:
        services = services.filter(categories__taxonomy=taxonomy)
    if national_only:
        services = services.filter(~_has_area())
    elif authority is not None:
        services = services.filter(~_has_area() | _has_area(authority))
    for word in words.split()[:10]:
        services = services.filter(Q(name__icontains=word) | Q(description__icontains=word))
    return services.distinct().order_by("name", "pk")


def taxonomy_terms():
    return TaxonomyTerm.objects.select_related("taxonomy")


# Freshness reports for editors.


def stale_months():
    return settings.PORTAL_DIRECTORY_STALE_MONTHS


def months_before(day, months):
    """The same day `months` earlier (the last day of the month when that day does not exist)."""
    year, month_zero_based = divmod(day.year * 12 + (day.month - 1) - months, 12)
    month = month_zero_based + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def services_for_reports(*, user):
    """The services an editor's reports cover: their own LA's and national ones (read-only)."""
    return (
        readable_for_reports(service_permission_policy, user)
        .select_related("organisation")
        .prefetch_related("authorities")
    )


def services_not_checked(*, user, months=None, today=None):
    """Services nobody has checked for `months` months (or ever), oldest first."""
    months = stale_months() if months is None else months
    cutoff = months_before(today or timezone.localdate(), months)
    return (
        services_for_reports(user=user)
        .filter(Q(assured_date__isnull=True) | Q(assured_date__lt=cutoff))
        .exclude(status=Service.Status.DEFUNCT)
        .order_by(F("assured_date").asc(nulls_first=True), "name")
    )


def services_with_problems(*, user):
    """Services someone has said have a broken website or phone number."""
    flags = [Q(broken_link_reported=True), Q(broken_phone_reported=True)]
    return services_for_reports(user=user).filter(reduce(operator.or_, flags)).order_by("name")
