"""StreamField blocks, one module per GOV.UK component they render."""

from .accordion import AccordionBlock
from .body import BodyStreamBlock
from .call_to_action import CallToActionBlock
from .details import DetailsBlock
from .guide import GuideStreamBlock
from .inset_text import InsetTextBlock
from .links import LinkURLBlock, validate_link_url
from .rich_text import PLAIN_FEATURES, PlainRichTextBlock
from .step_by_step import StepByStepBlock
from .summary_list import SummaryListBlock
from .warning_text import WarningTextBlock
from .what_you_can_do_now import WhatYouCanDoNowBlock
from .who_can_help import WhoCanHelpBlock

__all__ = [
    "PLAIN_FEATURES",
    "AccordionBlock",
    "BodyStreamBlock",
    "CallToActionBlock",
    "DetailsBlock",
    "GuideStreamBlock",
    "InsetTextBlock",
    "LinkURLBlock",
    "PlainRichTextBlock",
    "StepByStepBlock",
    "SummaryListBlock",
    "WarningTextBlock",
    "WhatYouCanDoNowBlock",
    "WhoCanHelpBlock",
    "validate_link_url",
]
