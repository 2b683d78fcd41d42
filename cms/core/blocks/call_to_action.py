from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from .links import LinkURLBlock


class CallToActionBlock(blocks.StructBlock):
    """GOV.UK button used as a link: the one thing we most want people to do next."""

    text = blocks.CharBlock(
        max_length=200,
        required=False,
        help_text="Optional. One short sentence above the button that says why to press it.",
    )
    label = blocks.CharBlock(
        max_length=60,
        help_text="What the button says. Start with a verb, like “Find a solicitor”.",
    )
    page = blocks.PageChooserBlock(required=False, help_text="A page on this site. Or enter a web address below.")
    url = LinkURLBlock(
        required=False,
        help_text="A web address starting with https://, tel: or mailto:, or a path on this site like /directory/.",
    )
    start = blocks.BooleanBlock(
        required=False,
        help_text="Show as a start button, with an arrow. Use it only for the main task on the page.",
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = (
                "Choose a page or enter a web address, not both."
                if value.get("page")
                else "Choose a page or enter a web address."
            )
            raise StructBlockValidationError(block_errors={"url": ValidationError(message)})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["href"] = call_to_action_href(value, request=context.get("request"))
        return context

    class Meta:
        icon = "arrow-right"
        template = "components/button.html"
        description = "A big green button that links to the next thing people should do"
        preview_value = {
            "text": "You can get free advice from a solicitor.",
            "label": "Find a solicitor",
            "url": "https://www.gov.uk/check-legal-aid",
            "start": True,
        }


def call_to_action_href(value, *, request=None):
    """Where the button goes. National guides answer with their path on whichever site shows them.

    A button to the national free legal advice guide goes to the reader's own council's "Get free
    legal advice now" page instead, with its local solicitors first (the guide, on a site without
    one): guides are written once for every council and cannot name each council's page.
    """
    # Imported here, so that loading the shared blocks (from models modules) does not load the directory app.
    from cms.directory.selectors import legal_advice_link_override

    page = value.get("page")
    if page is not None:
        page = page.specific
        if not page.live:
            return None
        return legal_advice_link_override(page, request=request) or page.get_url(request=request)
    return value.get("url") or None
