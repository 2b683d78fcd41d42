"""Web addresses editors type into blocks: only kinds that cannot run script or downgrade to http.

Not a GOV.UK component: the field that the call to action and "Who can help" blocks share.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks

LINK_URL_MESSAGE = (
    "Use a web address that starts with https://, tel:, mailto: or / (a page on this site). Leave out spaces."
)


def validate_link_url(value):
    """Allow https://, tel:, mailto: and links within this site ("/…", "#…"); refuse anything else.

    Browsers ignore some characters inside a scheme ("java\\tscript:"), treat "\\" like "/" and
    "//host" as another site, so spaces, control characters, backslashes and "//" starts are
    refused outright rather than cleaned up.
    """
    if not value:
        return
    if any(char.isspace() or ord(char) < 32 or ord(char) == 127 for char in value) or "\\" in value:
        raise ValidationError(LINK_URL_MESSAGE, code="unsafe_url")
    if value.startswith(("/", "#", "?")) and not value.startswith("//"):
        return
    scheme, _, rest = value.partition(":")
    scheme = scheme.lower()
    if scheme == "https" and rest.startswith("//") and len(rest) > 2:
        return
    if scheme in ("tel", "mailto") and rest and not rest.startswith("/"):
        return
    raise ValidationError(LINK_URL_MESSAGE, code="unsafe_url")


class LinkURLBlock(blocks.CharBlock):
    """A web address checked by `validate_link_url`."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 500)
        super().__init__(validators=[validate_link_url], **kwargs)

    class Meta:
        icon = "link"
