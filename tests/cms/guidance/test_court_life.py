"""The court-life guides (cms/guidance/content/guides_court_life*.py) state their key facts as FACTS.md has them.

No database: these tests only import the content modules. The shape, markup, readability and
pairing of every guide are checked for all guides in test_content.py; this file pins what each of
these guides must say (and must not say), so a later edit cannot quietly drop or bend a fact.
"""

import re

import pytest

from cms.guidance.content import guides_court_life
from cms.guidance.content.guides import GUIDES
from cms.guidance.content.sources import SOURCES
from tests.cms.guidance.test_content import body_plain_text

TOPICS = [
    "pre-birth-assessment",
    "a-day-at-court",
    "experts-in-court",
    "family-time",
    "appeals",
    "life-after-proceedings",
    "childrens-rights-in-court",
    "getting-your-records",
]
OURS = guides_court_life.GROWN_UP + guides_court_life.YOUNG_PEOPLE
BY_SLUG = {guide["slug"]: guide for guide in OURS}


def text(slug):
    """The guide's readable text, with runs of white space made single, for phrase checks."""
    return re.sub(r"\s+", " ", body_plain_text(BY_SLUG[slug]))


def sentences(guide):
    return [part.strip() for part in re.split(r"(?<=[.!?:])\s+|\n\s*\n", body_plain_text(guide)) if part.strip()]


def calls_to_action(slug):
    return [block[1]["link_slug"] for block in BY_SLUG[slug]["body"] if block[0] == "call_to_action"]


def test_every_topic_has_a_grown_up_guide_and_a_young_peoples_version_in_the_same_section():
    assert [guide["slug"] for guide in guides_court_life.GROWN_UP] == TOPICS
    assert [guide["slug"] for guide in guides_court_life.YOUNG_PEOPLE] == ["young-people-" + slug for slug in TOPICS]
    for slug in TOPICS:
        grown_up, young = BY_SLUG[slug], BY_SLUG["young-people-" + slug]
        assert grown_up["audience"] == "adults" and young["audience"] == "young_people"
        assert grown_up["pair"] == young["slug"] and young["pair"] == slug
        assert grown_up["section"] == young["section"], slug


def test_the_guides_are_published_with_the_rest():
    published = {guide["slug"] for guide in GUIDES}
    assert {guide["slug"] for guide in OURS} <= published


def test_appeals_give_the_21_day_limit_and_the_need_for_permission_up_front():
    warning = next(block[1] for block in BY_SLUG["appeals"]["body"] if block[0] == "warning_text")
    assert "21 days" in warning and "permission" in warning
    appeals = text("appeals")
    assert "usually due within 21 days of the decision" in appeals
    assert "You need permission." in appeals
    # A complaint cannot undo a court decision, and the Ombudsman will not look at it.
    assert "The Ombudsman will not look at things that were decided in court." in appeals
    # A placement order: opposing adoption later needs the court's permission.
    assert "you can only oppose an adoption if the court gives you permission" in appeals
    young = text("young-people-appeals")
    assert "21 days" in young and "only go ahead if a court says yes first" in young


def test_experts_need_the_courts_permission():
    experts = text("experts-in-court")
    assert "no one can ask an expert to write a report for the case unless the court gives permission" in experts
    assert "Case Management Hearing" in experts
    assert "An expert can only help in a court case if the judge says yes first." in text(
        "young-people-experts-in-court"
    )


@pytest.mark.parametrize("slug", ["family-time", "young-people-family-time", "life-after-proceedings"])
def test_family_time_also_gives_the_legal_word_contact(slug):
    assert "family time" in text(slug).lower()
    assert re.search(r"\bcontact\b", text(slug))


def test_the_childs_solicitor_follows_the_guardian_unless_an_old_enough_child_disagrees():
    grown_up = text("childrens-rights-in-court")
    assert "Usually the solicitor takes instructions from the guardian." in grown_up
    assert "If the child is old enough to understand" in grown_up
    assert "Then the solicitor takes instructions from the child." in grown_up
    young = text("young-people-childrens-rights-in-court")
    assert "Most of the time, your solicitor does what your guardian tells them." in young
    assert "If you are old enough to understand the case" in young
    for guide in OURS:
        assert "solicitor speaks for you" not in text(guide["slug"]), guide["slug"]


def test_writing_to_the_judge_is_something_to_ask_the_guardian_about_not_a_promise():
    assert "Ask your guardian if you can, and how." in text("young-people-childrens-rights-in-court")
    assert "ask their guardian if they can" in text("childrens-rights-in-court")


@pytest.mark.parametrize("guide", guides_court_life.YOUNG_PEOPLE, ids=lambda guide: guide["slug"])
def test_young_peoples_guides_never_say_the_judge_decides_where_they_live(guide):
    assert not re.search(r"judge (decides|will decide|chooses) where", text(guide["slug"]))


@pytest.mark.parametrize("guide", OURS, ids=lambda guide: guide["slug"])
def test_free_legal_help_is_only_promised_to_parents(guide):
    """Relatives and friends may read these guides: free advice or aid is said to be for parents only."""
    for sentence in sentences(guide):
        lower = sentence.lower()
        if "free" in lower and re.search(r"legal (aid|advice)", lower):
            assert "parent" in lower or lower.startswith("find out if"), sentence


@pytest.mark.parametrize("slug", TOPICS)
def test_grown_up_guides_that_mention_legal_help_link_to_free_legal_advice(slug):
    lower = text(slug).lower()
    if "legal advice" in lower or "legal aid" in lower:
        assert "free-legal-advice" in calls_to_action(slug)


def test_pre_birth_assessment_says_pre_proceedings_can_start_in_pregnancy():
    guide = text("pre-birth-assessment")
    assert "Pre-proceedings can happen while you are pregnant." in guide
    assert "Parents who have the letter get legal advice for free." in guide
    assert "family-network" in calls_to_action("pre-birth-assessment")
    assert "It is not your fault" in text("young-people-pre-birth-assessment")


def test_life_after_proceedings_states_the_orders_as_checked():
    guide = text("life-after-proceedings")
    assert "A care order lasts until your child is 18, unless the court ends it sooner." in guide
    assert "it decides where your child lives" in guide  # the council, under a care order
    assert "up to 1 year at first" in guide and "not past 3 years from when it was made" in guide
    assert "You can only oppose an adoption if the court gives you permission." in guide
    assert "usually within 12 months" in guide
    assert "how-to-complain" in calls_to_action("life-after-proceedings")
    assert "116 123" in guide


def test_a_day_at_court_covers_who_is_there_and_help_to_take_part():
    guide = text("a-day-at-court")
    assert "The family court is not a criminal court." in guide
    assert "A journalist with a press card is allowed to come in." in guide
    assert "a screen so you do not have to see them" in guide and "intermediary" in guide
    assert "No one is on trial." in text("young-people-a-day-at-court")


def test_records_guide_keeps_court_papers_private_and_does_not_invent_a_deadline():
    guide = text("getting-your-records")
    assert "Court papers are private." in guide
    assert "Ask your social worker how to do this" in guide
    # FACTS.md gives no legal time limit for a records request, so the guides state none.
    for slug in ("getting-your-records", "young-people-getting-your-records"):
        assert not re.search(r"\b(\d+|one|a) (calendar )?(days?|weeks?|months?)\b", text(slug)), slug


def test_every_guide_names_its_sources_and_each_is_listed():
    urls = [source["url"] for source in SOURCES]
    assert set(guides_court_life.SOURCES_BY_GUIDE) == set(BY_SLUG)
    for slug, guide_urls in guides_court_life.SOURCES_BY_GUIDE.items():
        assert guide_urls, slug
        assert set(guide_urls) <= set(urls), slug
    for source in guides_court_life.SOURCES:
        assert set(source) == {"title", "publisher", "url", "used_for"}
        assert urls.count(source["url"]) == 1, f"{source['url']} is listed twice"


def test_no_unchecked_fact_slips_in():
    everything = repr(OURS)
    assert "[verify]" not in everything
    assert not re.search(r"\b20\d\d\b", everything), "no dates or years: FACTS.md leaves them unchecked"
