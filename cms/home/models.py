from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from cms.core.blocks import BodyStreamBlock, validate_link_url
from cms.core.cache import site_for_request


class HomePage(Page):
    """The front page of one local authority's site."""

    intro = models.TextField(
        blank=True,
        help_text="One or two short sentences under the title. Say who this site is for.",
    )
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("ways_in", heading="Ways in", label="Way in"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # Guide sections and the journey arrive as aliases of the national guidance (cms.guidance);
    # an LA writes only its own standard pages here.
    subpage_types = [
        "standard.StandardPage",
        "guidance.GuideSectionPage",
        "guidance.JourneyPage",
        "guidance.YoungPeopleHubPage",
        "glossary.GlossaryPage",
        "directory.DirectoryPage",
        "directory.LegalAdvicePage",
    ]
    max_count_per_parent = 1

    def route(self, request, path_components):
        # Addresses are the same in every language: a translated home page routes through its
        # English original, and the translation of what is found is served (cms/core/translation.py).
        default = Locale.get_default()
        if self.locale_id != default.pk:
            english = self.get_translation_or_none(default)
            if english is not None:
                return english.specific.route(request, path_components)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        ways_in = [(way, way.href(request=request)) for way in self.ways_in.all()]
        context["ways_in"] = [
            {"title": way.title, "description": way.description, "href": href} for way, href in ways_in if href
        ]
        # The way to a solicitor, first on the page (above the fold on a phone): a parent with the
        # letter gets free legal advice, and delay costs them (cms/directory/selectors.py).
        from cms.directory.selectors import legal_advice_url  # not at the top: see legal_advice_link_override

        site = site_for_request(request)
        context["legal_advice_url"] = legal_advice_url(site_id=site.pk, request=request) if site else None
        return context


class HomePageWayIn(TranslatableMixin, Orderable):
    """A task-based way in on the home page, like "I've had a letter from children's services".

    Translatable with its home page (wagtail-localize): the words are translated, the link is
    kept, because every page answers at the same address in every language.
    """

    override_translatable_fields = [SynchronizedField("link_page"), SynchronizedField("link_url")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="ways_in")
    title = models.CharField(max_length=100, help_text="What the person might say, like “We have to go to court”.")
    description = models.CharField(max_length=200, blank=True, help_text="Optional. One short line under it.")
    link_page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page it goes to. Or enter a web address below.",
    )
    link_url = models.CharField(
        max_length=500,
        blank=True,
        validators=[validate_link_url],
        help_text="A web address starting with https://, or a path on this site like /directory/.",
    )

    panels = [FieldPanel("title"), FieldPanel("description"), FieldPanel("link_page"), FieldPanel("link_url")]

    def clean(self):
        super().clean()
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError({"link_url": "Choose a page or enter a web address, not both or neither."})

    def href(self, *, request=None):
        """Where the way in goes: the page's address on this site, or the web address.

        A way in to the national free legal advice guide goes to this council's "Get free legal
        advice now" page when it has one, like the guides' buttons (cms.directory.selectors).
        """
        # Imported here: importing the directory's selectors while the models load makes an import cycle.
        from cms.directory.selectors import legal_advice_link_override

        if self.link_page_id:
            page = self.link_page.specific
            if not page.live:
                return None
            return legal_advice_link_override(page, request=request) or page.get_url(request=request)
        return self.link_url or None
