from wagtail import blocks


class InsetTextBlock(blocks.StructBlock):
    """GOV.UK inset text: a short note set apart from the text around it."""

    text = blocks.RichTextBlock(features=["bold", "link"])

    class Meta:
        icon = "openquote"
        template = "components/inset-text.html"
        description = "A short note set apart from the text, like a quote from the law or a tip"
        preview_value = {"text": "<p>You can bring someone you trust to the meeting.</p>"}
