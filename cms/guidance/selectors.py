"""Reads for guidance pages, including what a guide's legal check says about it."""

import datetime
import hashlib
import json
from dataclasses import dataclass
from html.parser import HTMLParser

from django.conf import settings
from django.db.models import F, Q
from django.utils.translation import gettext, gettext_lazy
from wagtail import blocks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail.permissions import page_permission_policy

from .checks import readability_target

# A legal check is good for this long; after it, the guide is listed in the report again.
LEGAL_CHECK_MONTHS = 12


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
    """Superusers, and anyone who may edit the national guidance (its editors and moderators).

    Every admin page asks once per menu item that needs it: the answer is kept on the user object,
    which Django builds afresh for every request, so a change of group counts from the next one.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    member = getattr(user, "_portal_national_team_member", None)
    if member is None:
        root = national_root()
        member = user._portal_national_team_member = root is not None and root.permissions_for_user(user).can_edit()
    return member


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
class SectionGuides:
    section: Page
    guides: list


def young_people_guides_by_section(*, site):
    """Every live young people's guide on `site`, grouped by section in the order the site lists its
    sections (the order a family meets them). Drafts, private pages and other sites' pages never
    appear. Three queries, however many guides there are."""
    from .models import GuidePage, GuideSectionPage

    if site is None:
        return []
    home = site.root_page
    sections = GuideSectionPage.objects.live().public().child_of(home).order_by("path")
    guides = (
        GuidePage.objects.live()
        .public()
        .descendant_of(home)
        .filter(audience=GuidePage.Audience.YOUNG_PEOPLE)
        .order_by("path")
    )
    by_section = {}
    for guide in guides:
        by_section.setdefault(guide.path[: -GuidePage.steplen], []).append(guide)
    return [
        SectionGuides(section=section, guides=by_section[section.path])
        for section in sections
        if section.path in by_section
    ]


def young_people_simple_guides(*, page, site):
    """The hub's guides for younger children, as this site's live copies, in the editor's order.

    The hub names national guides (an alias copies its original's choices); each is found on the
    site by its slug, like the journey's guides, and one that is not live there is left out."""
    chosen = [block.value for block in page.younger_guides if block.value is not None]
    found = site_guides_by_slug(site=site, slugs=[guide.slug for guide in chosen])
    return list({guide.slug: found[guide.slug] for guide in chosen if guide.slug in found}.values())


def young_people_hub_for_site(site):
    """The site's live young people's hub, or None."""
    from .young_people import YoungPeopleHubPage

    if site is None:
        return None
    return YoungPeopleHubPage.objects.live().public().child_of(site.root_page).first()


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


# The legal check: what a guide's legal facts say, and whether they have been checked.


class _RichTextFacts(HTMLParser):
    """What a piece of rich text says: its words, paragraph breaks and link targets. Markup the
    editor adds or drops (bold, block keys, spacing) is left out, so saving the page again without
    changing what it says does not count as a change of its legal facts."""

    BREAKS = {"p", "li", "ul", "ol", "h2", "h3", "h4", "br"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a":
            target = attributes.get("href") or f"{attributes.get('linktype', '')}:{attributes.get('id', '')}"
            self.parts.append(f" [{target}] ")
        elif tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)

    @classmethod
    def of(cls, html):
        parser = cls()
        parser.feed(html)
        parser.close()
        lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _block_facts(block, value):
    """The legal facts of one block value, in a form that compares equal when the words do."""
    if value is None:
        return None
    if isinstance(block, blocks.RichTextBlock):
        return _RichTextFacts.of(value.source)
    if isinstance(block, blocks.StreamBlock):
        return [[child.block_type, _block_facts(child.block, child.value)] for child in value]
    if isinstance(block, blocks.StructBlock):
        return {name: _block_facts(child, value.get(name)) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        return [_block_facts(block.child_block, item) for item in value]
    prepared = block.get_prep_value(value)
    return " ".join(prepared.split()) if isinstance(prepared, str) else prepared


def legal_facts_fingerprint(page):
    """A digest of what the page's legal fact fields say (see GuidePage.legal_fact_fields)."""
    facts = {}
    for name in page.legal_fact_fields:
        field, value = page._meta.get_field(name), getattr(page, name)
        facts[name] = _block_facts(field.stream_block, value) if isinstance(field, StreamField) else str(value)
    digest = json.dumps(facts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(digest.encode()).hexdigest()


@dataclass(frozen=True)
class LegalCheckStatus:
    NEVER = "never"
    CHANGED = "changed"
    DUE = "due"
    CHECKED = "checked"
    LABELS = {
        NEVER: gettext_lazy("Never checked"),
        CHANGED: gettext_lazy("Changed since its legal check"),
        DUE: gettext_lazy("Checked over a year ago"),
        CHECKED: gettext_lazy("Checked"),
    }

    code: str
    checked_on: datetime.date | None
    role: str

    @property
    def label(self):
        return self.LABELS[self.code]

    @property
    def needs_check(self):
        return self.code != self.CHECKED


def legal_check_cutoff(*, today=None):
    """Checks made before this day are over a year old."""
    from .models import months_ahead

    return months_ahead(-LEGAL_CHECK_MONTHS, start=today)


def legal_check_status(page, *, fingerprint=None, today=None):
    """Where `page` (a version of a guide) stands: its legal facts never checked, changed since the
    last check, checked over a year ago, or checked. `fingerprint` defaults to what the page says now."""
    fingerprint = fingerprint if fingerprint is not None else legal_facts_fingerprint(page)
    if page.legal_checked_on is None:
        code = LegalCheckStatus.NEVER
    elif fingerprint != page.legal_checked_fingerprint:
        code = LegalCheckStatus.CHANGED
    elif page.legal_checked_on < legal_check_cutoff(today=today):
        code = LegalCheckStatus.DUE
    else:
        code = LegalCheckStatus.CHECKED
    return LegalCheckStatus(code=code, checked_on=page.legal_checked_on, role=page.legal_checked_by_role)


def legal_check_needed(page, *, today=None):
    """True unless this version's legal facts are the very ones a check in the last year approved.

    The "Legal check" workflow task runs when this is true: a guide never checked, or checked over
    a year ago, goes to the legal checkers whatever changed, which is how it gets checked at all.
    """
    from .models import GuidePage

    if not isinstance(page, GuidePage) or page.alias_of_id or page.locale_id != Locale.get_default().pk:
        return False  # aliases copy a checked original; translations follow their English source
    return legal_check_status(page, today=today).needs_check


def legal_facts_changed(page):
    """True when publishing this version of a guide would put legal facts live that are neither
    the ones last checked nor the ones live now (a new guide's are always new)."""
    from .models import GuidePage

    if not legal_check_needed(page):
        return False
    fingerprint = legal_facts_fingerprint(page)
    if fingerprint == page.legal_checked_fingerprint:
        return False
    live = GuidePage.objects.filter(pk=page.pk, live=True).first() if page.pk else None
    return live is None or fingerprint != legal_facts_fingerprint(live)


def guides_for_legal_check(user):
    """The English guides (not their LA aliases, not translations) this user works on: those they
    may edit or publish, and for the legal checkers those they may lock (the national guidance).
    The same per-page permissions as everywhere in the admin, so each council sees its own."""
    from .models import GuidePage

    pages = page_permission_policy.instances_user_has_any_permission_for(user, ["change", "publish", "lock"])
    # The default locale by its code, in the same query: no query at all for someone with no page to edit.
    english = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return GuidePage.objects.filter(alias_of__isnull=True, locale__language_code=english, pk__in=pages.values("pk"))


def guides_due_legal_check(user, *, today=None):
    """The user's guides whose live version needs a legal check: never checked, checked over a year
    ago, or changed since the check. Never checked first, then the oldest check."""
    due = (
        Q(legal_checked_on__isnull=True)
        | Q(legal_checked_on__lt=legal_check_cutoff(today=today))
        | ~Q(legal_checked_fingerprint=F("legal_facts_fingerprint"))
    )
    return guides_for_legal_check(user).filter(due).order_by(F("legal_checked_on").asc(nulls_first=True), "title")


def page_for_editing(*, user, page_id):
    """The page `page_id` as the user is editing it (its latest draft), if they may edit it; else None."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None or not page.permissions_for_user(user).can_edit():
        return None
    return page.specific.get_latest_revision_as_object()


def council_pages_for_readability(user):
    """A council's own pages of words (its standard pages) that this user may edit or publish, for the
    council editors' readability report. Another council's pages never; national guides have their own."""
    from cms.standard.models import StandardPage

    editable = page_permission_policy.instances_user_has_any_permission_for(user, ["change", "publish"])
    return StandardPage.objects.filter(alias_of__isnull=True, pk__in=editable.values("pk")).order_by("title")
