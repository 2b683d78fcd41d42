"""Closing a case with a reason, and handing it to another worker with a note (issue 16)."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.cases.models import CaseHandover
from portal.cases.retention import cases_due_for_deletion
from portal.cases.selectors import cases_named_for_worker
from portal.cases.services import case_close, case_hand_over, case_stage_change, case_workers_set

from .workspace_builders import make_worker, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in_worker(client, worker_a):
    client.force_login(worker_a)
    return client


# Closing ----------------------------------------------------------------------------------------------


def test_closing_with_a_reason_shows_on_the_workspace_and_stops_stage_changes(
    signed_in_worker, case_a, worker_a, parent_a, mailoutbox, django_capture_on_commit_callbacks
):
    form = signed_in_worker.get(url("close", case_a)).content.decode()
    assert "The family moved to another council" in form and "730 days" in form
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in_worker.post(url("close", case_a), {"reason_kind": "moved", "reason": "To Bramley."})
    assert response.status_code == 302
    case_a.refresh_from_db()
    assert case_a.closed_at is not None
    assert case_a.closed_reason == "The family moved to another council: To Bramley."
    assert AccessLogEntry.objects.filter(action="case_close", actor=worker_a, object_id=str(case_a.public_id)).exists()
    assert mailoutbox == []  # the family is not told
    html = signed_in_worker.get(url("workspace", case_a)).content.decode()
    assert "The family moved to another council: To Bramley." in html and "Closed on" in html
    assert url("close", case_a) not in html
    # A closed case is not on the worker's caseload, and the stage no longer changes.
    assert case_a not in cases_named_for_worker(user=worker_a)
    response = signed_in_worker.post(url("stage", case_a), {"stage": "final_hearing", "note": "Back to court."})
    assert "This case has been closed" in response.content.decode()
    case_a.refresh_from_db()
    assert (case_a.stage, case_a.closed_at is not None, case_a.stage_changes.count()) == ("letter_sent", True, 1)


def test_closing_starts_the_retention_clock(case_a, worker_a):
    case_close(case=case_a, reason="Stepped down", closed_by=worker_a)
    case_a.refresh_from_db()
    assert case_a not in cases_due_for_deletion(days=730)
    assert case_a in cases_due_for_deletion(now=case_a.closed_at + timedelta(days=731), days=730)


def test_a_case_closed_by_its_stage_keeps_that_date_when_the_reason_is_written(case_a, worker_a):
    case_stage_change(case=case_a, stage="order_made", note="The court made an order.", changed_by=worker_a)
    case_a.refresh_from_db()
    closed_at = case_a.closed_at
    assert closed_at is not None
    case_close(case=case_a, reason="The court made a final order", closed_by=worker_a)
    case_a.refresh_from_db()
    assert case_a.closed_at == closed_at


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"reason_kind": "other", "reason": "  "}, "Say why the case is closing."),
        ({}, "Choose why the case is closing."),
    ],
)
def test_a_closing_needs_a_reason(signed_in_worker, case_a, data, message):
    response = signed_in_worker.post(url("close", case_a), data)
    assert response.status_code == 200 and message in response.content.decode()
    case_a.refresh_from_db()
    assert (case_a.closed_at, case_a.closed_reason) == (None, "")
    assert not AccessLogEntry.objects.filter(action="case_close").exists()


def test_a_case_is_closed_once(case_a, worker_a):
    case_close(case=case_a, reason="Stepped down", closed_by=worker_a)
    with pytest.raises(ValidationError, match="already closed"):
        case_close(case=case_a, reason="Something else", closed_by=worker_a)
    case_a.refresh_from_db()
    assert case_a.closed_reason == "Stepped down"
    assert AccessLogEntry.objects.filter(action="case_close").count() == 1


# Handing over -----------------------------------------------------------------------------------------


def test_handing_over_swaps_the_named_worker_writes_the_note_and_emails_the_new_worker(
    signed_in_worker, case_a, worker_a, colleague_a, authority_a, mailoutbox, django_capture_on_commit_callbacks
):
    third = make_worker(authority=authority_a, email="third.a@la-a.example", first_name="Tess")
    case_workers_set(case=case_a, workers=[worker_a, third], changed_by=worker_a)
    form = signed_in_worker.get(url("handover", case_a)).content.decode()
    assert "colleague.a@la-a.example" not in form  # names, not addresses
    assert "Carol Worker" in form and "Wendy Worker" not in form.split('id="w-editor-form"')[1]
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in_worker.post(
            url("handover", case_a), {"to_worker": colleague_a.pk, "note": "Pat prefers calls after 3pm."}
        )
    assert response.status_code == 302
    assert set(case_a.workers.all()) == {colleague_a, third}
    handover = CaseHandover.objects.get(case=case_a)
    assert (handover.from_worker, handover.to_worker, handover.note) == (
        worker_a,
        colleague_a,
        "Pat prefers calls after 3pm.",
    )
    assert AccessLogEntry.objects.filter(action="case_handover", actor=worker_a).count() == 1
    [message] = mailoutbox
    assert message.to == ["colleague.a@la-a.example"]
    assert message.subject == "Family court help: A case has been handed over to you"
    assert f"/admin/cases/{case_a.pk}/" in message.body
    for secret in ("Ashby", "ASH-001", "Ava", "Pat prefers"):
        assert secret not in message.subject + message.body
    html = signed_in_worker.get(url("workspace", case_a)).content.decode()
    assert "Handed over by Wendy Worker on" in html and "Pat prefers calls after 3pm." in html


def test_a_case_cannot_be_handed_to_another_councils_worker(
    signed_in_worker, case_a, worker_a, worker_b, mailoutbox, django_capture_on_commit_callbacks
):
    assert "Will Worker" not in signed_in_worker.get(url("handover", case_a)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in_worker.post(url("handover", case_a), {"to_worker": worker_b.pk, "note": "Over to you."})
    assert response.status_code == 200
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError, match="of this council"):
        case_hand_over(case=case_a, to_worker=worker_b, note="Over to you.", handed_by=worker_a)
    assert list(case_a.workers.all()) == [worker_a]
    assert not CaseHandover.objects.exists()
    assert not AccessLogEntry.objects.filter(action="case_handover").exists()
    assert mailoutbox == []


def test_a_case_cannot_be_handed_to_an_inactive_worker_or_without_a_note(case_a, worker_a, colleague_a):
    with pytest.raises(ValidationError) as refusal:
        case_hand_over(case=case_a, to_worker=colleague_a, note=" ", handed_by=worker_a)
    assert refusal.value.message_dict == {"note": ["Write a note for the new worker."]}
    get_user_model().objects.filter(pk=colleague_a.pk).update(is_active=False)
    colleague_a.refresh_from_db()
    with pytest.raises(ValidationError, match="active worker"):
        case_hand_over(case=case_a, to_worker=colleague_a, note="Over to you.", handed_by=worker_a)
    assert list(case_a.workers.all()) == [worker_a]
    assert not CaseHandover.objects.exists()


def test_a_handover_at_another_time_shows_the_latest_note(signed_in_worker, case_a, worker_a, colleague_a):
    first = case_hand_over(case=case_a, to_worker=colleague_a, note="First note.", handed_by=worker_a)
    CaseHandover.objects.filter(pk=first.pk).update(handed_at=timezone.now() - timedelta(days=3))
    case_hand_over(case=case_a, to_worker=worker_a, note="Second note.", handed_by=colleague_a)
    html = signed_in_worker.get(url("workspace", case_a)).content.decode()
    assert "Second note." in html and "First note." not in html
    assert set(case_a.workers.all()) == {worker_a}
