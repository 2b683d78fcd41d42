"""Plain language checks on a page: its readability (LIX) against its audience's target, and any
"avoid" words from the glossary used without explanation. The workflow task and the reports use
these, so editors see the same verdict everywhere."""

from dataclasses import dataclass

from django.conf import settings
from wagtail import blocks
from wagtail.fields import StreamField

from cms.core.blocks.links import LinkURLBlock
from cms.core.readability import lix, plain_text

ADULTS = "adults"
YOUNG_PEOPLE = "young_people"

# Page fields that hold what a reader reads, besides StreamFields.
_TEXT_FIELDS = ("summary", "intro")
# Blocks whose values are addresses or numbers, not words to read.
_NOT_PROSE = (LinkURLBlock, blocks.PageChooserBlock, blocks.BooleanBlock)


def block_text(block, value):
    """The readable text of one block value, as a list of sentences or paragraphs."""
    if value is None or isinstance(block, _NOT_PROSE):
        return []
    if isinstance(block, blocks.RichTextBlock):
        return [plain_text(value.source)]
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in block_text(child.block, child.value)]
    if isinstance(block, blocks.StructBlock):
        return [text for name, child in block.child_blocks.items() for text in block_text(child, value.get(name))]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_text(block.child_block, item)]
    if isinstance(block, blocks.FieldBlock) and isinstance(value, str):
        return [value] if value.strip() else []
    return []


def page_text(page):
    """Everything a reader of the page reads, as plain text with a break between paragraphs.

    StreamField text is taken from the block values rather than the rendered page, so the
    fixed headings our templates add ("What you can do now") do not count towards the score.
    """
    parts = [getattr(page, name) for name in _TEXT_FIELDS if isinstance(getattr(page, name, None), str)]
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            parts.extend(block_text(field.stream_block, getattr(page, field.name)))
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def readability_score(page):
    return lix(page_text(page))


def readability_target(page):
    """The highest LIX allowed for the page's audience (grown-ups unless it says otherwise)."""
    targets = settings.PORTAL_READABILITY_TARGETS
    return targets.get(getattr(page, "audience", ADULTS), targets[ADULTS])


def avoid_words_used(page):
    """Glossary "avoid" words the page uses without explaining them, if the glossary is installed."""
    try:
        from cms.glossary.checks import avoid_words_used as glossary_avoid_words_used
    except ImportError:
        return []
    return list(glossary_avoid_words_used(page))


@dataclass(frozen=True)
class PlainLanguageCheck:
    """The plain language verdict on one version of a page, as the editor, the moderator, the
    workflow task and the reports all see it."""

    score: float
    target: int
    avoid_words: list

    @property
    def meets_target(self):
        return self.score <= self.target

    @property
    def passes(self):
        return self.meets_target and not self.avoid_words


def plain_language_check(page):
    return PlainLanguageCheck(
        score=readability_score(page), target=readability_target(page), avoid_words=avoid_words_used(page)
    )


def plain_language_problems(page, *, check=None):
    """Why the page needs a moderator's approval, in plain English; empty if it meets the rules."""
    check = check or plain_language_check(page)
    problems = []
    if not check.meets_target:
        problems.append(
            f"The readability score (LIX) is {check.score:g}. The target for this audience is {check.target} or lower."
        )
    for word in check.avoid_words:
        problems.append(f"“{word}” is on the glossary's list of words to avoid. Explain it or use a plainer word.")
    return problems
