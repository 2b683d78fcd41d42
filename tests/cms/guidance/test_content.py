"""Checks on the seed guidance content: readability, links between guides, allowed markup, glossary.

No database: these tests only import the content modules.
"""

import re
from html.parser import HTMLParser

import pytest
from django.utils.text import slugify

from cms.core.readability import lix, plain_text
from cms.guidance.content.glossary import TERMS
from cms.guidance.content.guides import GUIDES
from cms.guidance.content.sections import SECTIONS
from cms.guidance.content.sources import SOURCES
from portal.cases.stages import STAGES

LIX_TARGETS = {"adults": 40, "young_people": 35}
YOUNG_PREFIX = "young-people-"
BLOCK_TYPES = {"text", "inset_text", "warning_text", "details", "what_you_can_do_now", "call_to_action"}
ALLOWED_TAGS = {"h2", "h3", "p", "ul", "ol", "li", "strong", "b", "a"}
# The editor features of each rich text block (cms/core/blocks): inset text has no headings or lists,
# details have no headings.
TAGS_BY_BLOCK = {
    "text": ALLOWED_TAGS,
    "inset_text": {"p", "strong", "b", "a"},
    "details": {"p", "ul", "ol", "li", "strong", "b", "a"},
}
GUIDE_KEYS = {"slug", "title", "section", "audience", "summary", "pair", "review_months", "body"}

REQUIRED_ADULT_SLUGS = [
    "support-from-childrens-services",
    "child-protection-plans",
    "what-is-pre-proceedings",
    "letter-before-proceedings",
    "free-legal-advice",
    "pre-proceedings-meeting",
    "family-group-conferences",
    "assessments",
    "how-pre-proceedings-can-end",
    "care-proceedings",
    "case-management-hearing",
    "issues-resolution-hearing",
    "final-hearing",
    "after-court",
    "whos-who",
    "court-orders",
    "your-rights",
    "how-to-complain",
]
REQUIRED_YOUNG_SLUGS = [
    YOUNG_PREFIX + slug
    for slug in [
        "letter-before-proceedings",
        "what-is-pre-proceedings",
        "pre-proceedings-meeting",
        "assessments",
        "care-proceedings",
        "case-management-hearing",
        "final-hearing",
        "whos-who",
        "court-orders",
        "your-rights",
    ]
]
REQUIRED_TERMS = [
    "assessment",
    "care order",
    "care plan",
    "care proceedings",
    "Case Management Hearing",
    "Cafcass",
    "child arrangements order",
    "child protection plan",
    "children's guardian",
    "court bundle",
    "directions",
    "emergency protection order",
    "family group conference",
    "family network meeting",
    "final hearing",
    "interim care order",
    "Issues Resolution Hearing",
    "judge",
    "legal aid",
    "letter before proceedings",
    "letter of intent",
    "magistrates",
    "parental responsibility",
    "parenting assessment",
    "placement order",
    "position statement",
    "pre-proceedings",
    "pre-proceedings meeting",
    "Public Law Outline",
    "section 20",
    "social worker",
    "family support worker",
    "solicitor",
    "barrister",
    "special guardianship order",
    "supervision order",
    "threshold",
    "viability assessment",
    "written agreement",
    "advocate",
    "intermediary",
    "Independent Reviewing Officer",
    "genogram",
    "chronology",
    "adoption order",
    "hair strand test",
    "contact",
    "looked after child",
    "placement",
    "respite",
]

GUIDES_BY_SLUG = {guide["slug"]: guide for guide in GUIDES}


def block_plain_text(block):
    """The readable text of one body block, with a sentence break at each block end."""
    kind = block[0]
    if kind in ("text", "inset_text"):
        return plain_text(block[1])
    if kind == "warning_text":
        return block[1]
    if kind == "details":
        return block[1] + "\n\n" + plain_text(block[2])
    if kind == "what_you_can_do_now":
        return "\n\n".join(block[1])
    if kind == "call_to_action":
        return block[1]["text"] + "\n\n" + block[1]["label"]
    raise ValueError(f"Unknown block type {kind!r}")


def body_plain_text(guide):
    return "\n\n".join(block_plain_text(block) for block in guide["body"])


def body_html_fragments(guide):
    """(block type, HTML) for every rich text value in the body."""
    for block in guide["body"]:
        if block[0] in ("text", "inset_text"):
            yield block[0], block[1]
        elif block[0] == "details":
            yield block[0], block[2]


def body_plain_strings(guide):
    """Strings that are shown as plain text, so must not contain markup."""
    yield guide["title"]
    yield guide["summary"]
    for block in guide["body"]:
        if block[0] in ("warning_text", "details"):
            yield block[1]
        elif block[0] == "what_you_can_do_now":
            yield from block[1]
        elif block[0] == "call_to_action":
            yield block[1]["text"]
            yield block[1]["label"]


class MarkupChecker(HTMLParser):
    def __init__(self, allowed_tags):
        super().__init__(convert_charrefs=True)
        self.allowed_tags = allowed_tags
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.allowed_tags:
            self.problems.append(f"tag <{tag}> is not allowed")
            return
        attributes = dict(attrs)
        if tag != "a":
            if attributes:
                self.problems.append(f"<{tag}> should have no attributes, has {sorted(attributes)}")
            return
        if set(attributes) != {"href"}:
            self.problems.append(f"<a> should have only an href, has {sorted(attributes)}")
        href = attributes.get("href") or ""
        if not (href.startswith("https://") or re.fullmatch(r"tel:\d+", href)):
            self.problems.append(f"link {href!r} must be https:// or tel:<digits>")

    def handle_startendtag(self, tag, attrs):
        self.problems.append(f"self-closing <{tag}/> is not allowed")


def markup_problems(html, allowed_tags=ALLOWED_TAGS):
    checker = MarkupChecker(allowed_tags)
    checker.feed(html)
    checker.close()
    return checker.problems


def guide_ids(guides):
    return [guide["slug"] for guide in guides]


@pytest.mark.parametrize("guide", GUIDES, ids=guide_ids(GUIDES))
def test_guide_meets_its_readability_target(guide):
    target = LIX_TARGETS[guide["audience"]]
    score = lix(body_plain_text(guide))
    assert score <= target, f"{guide['slug']} body LIX {score}"
    # The editor's saved score also counts the summary (cms/guidance/checks.py): meet the target there too.
    with_summary = lix(guide["summary"] + "\n\n" + body_plain_text(guide))
    assert with_summary <= target, f"{guide['slug']} summary and body LIX {with_summary}"


@pytest.mark.parametrize("guide", GUIDES, ids=guide_ids(GUIDES))
def test_guide_has_the_expected_shape(guide):
    assert set(guide) == GUIDE_KEYS
    assert guide["audience"] in LIX_TARGETS
    assert guide["title"].strip() and guide["summary"].strip()
    assert guide["summary"].endswith("."), "the summary is one sentence ending in a full stop"
    assert len(guide["summary"]) <= 300
    assert isinstance(guide["review_months"], int) and 1 <= guide["review_months"] <= 24
    assert 4 <= len(guide["body"]) <= 10


@pytest.mark.parametrize("guide", GUIDES, ids=guide_ids(GUIDES))
def test_every_block_is_an_allowed_type_with_the_right_shape(guide):
    for block in guide["body"]:
        kind = block[0]
        assert kind in BLOCK_TYPES, kind
        if kind in ("text", "inset_text", "warning_text"):
            assert len(block) == 2 and isinstance(block[1], str) and block[1].strip()
        elif kind == "details":
            assert len(block) == 3 and all(isinstance(part, str) and part.strip() for part in block[1:])
        elif kind == "what_you_can_do_now":
            assert len(block) == 2 and 1 <= len(block[1]) <= 6
            assert all(isinstance(item, str) and 0 < len(item) <= 200 for item in block[1])
        elif kind == "call_to_action":
            assert len(block) == 2 and set(block[1]) == {"text", "link_slug", "label"}
        # The limits of the editor's fields, so the loader can save every block.
        if kind == "warning_text":
            assert len(block[1]) <= 300
        if kind == "details":
            assert len(block[1]) <= 120
        if kind == "call_to_action":
            assert len(block[1]["text"]) <= 200 and len(block[1]["label"]) <= 60


@pytest.mark.parametrize("guide", GUIDES, ids=guide_ids(GUIDES))
def test_rich_text_uses_only_allowed_tags_and_links(guide):
    for kind, html in body_html_fragments(guide):
        assert markup_problems(html, TAGS_BY_BLOCK[kind]) == [], html
        assert "/guides/" not in html, "links to other guides cannot be resolved by the loader"


@pytest.mark.parametrize("guide", GUIDES, ids=guide_ids(GUIDES))
def test_plain_text_fields_have_no_markup(guide):
    for text in body_plain_strings(guide):
        assert "<" not in text and ">" not in text, text


def test_guide_slugs_are_unique():
    slugs = [guide["slug"] for guide in GUIDES]
    assert len(slugs) == len(set(slugs))


def test_sections_are_unique_used_and_do_not_clash_with_guide_slugs():
    section_slugs = [section["slug"] for section in SECTIONS]
    assert len(section_slugs) == len(set(section_slugs))
    assert all(section["title"].strip() and section["intro"].strip() for section in SECTIONS)
    # The family area finds guides by slug anywhere on the site, so a section must never share one.
    assert not set(section_slugs) & set(GUIDES_BY_SLUG)
    assert {guide["section"] for guide in GUIDES} <= set(section_slugs)
    assert set(section_slugs) <= {guide["section"] for guide in GUIDES}, "every section has guides"


def test_every_stage_has_a_grown_up_guide():
    for stage in STAGES:
        guide = GUIDES_BY_SLUG.get(stage.guide_slug)
        assert guide is not None, stage.guide_slug
        assert guide["audience"] == "adults"


def test_required_guides_exist_for_the_right_audience():
    for slug in REQUIRED_ADULT_SLUGS:
        assert GUIDES_BY_SLUG[slug]["audience"] == "adults", slug
    for slug in REQUIRED_YOUNG_SLUGS:
        assert GUIDES_BY_SLUG[slug]["audience"] == "young_people", slug


@pytest.mark.parametrize("guide", GUIDES, ids=guide_ids(GUIDES))
def test_pairs_point_at_the_other_audience_and_back(guide):
    if guide["audience"] == "young_people":
        assert guide["slug"].startswith(YOUNG_PREFIX)
        assert guide["pair"] == guide["slug"].removeprefix(YOUNG_PREFIX), "young people's guides pair by name"
    if guide["pair"] is None:
        assert guide["audience"] == "adults", "every young people's guide has a grown-up version"
        return
    other = GUIDES_BY_SLUG.get(guide["pair"])
    assert other is not None, guide["pair"]
    assert other["audience"] != guide["audience"]
    assert other["pair"] == guide["slug"]


@pytest.mark.parametrize("guide", GUIDES, ids=guide_ids(GUIDES))
def test_calls_to_action_link_to_existing_guides(guide):
    for block in guide["body"]:
        if block[0] == "call_to_action":
            assert block[1]["link_slug"] in GUIDES_BY_SLUG, block[1]["link_slug"]


def test_most_grown_up_guides_say_what_you_can_do_now():
    adults = [guide for guide in GUIDES if guide["audience"] == "adults"]
    with_actions = [guide for guide in adults if any(block[0] == "what_you_can_do_now" for block in guide["body"])]
    assert len(with_actions) >= 0.75 * len(adults)


def test_legal_advice_guides_send_people_to_free_legal_advice():
    for guide in GUIDES:
        if guide["audience"] != "adults" or guide["slug"] == "free-legal-advice":
            continue
        text = body_plain_text(guide).lower()
        if "legal advice" in text or "legal aid" in text:
            links = [block[1]["link_slug"] for block in guide["body"] if block[0] == "call_to_action"]
            assert "free-legal-advice" in links, guide["slug"]


def test_key_facts_are_stated_as_checked():
    free_advice = body_plain_text(GUIDES_BY_SLUG["free-legal-advice"])
    assert "0808 801 0366" in free_advice and "9.30am to 3pm" in free_advice
    assert "Children Law Accreditation" in free_advice
    assert "0800 1111" in body_plain_text(GUIDES_BY_SLUG["young-people-your-rights"])
    care = body_plain_text(GUIDES_BY_SLUG["care-proceedings"])
    assert "26 weeks" in care and "8 weeks" in care and "most cases take longer" in care
    # Facts FACTS.md marks as unchecked stay out: no start date for the new family meeting duty.
    assert not re.search(r"\b20\d\d\b", body_plain_text(GUIDES_BY_SLUG["family-group-conferences"]))
    assert "[verify]" not in repr(GUIDES) + repr(TERMS)


def test_glossary_has_enough_unique_terms_with_both_meanings():
    assert len(TERMS) >= 40
    names = [term["term"].casefold() for term in TERMS]
    assert len(names) == len(set(names)), "a term appears twice (ignoring case)"
    owner = {}  # each word, ignoring case, links to one entry only ("CAFCASS" may repeat its own "Cafcass")
    for term in TERMS:
        assert set(term) - {"not_in"} == {"term", "meaning", "meaning_young", "avoid", "also"}, term["term"]
        assert term["meaning"].strip() and term["meaning_young"].strip(), term["term"]
        assert isinstance(term["avoid"], bool)
        assert isinstance(term["also"], list) and isinstance(term.get("not_in", []), list)
        for word in [term["term"], *term["also"]]:
            assert owner.setdefault(word.casefold(), term["term"]) == term["term"], f"{word!r} is in two entries"


def test_glossary_fits_the_glossary_model():
    from cms.glossary.matching import whole_word_regex

    slugs = [slugify(term["term"])[:80] for term in TERMS]
    assert len(slugs) == len(set(slugs)) and all(slugs)
    for term in TERMS:
        assert len(term["term"]) <= 80
        assert len(term["meaning"]) <= 600 and len(term["meaning_young"]) <= 600
        phrases = term.get("not_in", [])
        assert all("," not in form for form in term["also"] + phrases), "forms and phrases are stored comma-separated"
        assert len(", ".join(term["also"])) <= 255
        assert len(", ".join(phrases)) <= 500
        uses = whole_word_regex([term["term"], *term["also"]])  # a "not in" phrase holds the word (clean())
        assert [phrase for phrase in phrases if not uses.search(phrase)] == [], term["term"]


def test_glossary_includes_the_required_terms():
    terms = {term["term"].casefold() for term in TERMS}
    missing = [term for term in REQUIRED_TERMS if term.casefold() not in terms]
    assert missing == []


def test_word_busting_terms_are_marked_to_avoid():
    by_term = {term["term"]: term for term in TERMS}
    for word in ["contact", "looked after child", "placement", "respite", "threshold", "Public Law Outline"]:
        assert by_term[word]["avoid"] is True, word
    assert "LAC" in by_term["looked after child"]["also"]
    assert "CAFCASS" in by_term["Cafcass"]["also"]
    assert "guardian" in by_term["children's guardian"]["also"]


def test_sources_are_complete():
    assert SOURCES
    for source in SOURCES:
        assert set(source) == {"title", "publisher", "url", "used_for"}
        assert source["url"].startswith("https://")
        assert source["title"].strip() and source["publisher"].strip() and source["used_for"].strip()
