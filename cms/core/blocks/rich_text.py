from wagtail import blocks

# Plain language needs headings, lists, bold and links — nothing that lets editors style,
# embed or script. Italic is left out: it is harder to read for many people.
PLAIN_FEATURES = ["h2", "h3", "bold", "ol", "ul", "link"]


class PlainRichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PLAIN_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "components/rich-text.html"
        description = "Paragraphs, headings, lists and links"
        preview_value = "<h2>What happens next</h2><p>Your social worker will phone you within two working days.</p>"
