from wagtail import blocks

from .accordion import AccordionBlock
from .call_to_action import CallToActionBlock
from .details import DetailsBlock
from .inset_text import InsetTextBlock
from .rich_text import PlainRichTextBlock
from .step_by_step import StepByStepBlock
from .summary_list import SummaryListBlock
from .warning_text import WarningTextBlock
from .what_you_can_do_now import WhatYouCanDoNowBlock
from .who_can_help import WhoCanHelpBlock


class GuideStreamBlock(blocks.StreamBlock):
    """The blocks a plain-language guide may use.

    Everything in BodyStreamBlock, plus the structures that help a worried reader on a phone:
    steps, sections that open and close, short facts, what to do now, who can help, and one
    button to the next thing to do. Left out, as on every page: images, video, embeds, tables,
    quotes and raw HTML — hard to keep accessible and plain, and they tempt editors to paste.
    """

    text = PlainRichTextBlock()
    inset_text = InsetTextBlock()
    warning_text = WarningTextBlock()
    details = DetailsBlock()
    step_by_step = StepByStepBlock()
    accordion = AccordionBlock()
    summary_list = SummaryListBlock()
    what_you_can_do_now = WhatYouCanDoNowBlock()
    who_can_help = WhoCanHelpBlock()
    call_to_action = CallToActionBlock()
