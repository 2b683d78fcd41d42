"""The young people's hub: one national page, aliased to every council's site like the journey,
that leads a child or young person to every young people's guide on the site they are reading.

Help lines come from the directory (young people's services with a phone number), so the
directory stays the one place numbers are kept; the page adds 999 and the people a child already
knows. Nothing on it is in a closed section: a frightened child should not have to open anything
to find a number to call.
"""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from .models import NationalGuidancePage, NationalPageMixin


class YoungPeopleHubPage(NationalPageMixin, Page):
    """The "For children and young people" page: help lines, then every young people's guide by section."""

    intro = models.TextField(
        blank=True,
        help_text="Two or three short sentences for a teenager. Say “you”. Say what is on this page.",
    )
    people_to_talk_to = models.TextField(
        blank=True,
        help_text="Shown with the help lines: the people a child can already talk to, like their guardian.",
    )
    younger_text = models.TextField(
        "for younger children",
        blank=True,
        help_text="A few very short sentences for children of about 7 to 11, to read with a grown-up.",
    )
    younger_guides = StreamField(
        [("guide", blocks.PageChooserBlock(page_type="guidance.GuidePage"))],
        blank=True,
        verbose_name="guides for younger children",
        help_text="Three or four of the simplest young people's guides, in the order to read them.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("people_to_talk_to"),
        MultiFieldPanel([FieldPanel("younger_text"), FieldPanel("younger_guides")], heading="If you are younger"),
    ]

    parent_page_types = ["guidance.NationalGuidancePage", "home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "young people's hub"

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and isinstance(parent.specific, NationalGuidancePage)

    def get_context(self, request, *args, **kwargs):
        from cms.core.cache import site_for_request
        from cms.directory.selectors import authority_for_site, young_people_help_lines

        from .selectors import young_people_guides_by_section, young_people_simple_guides

        context = super().get_context(request, *args, **kwargs)
        site = site_for_request(request)
        context["help_lines"] = young_people_help_lines(authority=authority_for_site(site))
        context["sections"] = young_people_guides_by_section(site=site)
        context["younger_guides"] = young_people_simple_guides(page=self, site=site)
        return context
