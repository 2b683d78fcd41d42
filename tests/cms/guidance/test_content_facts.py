"""The legal facts a review found wrong or missing (issue #15), pinned so they cannot come back.

Each test checks one fact from /work/shared/FACTS.md where a family reads it: the guides, the
family area's stage wording (portal/cases/stages.py) and the services directory's seed. No
database: these tests only import the content modules. The tests of test_content.py check the
guides' shape and readability; these check what they say.
"""

import re

import pytest

from cms.core.readability import plain_text
from cms.directory.seed_national import national_records
from cms.guidance.content.guides import GUIDES
from portal.cases.stages import STAGE_BY_KEY, STAGES
from tests.cms.guidance.test_content import GUIDES_BY_SLUG, block_plain_text, body_plain_text, guide_ids

ADULT_GUIDES = [guide for guide in GUIDES if guide["audience"] == "adults"]
YOUNG_GUIDES = [guide for guide in GUIDES if guide["audience"] == "young_people"]
# The stage texts a grown-up reads in the family area. Parents and "other family members" (a gran,
# an aunt) read the same ones, so none may tell a relative their advice is free.
GROWN_UP_STAGE_FIELDS = ("title", "summary", "next_steps", "timing")
YOUNG_STAGE_FIELDS = ("title", "summary_young", "next_steps_young")
HELPLINE = "National Domestic Abuse Helpline"
HELPLINE_NUMBER = "0808 2000 247"


def sentences(text):
    """The sentences of plain text, one line each (a colon or semicolon ends one, as LIX counts)."""
    return [" ".join(part.split()) for part in re.split(r"(?<=[.!?:;])\s+|\n\s*\n", text) if part.strip()]


def guide_sentences(guide):
    """Every sentence a reader sees in a guide: title, summary and each block."""
    return sentences("\n\n".join([guide["title"], guide["summary"], *map(block_plain_text, guide["body"])]))


def stage_sentences(fields):
    return [sentence for stage in STAGES for field in fields for sentence in sentences(getattr(stage, field))]


def guide_paragraphs(guide):
    """Each paragraph or list item a reader sees in a guide's body, as plain text, leaving out
    headings and questions (labels, not claims) and calls to action. A claim and the words that
    say whom it is for are often two sentences of one paragraph ("Are you a parent? Then ...")."""
    for block in guide["body"]:
        kind = block[0]
        if kind in ("text", "inset_text", "details"):
            html = re.sub(r"<h[23]>.*?</h[23]>", "", block[-1])
            yield from (plain_text(part) for part in re.split(r"</(?:p|li)>", html) if plain_text(part).strip())
        elif kind == "warning_text":
            yield block[1]
        elif kind == "what_you_can_do_now":
            yield from block[1]


def says_advice_is_free(text):
    lowered = text.lower()
    return bool(re.search(r"\bfree\b", lowered)) and bool(re.search(r"advice|legal aid|legal help|solicitor", lowered))


def says_for_whom(text):
    """Free legal advice without a means test is only for parents and anyone with parental
    responsibility (who are the ones sent the letter before proceedings); relatives are usually
    means- and merits-tested. Text that says advice is free must say for whom, or that it depends."""
    lowered = text.lower()
    return any(
        words in lowered
        for words in ("parent", "letter", "relative", "not always", "may not be free", "depends on your income")
    )


def says_who_decides_where_the_child_lives(sentence):
    lowered = sentence.lower()
    return bool(
        re.search(r"\b(judge|court|magistrates)\b", lowered)
        and re.search(r"\bdecid|\bdecision", lowered)
        and re.search(r"where (you|your child|they)( will)? li(ve|ves)\b", lowered)
    )


@pytest.mark.parametrize("guide", ADULT_GUIDES, ids=guide_ids(ADULT_GUIDES))
def test_no_grown_up_guide_tells_a_relative_that_advice_is_free_for_them(guide):
    # Calls to action that lead to the free legal advice page are being changed separately (issue
    # #15, part 2), so they are left out here; every other paragraph is checked.
    unqualified = [
        paragraph
        for paragraph in guide_paragraphs(guide)
        if says_advice_is_free(paragraph) and not says_for_whom(paragraph)
    ]
    assert unqualified == [], f"{guide['slug']}: say who the free advice is for"


def test_the_family_areas_grown_up_stage_text_never_says_advice_is_free_without_saying_for_whom():
    for sentence in stage_sentences(GROWN_UP_STAGE_FIELDS):
        if "free" in sentence.lower():
            assert "parent" in sentence.lower(), sentence
    letter = STAGE_BY_KEY["letter_sent"].next_steps
    assert "If you are a parent, or have parental responsibility" in letter
    assert "Other family members may have to pay" in letter


def test_relatives_are_told_advice_may_not_be_free_where_they_read_about_their_part():
    for slug in ("free-legal-advice", "family-group-conferences", "assessments", "family-network", "your-rights"):
        text = body_plain_text(GUIDES_BY_SLUG[slug])
        assert re.search(r"(test on (their|your) income|not always free|may not be free)", text), slug


def test_nothing_says_the_pre_proceedings_meeting_is_within_a_few_weeks():
    everything = [sentence for guide in GUIDES for sentence in guide_sentences(guide)]
    everything += stage_sentences(GROWN_UP_STAGE_FIELDS + YOUNG_STAGE_FIELDS)
    assert [sentence for sentence in everything if "few weeks" in sentence.lower()] == []
    # What is true instead: the date is in the letter, and the meeting is usually soon.
    assert "in the letter" in STAGE_BY_KEY["letter_sent"].timing
    meeting = body_plain_text(GUIDES_BY_SLUG["pre-proceedings-meeting"])
    assert "in the letter" in meeting and "usually soon" in meeting


@pytest.mark.parametrize("guide", GUIDES, ids=guide_ids(GUIDES))
def test_where_a_child_lives_under_a_care_order_is_the_councils_decision(guide):
    """Under an interim care order or a care order the council decides where the child lives; the
    court decides whether to make the order. No guide may say "the judge decides where you live"."""
    wrong = [
        sentence
        for sentence in guide_sentences(guide)
        if says_who_decides_where_the_child_lives(sentence) and "council" not in sentence.lower()
    ]
    assert wrong == []


def test_the_young_peoples_stage_text_never_says_the_judge_decides_where_they_live():
    wrong = [
        sentence
        for sentence in stage_sentences(YOUNG_STAGE_FIELDS)
        if says_who_decides_where_the_child_lives(sentence) and "council" not in sentence.lower()
    ]
    assert wrong == []


def test_the_young_peoples_court_guides_say_the_council_decides_where_they_live():
    for slug in ("young-people-care-proceedings", "young-people-court-orders", "young-people-final-hearing"):
        assert re.search(r"council (that )?decides where you live", body_plain_text(GUIDES_BY_SLUG[slug])), slug
    assert "the council decides where your child lives" in body_plain_text(GUIDES_BY_SLUG["court-orders"])


def test_the_final_hearing_gives_the_appeal_time_limit_and_the_need_for_permission():
    text = body_plain_text(GUIDES_BY_SLUG["final-hearing"])
    assert "You need permission to appeal" in text
    assert "within 21 days of the decision" in text
    stage = STAGE_BY_KEY["final_hearing"].next_steps
    assert "permission to appeal" in stage and "21 days" in stage


def test_a_placement_order_is_explained_with_what_it_means_for_parents():
    for slug in ("court-orders", "final-hearing"):
        text = body_plain_text(GUIDES_BY_SLUG[slug])
        assert "even if the parents do not agree" in text, slug  # consent can be dispensed with
        assert "only oppose the adoption if the court gives them permission" in text, slug
        assert re.search(r"talk to your solicitor now", text, re.IGNORECASE), slug
    assert "dispensing with consent" in body_plain_text(GUIDES_BY_SLUG["court-orders"])


def test_a_supervision_order_lasts_up_to_a_year_and_at_most_three():
    for slug in ("court-orders", "young-people-court-orders"):
        text = body_plain_text(GUIDES_BY_SLUG[slug])
        assert "up to 1 year at first" in text and "3 years" in text, slug


def test_the_childs_solicitor_takes_instructions_from_the_guardian_unless_the_child_disagrees():
    for slug in ("care-proceedings", "whos-who", "young-people-care-proceedings", "young-people-whos-who"):
        text = body_plain_text(GUIDES_BY_SLUG[slug])
        assert re.search(r"guardian tells your solicitor|instructions from the guardian", text), slug
        assert re.search(r"not agree with (the|your) guardian", text), slug
        assert "old enough to understand" in text, slug
    for guide in YOUNG_GUIDES:
        assert "your solicitor speaks for you" not in body_plain_text(guide).lower(), guide["slug"]


def test_looked_after_under_section_20_is_not_in_care():
    for slug in ("court-orders", "young-people-court-orders"):
        text = body_plain_text(GUIDES_BY_SLUG[slug])
        assert "looked after" in text and "not in care" in text, slug


def test_contact_is_named_as_the_legal_word_for_family_time():
    for slug in ("after-court", "young-people-after-court"):
        text = body_plain_text(GUIDES_BY_SLUG[slug])
        assert "family time" in text.lower() and re.search(r"called contact|call family time contact", text), slug


def test_complaints_give_the_three_stages_the_time_limit_and_the_ombudsmans_limits():
    text = body_plain_text(GUIDES_BY_SLUG["how-to-complain"])
    for stage in ("Stage 1: local resolution", "Stage 2: investigation", "Stage 3: review panel"):
        assert stage in text
    assert "within 12 months" in text
    assert "Local Government and Social Care Ombudsman" in text
    assert "will not look at anything that was decided in court" in text


@pytest.mark.parametrize("guide", GUIDES, ids=guide_ids(GUIDES))
def test_the_domestic_abuse_helpline_is_given_with_its_number_wherever_it_is_named(guide):
    for block in guide["body"]:
        text = block_plain_text(block)
        if HELPLINE in text:
            assert HELPLINE_NUMBER in text, guide["slug"]
            assert "tel:08082000247" in repr(block), "the number can be tapped to call"


def test_the_directory_gives_the_domestic_abuse_helplines_number():
    (helpline,) = [record for record in national_records() if record["name"] == HELPLINE]
    assert [phone["number"] for phone in helpline["phones"]] == [HELPLINE_NUMBER]
    assert helpline["cost_options"][0]["option"] == "Free"


def test_a_child_protection_plan_is_told_apart_from_pre_proceedings():
    plans = body_plain_text(GUIDES_BY_SLUG["child-protection-plans"])
    assert "A child protection plan is not pre-proceedings" in plans
    assert "letter before proceedings" in plans
    assert "Is this the same as a child protection plan?" in body_plain_text(GUIDES_BY_SLUG["what-is-pre-proceedings"])
    assert "No judge is involved" in body_plain_text(GUIDES_BY_SLUG["young-people-child-protection-plans"])


def test_the_court_bundle_is_explained_with_what_is_in_it_and_that_it_is_private():
    text = body_plain_text(GUIDES_BY_SLUG["care-proceedings"])
    assert "The court bundle" in text
    for paper in ("chronology", "care plan", "position statements", "analysis", "judgments"):
        assert paper in text, paper
    assert "The papers are private" in text
