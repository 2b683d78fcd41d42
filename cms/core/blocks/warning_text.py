from wagtail import blocks


class WarningTextBlock(blocks.StructBlock):
    """GOV.UK warning text: something people must not miss."""

    text = blocks.CharBlock(max_length=300)

    class Meta:
        icon = "warning"
        template = "components/warning-text.html"
        description = "Something important people must not miss, in one or two sentences"
        preview_value = {"text": "Do not ignore the letter. Contact a solicitor today."}
