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
    """Where the button goes. National guides answer with their path on whichever site shows them."""
    page = value.get("page")
    if page is not None:
        page = page.specific
        return page.get_url(request=request) if page.live else None
    return value.get("url") or None
