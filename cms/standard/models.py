from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from cms.core.blocks import BodyStreamBlock
from cms.guidance.editor_check import PlainLanguagePanel


class StandardPage(Page):
    """Pages every site needs, like the privacy notice or accessibility statement."""

    class Purpose(models.TextChoices):
        PRIVACY = "privacy", "Privacy notice"
        ACCESSIBILITY = "accessibility", "Accessibility statement"
        CONTACT = "contact", "Contact"
        OTHER = "other", "Other"

    purpose = models.CharField(
        max_length=20,
        choices=Purpose.choices,
        default=Purpose.OTHER,
        help_text="Privacy, accessibility and contact pages are linked from the footer of every page.",
    )
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body"), PlainLanguagePanel(heading="Plain language check")]
    settings_panels = [*Page.settings_panels, FieldPanel("purpose")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
