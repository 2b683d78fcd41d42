"""Reads for guidance pages."""

from dataclasses import dataclass

from wagtail.models import Page, Site
from wagtail.permissions import page_permission_policy

from .checks import readability_target


def national_root():
    """The NationalGuidancePage, or None before the guidance has been set up."""
    from .models import NationalGuidancePage

    return NationalGuidancePage.objects.first()


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
    from cms.home.models import HomePage

    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    crumbs = []
    for ancestor in page.get_ancestors().filter(depth__gte=site.root_page.depth).specific():
        url = ancestor.get_url(request=request)
        if url:
            crumbs.append(("Home" if isinstance(ancestor, HomePage) else ancestor.title, url))
    return crumbs
