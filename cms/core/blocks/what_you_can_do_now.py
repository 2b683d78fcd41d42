from wagtail import blocks


class WhatYouCanDoNowBlock(blocks.StructBlock):
    """The "What you can do now" list: a few short things people can do today."""

    actions = blocks.ListBlock(
        blocks.CharBlock(max_length=200, help_text="One short action. Start with a verb."),
        min_num=1,
        max_num=6,
    )

    class Meta:
        icon = "tick"
        template = "components/what-you-can-do-now.html"
        description = "A heading “What you can do now” and a short list of things to do today"
        preview_value = {
            "actions": [
                "Keep the letter safe",
                "Phone a solicitor who knows about children law",
                "Write down your questions for the meeting",
            ]
        }
