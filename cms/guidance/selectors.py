"""Reads for guidance pages."""

from dataclasses import dataclass

from django.utils.translation import gettext
from wagtail.models import Page, Site
from wagtail.permissions import page_permission_policy

from .checks import readability_target


def national_root():
    """The English NationalGuidancePage, or None before the guidance has been set up.

    Translations of the national guidance live in trees of their own (one per language); they are
    served in place of the English pages (cms/core/translation.py), never shared as aliases.
    """
    from wagtail.models import Locale

    from .models import NationalGuidancePage

    return NationalGuidancePage.objects.filter(locale=Locale.get_default()).first()


def in_national_tree(page, *, root=None):
    """True for the national root's descendants (the originals that LA sites alias)."""
    root = root or national_root()
    return root is not None and page.path.startswith(root.path) and page.depth > root.depth


def national_team_member(user):
    """Superusers, and anyone who may edit the national guidance (its editors and moderators)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    root = national_root()
    if user.is_superuser:
        return True
    return root is not None and root.permissions_for_user(user).can_edit()


def site_guides_by_slug(*, site, slugs):
    """The live guides on a site whose slug is one of `slugs`, as {slug: page}."""
    from .models import GuidePage

    if site is None:
        return {}
    pages = GuidePage.objects.live().public().descendant_of(site.root_page).filter(slug__in=set(slugs))
    return {page.slug: page for page in pages}


@dataclass(frozen=True)
class JourneyStep:
    number: int
    stage: object
    guide: Page | None


@dataclass(frozen=True)
class JourneyPhase:
    title: str
    steps: list


def journey_phases(*, stages, request):
    """The stages grouped by phase, in order, each with its guide on the current site (or None)."""
    site = Site.find_for_request(request) if request is not None else None
    guides = site_guides_by_slug(site=site, slugs=[stage.guide_slug for stage in stages])
    phases = []
    for number, stage in enumerate(stages, start=1):
        if not phases or phases[-1].title != stage.phase:
            phases.append(JourneyPhase(title=stage.phase, steps=[]))
        phases[-1].steps.append(JourneyStep(number=number, stage=stage, guide=guides.get(stage.guide_slug)))
    return phases


@dataclass(frozen=True)
class GuideReadability:
    page: Page
    score: float | None
    target: int

    @property
    def passes(self):
        return self.score is not None and self.score <= self.target


def guides_for_user(user):
    """The national guides (not their LA aliases) this user may edit, for the editor reports."""
    from .models import GuidePage

    editable = page_permission_policy.instances_user_has_any_permission_for(user, ["change", "publish"])
    return GuidePage.objects.filter(alias_of__isnull=True, pk__in=editable.values("pk"))


def guide_readability(page):
    return GuideReadability(page=page, score=page.readability_score, target=readability_target(page))


def breadcrumbs(*, page, request):
    """(title, url) of the page's ancestors on the current site, from its home page down."""
    from cms.core.translation import translation_to_read
    from cms.home.models import HomePage

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    # A translation is served in place of the page the address led to (cms/core/translation.py):
    # the trail follows that page, in the reader's language where its pages are translated.
    page = getattr(request, "portal_routed_page", page)
    crumbs = []
    for ancestor in page.get_ancestors().filter(depth__gte=site.root_page.depth).specific():
        url = ancestor.get_url(request=request)
        if url:
            translated = translation_to_read(ancestor)
            title = (translated or ancestor).title
            crumbs.append((gettext("Home") if isinstance(ancestor, HomePage) else title, url))
    return crumbs
