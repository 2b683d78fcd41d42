"""The guides for particular family situations (cms/guidance/content/guides_family_situations*.py).

test_content.py checks every guide's shape, markup and readability. These pin what each of these
guides says, so a later edit cannot drop or bend a fact a family relies on (FACTS.md): the time
limits of emergency steps, a parent's rights under section 20, that legal advice is not free for
relatives without parental responsibility, the helpline's number, the court's protections, the
Official Solicitor and the privacy of proceedings. No database: only the content modules are read.
"""

import re

import pytest

from cms.guidance.content import guides_family_situations as situations
from cms.guidance.content.guides import GUIDES
from cms.guidance.content.sources import SOURCES
from tests.cms.guidance.test_content import block_plain_text, body_plain_text

# grown-up slug -> the section it belongs in
EXPECTED = {
    "emergency-removal": "when-childrens-services-are-worried",
    "section-20": "when-childrens-services-are-worried",
    "court-privacy": "going-to-court",
    "relatives-and-friends": "your-rights-and-help",
    "fathers": "your-rights-and-help",
    "domestic-abuse": "your-rights-and-help",
    "parents-with-a-learning-disability": "your-rights-and-help",
}
OURS = situations.GROWN_UP + situations.YOUNG_PEOPLE
BY_SLUG = {guide["slug"]: guide for guide in OURS}


def text_of(slug):
    return " ".join(body_plain_text(BY_SLUG[slug]).split())


def calls_to_action(slug):
    return [block[1] for block in BY_SLUG[slug]["body"] if block[0] == "call_to_action"]


def test_each_situation_has_a_grown_up_guide_and_a_young_peoples_version_in_its_section():
    assert [guide["slug"] for guide in situations.GROWN_UP] == list(EXPECTED)
    for slug, section in EXPECTED.items():
        grown_up, young = BY_SLUG[slug], BY_SLUG["young-people-" + slug]
        assert (grown_up["audience"], young["audience"]) == ("adults", "young_people")
        assert grown_up["pair"] == young["slug"] and young["pair"] == slug
        assert grown_up["section"] == young["section"] == section
    assert len(situations.YOUNG_PEOPLE) == len(EXPECTED)
    seeded = [guide["slug"] for guide in GUIDES]
    assert all(seeded.count(guide["slug"]) == 1 for guide in OURS), "each guide is seeded once"


def test_every_guide_names_its_sources_and_every_source_is_listed():
    assert set(situations.SOURCES_BY_GUIDE) == set(BY_SLUG)
    listed = [source["url"] for source in SOURCES]
    for slug, urls in situations.SOURCES_BY_GUIDE.items():
        assert urls, slug
        assert [url for url in urls if url not in listed] == [], slug
    for source in situations.SOURCES:
        assert set(source) == {"title", "publisher", "url", "used_for"}
        assert listed.count(source["url"]) == 1, f"{source['url']} is listed twice"


def test_emergency_steps_give_their_time_limits():
    text = text_of("emergency-removal")
    assert "police protection" in text and "up to 72 hours" in text
    assert "emergency protection order" in text and "up to 8 days" in text and "up to 7 more days" in text
    assert "should not be the usual way" in text
    young = text_of("young-people-emergency-removal")
    assert "up to 3 days" in young and "up to 8 days" in young
    assert "not your fault" in young


def test_section_20_keeps_the_parents_rights_and_is_not_care():
    text = text_of("section-20")
    assert "It is not a court order" in text and "It is voluntary" in text
    assert "You keep all of your parental responsibility" in text
    assert "You can take your child home at any time" in text
    assert "looked after by the council, but is not in care" in text
    assert "In care means a court has made a care order" in text
    assert "should not be used for a long time instead of a court case" in text  # Williams v Hackney
    young = text_of("young-people-section-20")
    assert "It is not a court order" in young and "not the same as being in care" in young
    assert "change their mind" in young


def test_the_relatives_guide_never_tells_a_relative_that_advice_is_free_for_them():
    guide = BY_SLUG["relatives-and-friends"]
    text = text_of("relatives-and-friends")
    for phrase in ("free for you", "no one checks your income", "not means-tested", "whatever your income"):
        assert phrase not in text.lower(), phrase
    # Where "free" appears at all, the same sentence says it is for parents, or that it is not free.
    for block in guide["body"]:
        for sentence in re.split(r"(?<=[.?!])\s+", " ".join(block_plain_text(block).split())):
            if re.search(r"\bfree\b", sentence.lower()):
                assert re.search(r"parent|who gets|not free", sentence.lower()), sentence
    assert "If you do not have parental responsibility, it is different" in text
    assert "test on your income and savings, and a test on your case" in text
    assert "free-legal-advice" in [cta["link_slug"] for cta in calls_to_action("relatives-and-friends")]
    assert "0808 801 0366" in text and "9.30am to 3pm" in text


def test_the_relatives_guide_explains_the_checks_and_the_orders():
    text = text_of("relatives-and-friends")
    assert "viability assessment" in text and "special guardianship assessment" in text
    assert "Special guardianship order" in text and "until the child is 18" in text
    assert "The parents keep theirs" in text
    assert "Child arrangements order" in text
    assert "It decides where the child lives" in text  # the council, under a care order
    young = text_of("young-people-relatives-and-friends")
    assert "special guardianship order" in young and "until you are 18" in young


def test_the_fathers_guide_covers_fathers_without_parental_responsibility():
    text = text_of("fathers")
    assert "Not every father has it" in text
    assert "The letter before proceedings goes to each parent" in text
    assert "Once you have the letter, legal advice is free for you" in text
    assert "DNA test" in text and "viability assessment" in text
    assert "The legal word for it is contact" in text
    assert "free-legal-advice" in [cta["link_slug"] for cta in calls_to_action("fathers")]
    assert "do not feel safe with your dad" in text_of("young-people-fathers")


@pytest.mark.parametrize("slug", ["domestic-abuse", "young-people-domestic-abuse"])
def test_the_domestic_abuse_guides_give_the_helpline_number_to_tap(slug):
    assert "National Domestic Abuse Helpline" in text_of(slug)
    assert "0808 2000 247" in text_of(slug)
    assert "tel:08082000247" in repr(BY_SLUG[slug]["body"])
    assert "call 999" in text_of(slug)
    assert "Exit this page" in text_of(slug)


def test_the_domestic_abuse_guide_states_the_courts_protections_and_nothing_unchecked():
    text = text_of("domestic-abuse")
    for protection in ("separate waiting room", "screen in the court room", "an intermediary"):
        assert protection in text, protection
    assert "The court must think about what help you need" in text
    assert "can stop a person who has abused you from asking you questions in court themselves" in text
    assert "never say what your case is about" in text  # the portal's neutral messages
    # FACTS.md marks the helpline's hours and the Act's section numbers as unchecked.
    assert not re.search(r"24 hours|Part 4B|section \d", text)


def test_the_learning_disability_guide_names_the_help_and_the_official_solicitor():
    text = text_of("parents-with-a-learning-disability")
    for help_ in ("advocate", "intermediary", "easy read", "PAMS", "cognitive assessment"):
        assert help_ in text, help_
    assert "Official Solicitor acts for them" in text and "lack capacity" in text
    assert "only about the court case" in text
    assert "free-legal-advice" in [cta["link_slug"] for cta in calls_to_action("parents-with-a-learning-disability")]
    young = text_of("young-people-parents-with-a-learning-disability")
    assert "not your job to explain things" in young


def test_the_privacy_guide_says_what_may_be_shared_and_who_may_come_in():
    text = text_of("court-privacy")
    assert "Family court cases about children are private" in text
    assert "only share them in the ways the court rules allow" in text
    assert "Accredited journalists may also come in" in text
    assert "Do not post about your case online" in text
    assert "Ask your solicitor if this applies to your case" in text  # the reporting pilot, scope unchecked
    young = text_of("young-people-court-privacy")
    assert "Do not put anything about the case online" in young and "talk about how you feel" in young


@pytest.mark.parametrize("guide", situations.YOUNG_PEOPLE, ids=[guide["slug"] for guide in situations.YOUNG_PEOPLE])
def test_young_peoples_versions_speak_to_the_child_and_leave_legal_aid_to_the_grown_ups(guide):
    text = " ".join(body_plain_text(guide).split())
    assert re.search(r"\byou\b", text) and "0800 1111" in text
    assert not re.search(r"legal aid|legal advice|means-tested|parental responsibility", text, re.IGNORECASE)


@pytest.mark.parametrize("guide", situations.GROWN_UP, ids=[guide["slug"] for guide in situations.GROWN_UP])
def test_grown_up_guides_say_what_to_do_now_and_lead_to_a_solicitor(guide):
    kinds = [block[0] for block in guide["body"]]
    assert "what_you_can_do_now" in kinds
    assert "free-legal-advice" in [cta["link_slug"] for cta in calls_to_action(guide["slug"])]
