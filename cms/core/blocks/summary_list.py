from wagtail import blocks


class SummaryListRowBlock(blocks.StructBlock):
    key = blocks.CharBlock(max_length=80, help_text="The label, like “Phone”")
    value = blocks.TextBlock(max_length=300, help_text="The answer. Press Enter for a new line.")


class SummaryListBlock(blocks.StructBlock):
    """GOV.UK summary list: short facts as label and answer pairs."""

    rows = blocks.ListBlock(SummaryListRowBlock(), min_num=1)

    class Meta:
        icon = "table"
        template = "components/summary-list.html"
        description = "Short facts as pairs, like who, when and where"
        preview_value = {
            "rows": [
                {"key": "Who", "value": "You, your social worker and your solicitor"},
                {"key": "When", "value": "The date is in the letter, often a week or two away"},
            ]
        }
