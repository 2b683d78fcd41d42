from wagtail import blocks

from .rich_text import PlainRichTextBlock


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, help_text="What happens in this step, in a few words")
    text = PlainRichTextBlock(features=["bold", "ul", "link"])


class StepByStepBlock(blocks.StructBlock):
    """Numbered steps with headings, in the style of GOV.UK step by step (without its script)."""

    steps = blocks.ListBlock(StepBlock(), min_num=2)

    class Meta:
        icon = "list-ol"
        template = "components/step-by-step.html"
        description = "Numbered steps that say what happens first, next and last"
        preview_value = {
            "steps": [
                {"title": "You get a letter", "text": "<p>The letter says children's services are worried.</p>"},
                {"title": "You see a solicitor", "text": "<p>Advice is free. Take the letter with you.</p>"},
                {"title": "You go to a meeting", "text": "<p>Your solicitor can come with you.</p>"},
            ]
        }
