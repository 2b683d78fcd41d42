"""Guidance pages: written once in the national tree and shown on every LA site through aliases
(see sharing.py). GuidePage carries the plain-language rules: an audience, a review date and a
readability score that the "Plain language check" workflow task (workflows.py) tests.

It also carries its legal check: the public sources its facts come from (Source, a snippet seeded
from content/sources.py), and when, and by whom (a role, such as "council solicitor"), its legal
facts were last checked. The legal facts are the fields named in GuidePage.legal_fact_fields (the
body: everything the guide says). A submitted guide goes through the "Legal check" workflow task
(workflows.py) unless its legal facts are the very ones a check in the last year approved, so
changing them after a check sends the guide back through it.
"""

import calendar
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel, Panel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.core.blocks import GuideStreamBlock
from portal.cases.stages import STAGES

from .checks import ADULTS, YOUNG_PEOPLE, readability_score
from .editor_check import PlainLanguagePanel


def months_ahead(months, *, start=None):
    """The same day `months` later (or the month's last day, for the 31st or 29 February)."""
    start = start or timezone.localdate()
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def review_by_default():
    return months_ahead(12)


class NationalPageMixin:
    """Guidance pages in the national tree have no site of their own, so they answer with the
    path their alias has on whichever LA site is being read ("/pre-proceedings/…"). Links between
    guides (buttons, rich text, other_version) therefore work on every LA site. An alias under an
    LA's home page has a site and its normal URL.
    """

    # In the admin, a council's copy of a national page says that it is shared and cannot be
    # changed there (sharing.py keeps aliases read-only), so nobody tries to edit it.
    SHARED_LABEL = "{title} · national page, read only"

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        return self.SHARED_LABEL.format(title=title) if self.alias_of_id else title

    def _national_path(self):
        """The path of this page on every LA site, if it is an original in the national tree."""
        if self.alias_of_id or self.depth < 3:
            return None
        if not NationalGuidancePage.objects.filter(path=self.path[: 2 * self.steplen]).exists():
            return None
        # url_path is "/<national root slug>/<section>/<guide>/": drop the national root's slug.
        return "/" + self.url_path.split("/", 2)[2]

    def get_url_parts(self, request=None):
        url_parts = super().get_url_parts(request=request)
        if url_parts is not None:
            return url_parts
        path = self._national_path()
        return None if path is None else (None, "", path)

    def get_full_url(self, request=None):
        # No address of its own: which LA site's copy is meant depends on who is reading. Wagtail's
        # preview then uses the editor's own host.
        if super().get_url_parts(request=request) is None and self._national_path() is not None:
            return None
        return super().get_full_url(request=request)

    full_url = property(get_full_url)  # Page binds its own get_full_url to the property

    def get_context(self, request, *args, **kwargs):
        from .selectors import breadcrumbs

        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = breadcrumbs(page=self, request=request)
        return context


class NationalGuidancePage(Page):
    """The root of the national guidance, written once and shared with every LA site.

    It sits directly under Wagtail's root, outside every site, so it has no address of its own and
    is never shown to the public: LA sites show its sections and journey through aliases.
    """

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["guidance.GuideSectionPage", "guidance.JourneyPage", "guidance.YoungPeopleHubPage"]
    max_count = 1
    preview_modes = []

    class Meta:
        verbose_name = "national guidance root"

    def serve(self, request, *args, **kwargs):
        raise Http404

    def get_sitemap_urls(self, request=None):
        return []


class GuideSectionPage(NationalPageMixin, Page):
    """A group of guides, like "Pre-proceedings"."""

    intro = models.TextField(blank=True, help_text="One or two short sentences that say what the guides here cover.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    # Home pages are listed so that each LA's alias of a section is a valid page there; sections
    # are only ever written in the national tree (see can_create_at).
    parent_page_types = ["guidance.NationalGuidancePage", "home.HomePage"]
    subpage_types = ["guidance.GuidePage"]

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and isinstance(parent.specific, NationalGuidancePage)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = GuidePage.objects.child_of(self).live().public().order_by("path")
        return context


class Source(index.Indexed, models.Model):
    """A public source that guides' facts come from: an Act, a practice direction, an advice page.

    One list for every guide, so that a moved web page is corrected once. Seeded from
    content/sources.py; the national content team and the legal checkers keep it up to date.
    """

    title = models.CharField(max_length=255, help_text="The name of the page or document, as its publisher gives it.")
    publisher = models.CharField(
        max_length=255, blank=True, help_text="Who published it, like “legislation.gov.uk” or “Family Rights Group”."
    )
    url = models.URLField(
        "web address", max_length=500, unique=True, help_text="Where anyone can read it, starting https://."
    )
    used_for = models.TextField(blank=True, help_text="Which facts in the guides come from it, in a sentence or two.")

    panels = [FieldPanel("title"), FieldPanel("publisher"), FieldPanel("url"), FieldPanel("used_for")]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("publisher"),
        index.FilterField("url"),
    ]

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return f"{self.title} ({self.publisher})" if self.publisher else self.title


class LegalCheckPanel(Panel):
    """The guide's legal check in words: never checked, when and by whom, or changed since."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "guidance/panels/legal_check.html"

        def get_context_data(self, parent_context=None):
            from .selectors import legal_check_status

            context = super().get_context_data(parent_context)
            context["status"] = legal_check_status(self.instance)
            return context


class GuidePage(NationalPageMixin, Page):
    """One plain-language guide, for grown-ups or for children and young people."""

    class Audience(models.TextChoices):
        ADULTS = ADULTS, "Grown-ups (parents, carers and family)"
        YOUNG_PEOPLE = YOUNG_PEOPLE, "Children and young people"

    audience = models.CharField(
        max_length=20,
        choices=Audience.choices,
        default=Audience.ADULTS,
        help_text="Who this version is written for. Young people's guides have a lower readability target.",
    )
    summary = models.TextField(
        max_length=300,
        help_text="One or two short sentences shown under the title and in lists of guides.",
    )
    body = StreamField(GuideStreamBlock())
    other_version = models.ForeignKey(
        "guidance.GuidePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The same topic written for the other audience. Both guides link to each other.",
    )
    review_by = models.DateField(
        default=review_by_default,
        help_text="When someone must check this guide is still right. Usually 12 months after checking it.",
    )
    readability_score = models.FloatField(
        null=True,
        blank=True,
        editable=False,
        help_text="The LIX readability score of the summary and body, worked out when the page is saved.",
    )
    # The legal check. Only the "Legal check" workflow task writes these (services.legal_check_record),
    # and they belong to the page, not to one revision of it (see with_content_json).
    legal_checked_on = models.DateField(
        "legal facts last checked",
        null=True,
        blank=True,
        editable=False,
        help_text="Set when the legal check is approved.",
    )
    legal_checked_by_role = models.CharField(
        "legal facts checked by (role)",
        max_length=100,
        blank=True,
        editable=False,
        help_text="The role of the person who approved the legal check, like “council solicitor”.",
    )
    legal_checked_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    # What the legal fact fields of this version say (see legal_facts_fingerprint), for the report.
    legal_facts_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    # What counts as the guide's legal facts: everything its body says. A change to any of these
    # fields sends the guide back through the legal check; the title, summary and promote fields
    # are not legal facts.
    legal_fact_fields = ("body",)
    legal_check_fields = ("legal_checked_on", "legal_checked_by_role", "legal_checked_fingerprint")
    exclude_fields_in_copy = list(legal_check_fields)  # a copy has not been checked

    content_panels = [
        *Page.content_panels,
        FieldPanel("audience"),
        FieldPanel("summary"),
        FieldPanel("body"),
        PlainLanguagePanel(heading="Plain language check"),
        FieldPanel("other_version"),
        MultipleChooserPanel(
            "sources",
            chooser_field_name="source",
            heading="Sources",
            label="Source",
            help_text="The public sources this guide's facts come from, so that a legal checker can check them.",
        ),
        LegalCheckPanel(heading="Legal check"),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("review_by")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["guidance.GuideSectionPage"]
    subpage_types = []

    @classmethod
    def can_create_at(cls, parent):
        # Aliased sections on LA sites follow the national one: nothing may be added under them.
        return super().can_create_at(parent) and not parent.alias_of_id

    def clean(self):
        super().clean()
        if self.other_version_id:
            if self.other_version_id == self.pk:
                raise ValidationError({"other_version": "Choose a different guide, not this one."})
            if self.other_version.audience == self.audience:
                raise ValidationError({"other_version": "Choose a guide written for the other audience."})
        self.readability_score = readability_score(self)

    def save(self, *args, **kwargs):
        # clean() sets the score when Wagtail validates; saves that skip validation set it here.
        if kwargs.get("clean") is False and self.readability_score is None:
            self.readability_score = readability_score(self)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or set(update_fields) & set(self.legal_fact_fields):
            from .selectors import legal_facts_fingerprint

            self.legal_facts_fingerprint = legal_facts_fingerprint(self)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "legal_facts_fingerprint"}
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        # The legal check is a fact about the page, like `live`: a revision made before a check,
        # or published after it, keeps the check the page has now (Wagtail's documented way to
        # keep a field out of revisions).
        page = super().with_content_json(content)
        for name in self.legal_check_fields:
            setattr(page, name, getattr(self, name))
        return page

    @property
    def readability_target(self):
        return settings.PORTAL_READABILITY_TARGETS[self.audience]

    @property
    def is_young_people(self):
        return self.audience == self.Audience.YOUNG_PEOPLE

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        other = self.other_version
        context["other_version"] = other if other is not None and other.live else None
        if self.is_young_people:  # its caption links back to the young people's hub
            from cms.core.cache import site_for_request

            from .selectors import young_people_hub_for_site

            context["young_people_hub"] = young_people_hub_for_site(site_for_request(request))
        return context


class GuidePageSource(Orderable):
    """One of a guide's sources, in the order the editor gave them."""

    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="sources")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("source")]


class JourneyPage(NationalPageMixin, Page):
    """Every stage of the journey, step by step, with its usual timing and the guide about it.

    The stages come from portal.cases.stages, the same list the family area uses to show
    "where you are now", so the two never disagree.
    """

    intro = models.TextField(blank=True, help_text="One or two short sentences above the steps.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["guidance.NationalGuidancePage", "home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and isinstance(parent.specific, NationalGuidancePage)

    def get_context(self, request, *args, **kwargs):
        from .selectors import journey_phases

        context = super().get_context(request, *args, **kwargs)
        context["phases"] = journey_phases(stages=STAGES, request=request)
        return context


from .workflows import LegalCheckTask, PlainLanguageTask  # noqa: E402, F401  (models: Django finds them here)
from .young_people import YoungPeopleHubPage  # noqa: E402, F401
