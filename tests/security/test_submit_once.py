"""Every write happens once (trust issue, part 4): a double click, a resend or two simultaneous
sendings of one form make one object, one audit row and one notification, and the second sending
is shown the result of the first. Two sendings at the same moment, to a live server, are tested in
tests/browser/test_concurrent_writes.py (beside the other live-server tests, which restore the
demo data the same way)."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.cases.models import StageChange
from portal.conversations.models import Thread
from portal.demo.pdf import make_pdf
from portal.documents.models import SharedDocument
from portal.notifications.models import Notification
from portal.ops.models import FormSubmission
from portal.ops.once import FIELD, form_submissions_expire

pytestmark = pytest.mark.django_db


def token_from(html):
    return re.search(rf'name="{FIELD}" value="([^"]+)"', html)[1]


def share_data(world, token, title="Minutes of the meeting"):
    return {
        FIELD: token,
        "title": title,
        "what_it_is": "What was agreed.",
        "who": "choose",
        "recipients": [world.p1.pk],
        "file": SimpleUploadedFile("minutes.pdf", make_pdf(title, ["Agreed."]), content_type="application/pdf"),
    }


def confirm_data(confirm_page):
    """What "Share with these people" sends: the signed draft and the form's own one-off token."""
    html = confirm_page.content.decode()
    draft = re.search(r'name="draft" value="([^"]+)"', html)[1]
    return {FIELD: token_from(html), "draft": draft, "action": "share"}


def test_a_double_clicked_share_shares_once_and_shows_the_first_result(client, world):
    client.force_login(world.wa)
    share_url = reverse("cases:document_share", args=[world.a1.pk])
    confirm_url = reverse("cases:document_share_confirm", args=[world.a1.pk])
    token = token_from(client.get(share_url, {"kind": "meeting_minutes"}).content.decode())
    documents, audits, notifications = (
        SharedDocument.objects.count(),
        AccessLogEntry.objects.filter(action="document_share").count(),
        Notification.objects.count(),
    )
    confirm_page = client.post(share_url, share_data(world, token))
    assert confirm_page.status_code == 200
    assert token_from(confirm_page.content.decode()) == token, "the confirm page keeps the form's token"
    assert SharedDocument.objects.count() == documents and Notification.objects.count() == notifications
    first = client.post(confirm_url, confirm_data(confirm_page))
    second = client.post(confirm_url, confirm_data(confirm_page))
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]
    assert SharedDocument.objects.count() == documents + 1
    assert AccessLogEntry.objects.filter(action="document_share").count() == audits + 1
    assert Notification.objects.count() == notifications + 1
    page = client.get(second["Location"]).content.decode()
    assert "This was already saved. It has not been saved a second time." in page
    # Sending the share form again from the browser's history does not share it again either.
    again = client.post(share_url, share_data(world, token))
    assert again.status_code == 302 and again["Location"] == first["Location"]
    assert SharedDocument.objects.count() == documents + 1


def test_a_double_clicked_stage_change_changes_once(client, world):
    client.force_login(world.wa)
    stage_url = reverse("cases:stage", args=[world.a1.pk])
    token = token_from(client.get(stage_url).content.decode())
    changes = StageChange.objects.filter(case=world.a1).count()
    data = {FIELD: token, "stage": "pre_proceedings_meeting", "note": "We will meet on Monday."}
    assert client.post(stage_url, data).status_code == 302
    assert client.post(stage_url, data).status_code == 302
    assert StageChange.objects.filter(case=world.a1).count() == changes + 1


def test_a_form_sent_back_with_a_mistake_can_be_sent_again_once_corrected(client, world):
    client.force_login(world.wa)
    stage_url = reverse("cases:stage", args=[world.a1.pk])
    token = token_from(client.get(stage_url).content.decode())
    mistake = client.post(stage_url, {FIELD: token, "stage": "final_hearing", "note": "  "})
    assert mistake.status_code == 200
    assert token_from(mistake.content.decode()) == token
    corrected = client.post(stage_url, {FIELD: token, "stage": "final_hearing", "note": "The final hearing."})
    assert corrected.status_code == 302
    assert StageChange.objects.filter(case=world.a1, stage="final_hearing").count() == 1


def test_a_family_member_sending_a_question_twice_asks_once(client, world):
    client.force_login(world.p1.user)
    ask_url = reverse("family:question_new", args=[world.a1.public_id])
    token = token_from(client.get(ask_url).content.decode())
    first = client.post(ask_url, {FIELD: token, "body": "When is the meeting?"})
    second = client.post(ask_url, {FIELD: token, "body": "When is the meeting?"})
    assert first["Location"] == second["Location"]
    assert Thread.objects.filter(case=world.a1).count() == 1


def test_someone_else_cannot_use_your_token_to_learn_where_it_led(client, world):
    client.force_login(world.wa)
    share_url = reverse("cases:document_share", args=[world.a1.pk])
    confirm_url = reverse("cases:document_share_confirm", args=[world.a1.pk])
    token = token_from(client.get(share_url, {"kind": "other"}).content.decode())
    assert client.post(confirm_url, confirm_data(client.post(share_url, share_data(world, token)))).status_code == 302
    other = Client()
    other.force_login(world.aa)
    response = other.post(share_url, {FIELD: token, "title": ""})
    assert response.status_code in (200, 404)  # their own (invalid) form, never a redirect to the first result


def test_the_bookkeeping_is_removed_after_a_day(client, world):
    from datetime import timedelta

    from django.utils import timezone

    FormSubmission.objects.create(token="old", user=world.wa, done=True, location="/")
    FormSubmission.objects.filter(token="old").update(created_at=timezone.now() - timedelta(days=2))
    FormSubmission.objects.create(token="new", user=world.wa, done=True, location="/")
    assert form_submissions_expire() == 1
    assert list(FormSubmission.objects.values_list("token", flat=True)) == ["new"]


def test_a_double_clicked_new_case_makes_one_case(client, world):
    from portal.cases.models import Case

    client.force_login(world.wa)
    add_url = reverse("cases:add")
    token = token_from(client.get(add_url).content.decode())
    data = {FIELD: token, "reference": "A9", "family_name": "The A9 family", "stage": world.a1.stage}
    first = client.post(add_url, data)
    second = client.post(add_url, data)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]
    assert Case.objects.filter(authority=world.authority_a, reference="A9").count() == 1
    assert "It has not been saved a second time." in client.get(second["Location"]).content.decode()


def test_a_double_clicked_case_edit_saves_once(client, world):
    client.force_login(world.wa)
    edit_url = reverse("cases:edit", args=[world.a1.pk])
    token = token_from(client.get(edit_url).content.decode())
    data = {FIELD: token, "reference": "A1", "family_name": "The A1 family, renamed", "children_first_names": ""}
    audits = AccessLogEntry.objects.filter(action="case_update").count()
    first = client.post(edit_url, data)
    second = client.post(edit_url, data)
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]
    assert AccessLogEntry.objects.filter(action="case_update").count() == audits + 1


def test_a_double_clicked_number_or_resend_sends_one_code(client, world, settings):
    from portal.notifications import sms

    settings.PORTAL_SMS_BACKEND = "portal.notifications.sms.LocmemSMSBackend"
    sms.outbox.clear()
    client.force_login(world.p1.user)
    url = reverse("family:notifications")
    data = {FIELD: token_from(client.get(url).content.decode()), "channel": "text", "phone_number": "07700 900982"}
    first = client.post(url, data)
    second = client.post(url, data)
    assert first.status_code == second.status_code == 302 and second["Location"] == first["Location"]
    assert len(sms.outbox) == 1
    verify_url = reverse("family:phone_verify")
    page = client.get(verify_url).content.decode()
    resend_token = re.findall(rf'name="{FIELD}" value="([^"]+)"', page)[-1]
    for _click in range(2):
        client.post(verify_url, {FIELD: resend_token, "resend": "1"})
    assert len(sms.outbox) == 2
    sms.outbox.clear()


def test_a_double_clicked_add_staff_or_deactivate_does_it_once(client, world):
    from portal.authorities.models import StaffMembership

    client.force_login(world.aa)
    add_url = reverse("authorities_staff:add")
    token = token_from(client.get(add_url).content.decode())
    data = {FIELD: token, "email": "new.worker@la-a.example", "first_name": "Nia", "last_name": "New"}
    data.update(role="worker", job_title="", phone="")
    first, second = client.post(add_url, data), client.post(add_url, data)
    assert first.status_code == second.status_code == 302 and second["Location"] == first["Location"]
    assert StaffMembership.objects.filter(user__email="new.worker@la-a.example").count() == 1
    assert AccessLogEntry.objects.filter(action="staff_create", outcome="allowed").count() == 1

    membership = StaffMembership.objects.get(user=world.wa)
    deactivate_url = reverse("authorities_staff:deactivate", args=[membership.pk])
    token = token_from(client.get(deactivate_url).content.decode())
    first, second = client.post(deactivate_url, {FIELD: token}), client.post(deactivate_url, {FIELD: token})
    assert first.status_code == second.status_code == 302
    assert AccessLogEntry.objects.filter(action="staff_deactivate", outcome="allowed").count() == 1
    assert "It has not been saved a second time." in client.get(second["Location"]).content.decode()
