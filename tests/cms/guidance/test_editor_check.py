"""The plain language check while editing (issue #20): the editor sees the score against its target
and the unexplained "avoid" words as they write; submitting says truthfully what happened; a
moderator cannot put a page that breaks the rules live without a recorded reason."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from cms.guidance.models import GuidePage
from cms.standard.models import StandardPage
from portal.demo import builders

HARD = (
    "The local authority has determined that the threshold criteria pursuant to section thirty-one are "
    "satisfied, necessitating the commencement of proceedings notwithstanding representations received."
)
PLAIN = "Go to a solicitor. Take the letter. It is free."


@pytest.fixture(autouse=True)
def _threshold_is_a_word_to_avoid(settings):
    settings.PORTAL_AVOID_WORDS = ["threshold"]


def _guide():
    return GuidePage.objects.get(slug="free-legal-advice", alias_of__isnull=True)


def _contact(authority):
    return builders.standard_page_get_or_build(
        home=Page.objects.get(pk=authority.site.root_page_id),
        slug="contact",
        title="Contact us",
        purpose=StandardPage.Purpose.CONTACT,
        paragraphs=["Phone us."],
    )


def _form(client, page, *, body, action=None):
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    form = querydict_from_html(html, form_id="page-edit-form")
    data = {key: value for key, value in form.items() if not key.startswith("body-")}
    data.update(nested_form_data({"body": streamfield([("text", rich_text(f"<p>{body}</p>"))])}))
    if action:
        data[action] = action
    return data


def _said(response):
    return [str(message.message) for message in get_messages(response.wsgi_request)]


def test_the_editor_shows_the_score_against_the_target_for_guides_and_councils_own_pages(
    client, national, authority_a, national_editor, la_a_editor
):
    client.force_login(national_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[_guide().pk])).content.decode()
    assert "Plain language check" in html and "Target: 40 or lower." in html
    assert f'data-plain-language-check="/admin/guidance/plain-language-check/{_guide().pk}/"' in html
    assert "guidance/js/plain-language-check.js" in html

    contact = _contact(authority_a)
    client.force_login(la_a_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[contact.pk])).content.decode()
    assert "Readability score (LIX)" in html and "No words to avoid." in html


def test_the_check_answers_for_the_form_as_it_stands_and_saves_nothing(client, national, authority_a, la_a_editor):
    contact = _contact(authority_a)
    revisions = contact.revisions.count()
    client.force_login(la_a_editor)
    url = reverse("guidance_plain_language_check", args=[contact.pk])
    hard = client.post(url, _form(client, contact, body=HARD)).content.decode()
    assert "It is over the target" in hard
    assert "<li>“threshold”</li>" in hard
    assert 'data-plain-language-verdict="held"' in hard
    plain = client.post(url, _form(client, contact, body=PLAIN)).content.decode()
    assert "It meets the target." in plain and "No words to avoid." in plain
    assert 'data-plain-language-verdict="passes"' in plain
    # An empty title (an invalid form) still gets an answer about the words.
    data = _form(client, contact, body=HARD)
    data["title"] = ""
    assert "“threshold”" in client.post(url, data).content.decode()
    assert contact.revisions.count() == revisions
    assert "threshold" not in str(StandardPage.objects.get(pk=contact.pk).get_latest_revision_as_object().body)


def test_the_check_is_only_for_people_who_may_edit_the_page(client, national, authority_a, la_a_editor):
    url = reverse("guidance_plain_language_check", args=[_guide().pk])
    client.force_login(la_a_editor)  # a council editor may not edit the national guide
    assert client.post(url, {"title": "x"}).status_code == 404
    assert client.get(reverse("guidance_plain_language_check", args=[_contact(authority_a).pk])).status_code == 405


def test_submitting_a_plain_page_says_it_is_live_now(client, national, authority_a, la_a_editor):
    contact = _contact(authority_a)
    client.force_login(la_a_editor)
    edit = reverse("wagtailadmin_pages:edit", args=[contact.pk])
    response = client.post(edit, _form(client, contact, body=PLAIN, action="action-submit"))
    assert response.status_code == 302
    said = _said(response)
    assert any("“Contact us” is live now" in text for text in said), said
    assert not any("submitted for moderation" in text for text in said)
    assert "It is free." in str(StandardPage.objects.get(pk=contact.pk).body)


def test_submitting_a_hard_page_says_it_waits_for_a_moderator_and_why(client, national, authority_a, la_a_editor):
    contact = _contact(authority_a)
    client.force_login(la_a_editor)
    edit = reverse("wagtailadmin_pages:edit", args=[contact.pk])
    said = _said(client.post(edit, _form(client, contact, body=HARD, action="action-submit")))
    assert any("is not live yet. It waits for a moderator" in text and "threshold" in text for text in said), said
    assert "threshold" not in str(StandardPage.objects.get(pk=contact.pk).body)


def test_submitting_a_guide_with_new_legal_facts_says_it_waits_for_a_legal_checker(
    client, national, authority_a, national_editor
):
    guide = _guide()
    client.force_login(national_editor)
    edit = reverse("wagtailadmin_pages:edit", args=[guide.pk])
    said = _said(client.post(edit, _form(client, guide, body=PLAIN + " Ask for a meeting.", action="action-submit")))
    assert any("now waits for a legal checker" in text for text in said), said


def test_a_moderator_cannot_put_a_hard_page_live_without_a_reason(client, national, authority_a, la_a_moderator):
    contact = _contact(authority_a)
    client.force_login(la_a_moderator)
    edit = reverse("wagtailadmin_pages:edit", args=[contact.pk])
    # Publishing straight away is refused, and says why.
    response = client.post(edit, _form(client, contact, body=HARD, action="action-publish"))
    assert any("does not meet the plain language rules yet" in text for text in _said(response))
    assert "threshold" not in str(StandardPage.objects.get(pk=contact.pk).body)

    # Submitted, it waits; approving the exception without a reason is refused.
    client.post(edit, _form(client, contact, body=HARD, action="action-submit"))
    state = WorkflowState.objects.get(object_id=str(contact.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[contact.pk, "approve", state.current_task_state.pk])
    client.post(approve, {"comment": ""})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "threshold" not in str(StandardPage.objects.get(pk=contact.pk).body)

    client.post(approve, {"comment": "The legal words are needed and each is explained."})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    approved = state.task_states.get(status=TaskState.STATUS_APPROVED)
    assert approved.comment == "The legal words are needed and each is explained."
    assert "threshold" in str(StandardPage.objects.get(pk=contact.pk).body)
