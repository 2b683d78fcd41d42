import re

from django.core.exceptions import ValidationError
from wagtail import blocks

from .links import LinkURLBlock

_PHONE = re.compile(r"^\+?[0-9][0-9 ]{4,20}$")


def validate_phone(value):
    if value and not _PHONE.match(value):
        raise ValidationError("Use only numbers and spaces, like 0808 802 0008.", code="invalid_phone")


def phone_href(phone):
    """A tap-to-call link: tel: with the spaces taken out."""
    return "tel:" + phone.replace(" ", "") if phone else ""


class HelperBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=100, help_text="Who they are, like “Family Rights Group”")
    description = blocks.CharBlock(max_length=250, required=False, help_text="What they can help with, in one line")
    phone = blocks.CharBlock(max_length=30, required=False, validators=[validate_phone])
    url = LinkURLBlock(required=False, help_text="Their website, starting with https://")


class WhoCanHelpBlock(blocks.StructBlock):
    """The "Who can help" list: people and services to contact, with tap-to-call phone links."""

    helpers = blocks.ListBlock(HelperBlock(), min_num=1)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["helpers"] = [
            {**dict(helper), "phone_href": phone_href(helper.get("phone"))} for helper in value["helpers"]
        ]
        return context

    class Meta:
        icon = "group"
        template = "components/who-can-help.html"
        description = "A heading “Who can help” and people to contact, with phone numbers people can tap"
        preview_value = {
            "helpers": [
                {
                    "name": "Family Rights Group advice line",
                    "description": "Free advice for parents and family members.",
                    "phone": "0808 801 0366",
                    "url": "https://frg.org.uk",
                },
            ]
        }
