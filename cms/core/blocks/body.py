from wagtail import blocks

from .details import DetailsBlock
from .inset_text import InsetTextBlock
from .rich_text import PlainRichTextBlock
from .warning_text import WarningTextBlock


class BodyStreamBlock(blocks.StreamBlock):
    """The blocks every content page may use.

    Deliberately small: no embeds, images, raw HTML or tables, which are hard to keep
    accessible and plain on a phone.
    """

    text = PlainRichTextBlock()
    inset_text = InsetTextBlock()
    warning_text = WarningTextBlock()
    details = DetailsBlock()
