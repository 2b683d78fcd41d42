import hashlib

from wagtail import blocks

from .rich_text import PlainRichTextBlock


class AccordionSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, help_text="A short heading people tap to open the section")
    summary = blocks.CharBlock(max_length=200, required=False, help_text="Optional. One line under the heading.")
    content = PlainRichTextBlock()


class AccordionBlock(blocks.StructBlock):
    """GOV.UK accordion. Without JavaScript every section shows open, as GOV.UK's does."""

    sections = blocks.ListBlock(AccordionSectionBlock(), min_num=2)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # The id must stay the same between visits: GOV.UK's script remembers open sections by id.
        headings = "|".join(section["heading"] for section in value["sections"])
        context["accordion_id"] = "accordion-" + hashlib.sha256(headings.encode()).hexdigest()[:10]
        return context

    class Meta:
        icon = "list-ul"
        template = "components/accordion.html"
        description = "Sections that open and close, for people who only need some of the answers"
        preview_value = {
            "sections": [
                {
                    "heading": "What is a care order?",
                    "summary": "",
                    "content": "<p>A care order means the council shares responsibility for your child.</p>",
                },
                {
                    "heading": "What is a supervision order?",
                    "summary": "Your child stays with you",
                    "content": "<p>A social worker checks on your child and helps your family.</p>",
                },
            ]
        }
