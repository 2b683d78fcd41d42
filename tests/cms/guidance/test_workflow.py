"""The "Plain language check": pages that meet their target pass it at once; others wait for a
moderator. A guide then goes on to the legal check (test_legal_check.py); an LA's page goes live."""

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState

from cms.guidance import checks
from cms.guidance.groups import LEGAL_CHECKERS
from cms.guidance.models import GuidePage, LegalCheckTask, PlainLanguageTask
from cms.guidance.services import GUIDE_WORKFLOW_NAME, WORKFLOW_NAME
from cms.standard.models import StandardPage
from portal.demo import builders
from tests.cms.guidance.conftest import staff_user

HARD = (
    "<p>The local authority has determined that the threshold criteria pursuant to section "
    "thirty-one are satisfied, necessitating the commencement of proceedings notwithstanding "
    "representations received.</p>"
)
PLAIN = "<p>Go to a solicitor. Take the letter. It is free.</p>"


def _submit(page, *, body, user):
    page.body = [{"type": "text", "value": body}]
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def _guide():
    return GuidePage.objects.get(slug="free-legal-advice", alias_of__isnull=True)


def _la_copy_summary(authority):
    return GuidePage.objects.descendant_of(authority.site.root_page).get(slug="free-legal-advice").body


@pytest.fixture
def legal_checker(national):
    return staff_user("solicitor@legal.example", LEGAL_CHECKERS)


def test_the_national_tree_uses_both_checks_and_la_home_pages_the_plain_language_check(national, authority_a):
    assert _guide().get_workflow().name == GUIDE_WORKFLOW_NAME
    assert authority_a.site.root_page.get_workflow().name == WORKFLOW_NAME


def test_a_guide_within_its_target_passes_at_once_and_goes_on_to_the_legal_check(
    national, authority_a, national_editor
):
    state = _submit(_guide(), body=PLAIN, user=national_editor)
    plain, legal = state.task_states.order_by("pk")
    assert isinstance(plain.task.specific, PlainLanguageTask) and plain.status == TaskState.STATUS_APPROVED
    assert isinstance(legal.task.specific, LegalCheckTask) and legal.status == TaskState.STATUS_IN_PROGRESS
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "It is free." not in str(_la_copy_summary(authority_a))  # not live until the legal check


def test_a_guide_over_its_target_waits_for_a_moderator_then_for_the_legal_check(
    client, national, authority_a, national_editor, national_moderator, legal_checker
):
    guide = _guide()
    state = _submit(guide, body=HARD, user=national_editor)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.status == TaskState.STATUS_IN_PROGRESS
    assert "threshold" not in str(_la_copy_summary(authority_a))  # nothing published yet
    assert checks.plain_language_problems(guide.get_latest_revision_as_object())

    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[guide.pk, "approve", task_state.pk])
    client.force_login(national_moderator)
    client.post(url, {"comment": "Legal wording that must stay."})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, LegalCheckTask)
    assert "threshold" not in str(_la_copy_summary(authority_a))

    url = reverse("wagtailadmin_pages:workflow_action", args=[guide.pk, "approve", state.current_task_state.pk])
    client.force_login(legal_checker)
    client.post(url, {"role": "Council solicitor", "comment": ""})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert "threshold" in str(_la_copy_summary(authority_a))


def test_only_someone_who_may_publish_the_page_can_approve_the_exception(
    national, authority_a, national_editor, national_moderator, la_a_moderator
):
    guide = _guide()
    state = _submit(guide, body=HARD, user=national_editor)
    task = state.current_task_state.task.specific
    assert task.get_actions(guide, national_moderator)
    assert not task.get_actions(guide, national_editor)
    assert not task.get_actions(guide, la_a_moderator)
    assert list(task.get_task_states_user_can_moderate(national_moderator)) == [state.current_task_state]
    assert not task.get_task_states_user_can_moderate(la_a_moderator).exists()
    assert task.user_can_access_editor(guide, national_moderator)
    assert not task.user_can_access_editor(guide, la_a_moderator)


def test_a_young_peoples_guide_has_a_lower_target(national, national_editor):
    guide = GuidePage.objects.get(slug="young-people-letter-before-proceedings", alias_of__isnull=True)
    # 36 to 40: fine for grown-ups, too hard for young people.
    body = (
        "<p>Children's services wrote to your parents. "
        "They explained their worries and suggested meetings together.</p>"
    )
    guide.body = [{"type": "text", "value": body}]
    score = checks.readability_score(guide)
    assert 35 < score <= 40, score
    state = _submit(guide, body=body, user=national_editor)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_an_unexplained_avoid_word_needs_a_moderator(national, national_editor, monkeypatch):
    monkeypatch.setattr(checks, "avoid_words_used", lambda page: ["threshold"])
    state = _submit(_guide(), body=PLAIN, user=national_editor)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "“threshold”" in checks.plain_language_problems(_guide())[-1]


def test_an_las_own_page_goes_through_the_check_and_its_own_moderators(
    national, authority_a, la_a_editor, la_a_moderator, national_moderator
):
    contact = builders.standard_page_get_or_build(
        home=Page.objects.get(pk=authority_a.site.root_page_id),
        slug="contact",
        title="Contact",
        purpose=StandardPage.Purpose.CONTACT,
        paragraphs=["Phone us."],
    )
    state = _submit(contact, body=HARD, user=la_a_editor)
    task = state.current_task_state.task.specific
    assert task.get_actions(contact, la_a_moderator)
    assert not task.get_actions(contact, national_moderator)
    privacy = builders.standard_page_get_or_build(
        home=Page.objects.get(pk=authority_a.site.root_page_id),
        slug="privacy",
        title="Privacy notice",
        purpose=StandardPage.Purpose.PRIVACY,
        paragraphs=["We keep only what we need."],
    )
    assert _submit(privacy, body=PLAIN, user=la_a_editor).status == WorkflowState.STATUS_APPROVED
    assert "It is free." in str(StandardPage.objects.get(pk=privacy.pk).body)
