from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from cms.core.blocks import BodyStreamBlock


class HomePage(Page):
    """The front page of one local authority's site."""

    intro = models.TextField(
        blank=True,
        help_text="One or two short sentences under the title. Say who this site is for.",
    )
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["standard.StandardPage"]
    max_count_per_parent = 1
