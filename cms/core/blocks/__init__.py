"""StreamField blocks, one module per GOV.UK component they render."""

from .body import BodyStreamBlock
from .details import DetailsBlock
from .inset_text import InsetTextBlock
from .rich_text import PLAIN_FEATURES, PlainRichTextBlock
from .warning_text import WarningTextBlock

__all__ = [
    "PLAIN_FEATURES",
    "BodyStreamBlock",
    "DetailsBlock",
    "InsetTextBlock",
    "PlainRichTextBlock",
    "WarningTextBlock",
]
