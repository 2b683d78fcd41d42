"""Small national guidance for the tests: two sections, a pair of guides and two more."""

import copy

import pytest

from cms.guidance.seed import guidance_seed
from portal.authorities.roles import editor_group_name, moderator_group_name
from portal.demo import builders
from tests.conftest import authority_a_build, authority_b_build, kept_for_the_module, module_runs_transactional_tests

SECTIONS = [
    {"slug": "pre-proceedings", "title": "Pre-proceedings", "intro": "The step before court."},
    {"slug": "going-to-court", "title": "Going to court", "intro": "What happens at court."},
]

GUIDES = [
    {
        "slug": "letter-before-proceedings",
        "title": "The letter before proceedings",
        "section": "pre-proceedings",
        "audience": "adults",
        "summary": "What the letter means and what to do first.",
        "pair": "young-people-letter-before-proceedings",
        "review_months": 12,
        "body": [
            ("text", "<p>You have a letter. Take it to a solicitor. It is free.</p>"),
            ("warning_text", "Do not ignore the letter."),
            ("details", "What if I cannot read it?", "<p>Ask your worker to read it with you.</p>"),
            ("what_you_can_do_now", ["Keep the letter safe", "Phone a solicitor"]),
            (
                "call_to_action",
                {"text": "Advice is free for you.", "link_slug": "free-legal-advice", "label": "Get free advice"},
            ),
        ],
    },
    {
        "slug": "free-legal-advice",
        "title": "Free legal advice",
        "section": "pre-proceedings",
        "audience": "adults",
        "summary": "How to get advice from a solicitor for free.",
        "pair": None,
        "review_months": 6,
        "body": [("text", "<p>Find a solicitor. Show them the letter. You do not pay.</p>")],
    },
    {
        "slug": "young-people-letter-before-proceedings",
        "title": "The letter your family got",
        "section": "pre-proceedings",
        "audience": "young_people",
        "summary": "Your family got a letter. Here is what it means.",
        "pair": "letter-before-proceedings",
        "review_months": 12,
        "body": [("inset_text", "<p>You can ask your worker what is going on.</p>")],
    },
    {
        "slug": "care-proceedings",
        "title": "Care proceedings",
        "section": "going-to-court",
        "audience": "adults",
        "summary": "What happens when the court is asked to decide.",
        "pair": None,
        "review_months": 12,
        "body": [("text", "<p>A judge will decide. You get a solicitor for free.</p>")],
    },
]


def seed(*authorities):
    return guidance_seed(authorities=list(authorities), sections=SECTIONS, guides=GUIDES)


@pytest.fixture(scope="module")
def _national_for_the_module(request, django_db_setup, django_db_blocker):
    """The national tree, seeded once for the module (it takes a second or two) and shared with LA A,
    and with LA B too if any test of the module asks for ``national_two_las``."""
    if module_runs_transactional_tests(request):
        yield None
        return
    two = any(
        "national_two_las" in item.fixturenames for item in request.session.items if item.module is request.module
    )
    with kept_for_the_module(django_db_blocker):
        with django_db_blocker.unblock():
            root = seed(authority_a_build(), *([authority_b_build()] if two else []))
        yield root


@pytest.fixture
def national(_national_for_the_module, authority_a):
    """The national tree, shared with LA A."""
    if _national_for_the_module is None:
        return seed(authority_a)
    return copy.deepcopy(_national_for_the_module)


@pytest.fixture
def national_two_las(_national_for_the_module, authority_a, authority_b):
    """The national tree, shared with both test LAs."""
    if _national_for_the_module is None:
        return seed(authority_a, authority_b)
    return copy.deepcopy(_national_for_the_module)


def staff_user(email, group_name):
    return builders.user_get_or_build(email=email, password="Portal-test-2026", groups=[group_name])


@pytest.fixture
def la_a_editor(authority_a):
    return staff_user("editor@la-a.example", editor_group_name(authority_a))


@pytest.fixture
def la_a_moderator(authority_a):
    return staff_user("moderator@la-a.example", moderator_group_name(authority_a))


@pytest.fixture
def national_editor(national):
    from cms.guidance.groups import NATIONAL_EDITORS

    return staff_user("editor@national.example", NATIONAL_EDITORS)


@pytest.fixture
def national_moderator(national):
    from cms.guidance.groups import NATIONAL_MODERATORS

    return staff_user("moderator@national.example", NATIONAL_MODERATORS)
