"""The two pages families see: the searchable directory, and "Get free legal advice now"."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

LEGAL_ADVICE_SLUG = "get-legal-advice"  # "free-legal-advice" belongs to a guide


class DirectoryPage(Page):
    """Search and filter the services for this LA's families, national ones included.

    A plain GET form: it works without JavaScript, and a filtered list has its own address a
    worker can send to a family.
    """

    intro = models.TextField(
        blank=True,
        default="Find people who can help you and your family: legal advice, support and someone to talk to.",
        help_text=_("One or two short sentences under the title."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    results_per_page = 10

    def get_context(self, request, *args, **kwargs):
        from ..filters import DirectoryFilterForm
        from ..selectors import authority_for_site, directory_search

        context = super().get_context(request, *args, **kwargs)
        authority = authority_for_site(self.get_site())
        form = DirectoryFilterForm(request.GET or None)
        filters = form.filters()
        services = directory_search(authority=authority, **filters)
        paginator = Paginator(services, self.results_per_page)
        page_obj = paginator.get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            {
                "authority": authority,
                "form": form,
                "is_filtered": any(filters.values()),
                "services": page_obj.object_list,
                "page_obj": page_obj,
                "paginator": paginator,
                "page_range": paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1),
                "query_prefix": f"?{query.urlencode()}&" if query else "?",
                "legal_advice_page": LegalAdvicePage.objects.live().sibling_of(self).first(),
            }
        )
        return context


class LegalAdvicePage(Page):
    """Who to call for free legal advice, and who gets it free: one page per council.

    Every legal advice button, card and link in the portal comes here (the home page's card, the
    guides' buttons, the family area: cms.directory.selectors.legal_advice_url). It leads with this
    council's children-law solicitors, tap to call, then the national advice lines, then who gets
    the advice free. The facts (Legal Help is not means-tested for parents and people with parental
    responsibility who have the letter; relatives and friends usually are means-tested) sit in the
    template so they are the same on every site and can be checked in one place; editors add local
    notes in the body. A service with a means test never comes first: it is listed only after that
    explanation, for relatives and friends, so a parent goes straight to a solicitor.
    """

    intro = models.TextField(
        blank=True,
        default="If children's services have sent you a letter before proceedings, you can get free legal "
        "advice from a solicitor. Contact one today.",
        help_text=_("One or two short sentences under the title."),
    )
    # A rich text field rather than the shared body StreamBlock: local notes need no more, and
    # the page does not have to follow every change to the shared blocks.
    body = RichTextField(
        features=["h2", "h3", "bold", "ol", "ul", "link"],
        blank=True,
        verbose_name=_("local notes"),
        help_text=_("Anything else local families should know, shown after the national advice lines."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.pk:
            self.title = self.title or "Get free legal advice now"
            self.slug = self.slug or LEGAL_ADVICE_SLUG

    def full_clean(self, *args, **kwargs):
        if not self.slug:
            self.slug = LEGAL_ADVICE_SLUG
        return super().full_clean(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import authority_for_site, legal_advice_services

        context = super().get_context(request, *args, **kwargs)
        authority = authority_for_site(self.get_site())
        services = legal_advice_services(authority=authority)
        directory = DirectoryPage.objects.live().sibling_of(self).first()
        context.update(
            {
                "authority": authority,
                "local_solicitors": services.local_solicitors,
                "national_lines": services.national_lines,
                "means_tested": services.means_tested,
                "directory_page": directory,
            }
        )
        return context
