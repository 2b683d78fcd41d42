from wagtail import blocks


class DetailsBlock(blocks.StructBlock):
    """GOV.UK details: extra help that most people will not need, hidden until opened."""

    summary = blocks.CharBlock(max_length=120, help_text="The question or label people tap to open it")
    text = blocks.RichTextBlock(features=["bold", "ol", "ul", "link"])

    class Meta:
        icon = "help"
        template = "components/details.html"
        description = "Extra help hidden behind a short question that people tap to open"
        preview_value = {
            "summary": "What if I cannot read the letter?",
            "text": "<p>Ask your family support worker to read it with you.</p>",
        }
