from wagtail import blocks

from .details import DetailsBlock
from .inset_text import InsetTextBlock
from .rich_text import PlainRichTextBlock
from .warning_text import WarningTextBlock


class BodyStreamBlock(blocks.StreamBlock):
    """The blocks every content page may use (home pages and an LA's own standard pages).

    Deliberately small: no embeds, images, raw HTML or tables, which are hard to keep
    accessible and plain on a phone. The guide structures (steps, accordions, summary lists,
    "What you can do now", "Who can help", call-to-action buttons) live in GuideStreamBlock:
    guides are where families look for them, and keeping them off an LA's privacy or contact
    pages keeps those pages short and alike on every site.
    """

    text = PlainRichTextBlock()
    inset_text = InsetTextBlock()
    warning_text = WarningTextBlock()
    details = DetailsBlock()
