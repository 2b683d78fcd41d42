"""Data protection: retention, subject access, erasure without losing the audit trail, unshared documents."""

import io
import json
import os
import zipfile
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from portal.accounts.erasure import person_erase
from portal.accounts.mfa import totp_code
from portal.audit.models import AccessLogEntry
from portal.audit.services import audit_allowed
from portal.cases.models import Case, KeyDate
from portal.cases.retention import reference_hash
from portal.cases.services import case_contact_save
from portal.demo import builders
from portal.documents.housekeeping import documents_expire_unshared
from portal.documents.models import DocumentVersion, SharedDocument

pytestmark = pytest.mark.django_db
User = get_user_model()


def _paths(case):
    return [v.file.path for v in DocumentVersion.objects.filter(document__case=case)]


def test_retention_deletes_closed_cases_with_their_files_and_records_counts_only(world, settings):
    settings.PORTAL_RETENTION_DAYS_AFTER_CLOSE = 730
    KeyDate.objects.create(case=world.a1, title="Hearing", starts_at=timezone.now())
    Case.objects.filter(pk=world.a1.pk).update(closed_at=timezone.now() - timedelta(days=731))
    Case.objects.filter(pk=world.a2.pk).update(closed_at=timezone.now() - timedelta(days=10))  # not yet
    files = _paths(world.a1)
    assert files and all(os.path.exists(p) for p in files)
    audit_allowed(actor=world.p1.user, action="case_view", obj=world.a1)
    expected_hash = reference_hash(world.a1)

    call_command("apply_retention")

    assert not Case.objects.filter(pk=world.a1.pk).exists()
    assert Case.objects.filter(pk=world.a2.pk).exists() and Case.objects.filter(pk=world.b1.pk).exists()
    assert not SharedDocument.objects.filter(case_id=world.a1.pk).exists()
    assert not KeyDate.objects.filter(case_id=world.a1.pk).exists()
    assert not any(os.path.exists(p) for p in files)
    entry = AccessLogEntry.objects.get(action="retention_delete")
    assert entry.actor_label == "system:apply_retention"
    assert f"ref-sha256={expected_hash}" in entry.detail and "documents=2" in entry.detail
    assert "A1" not in entry.detail and "family" not in entry.detail  # no content, no reference
    # Family members with no case left are erased; their log rows stay, under a pseudonym.
    assert not User.objects.filter(email__in=["p1@family.example", "p2@family.example", "yp@family.example"]).exists()
    assert AccessLogEntry.objects.filter(action="case_view", actor_label__startswith="erased-user-").exists()
    assert not AccessLogEntry.objects.filter(actor_label="p1@family.example").exists()
    # Staff are never erased by retention.
    assert User.objects.filter(pk=world.wa.pk).exists()


def test_retention_dry_run_changes_nothing(world, capsys):
    Case.objects.filter(pk=world.a1.pk).update(closed_at=timezone.now() - timedelta(days=5000))
    call_command("apply_retention", "--dry-run")
    assert "Would delete 1 case" in capsys.readouterr().out
    assert Case.objects.filter(pk=world.a1.pk).exists()


def test_subject_access_export_holds_what_is_theirs_and_nothing_else(world, capsys, tmp_path, client):
    for whose, name in ((world.p1, "Own Solicitor"), (world.p2, "Sams Solicitor"), (None, "Family Guardian")):
        case_contact_save(case=world.a1, saved_by=world.wa, role="solicitor", name=name, for_participant=whose)
    client.force_login(world.p1.user)
    client.get(f"/my-family/{world.a1.public_id}/")
    call_command("export_person_data", "p1@family.example")
    data = json.loads(capsys.readouterr().out)
    assert data["account"]["email"] == "p1@family.example"
    case = data["cases"][0]
    assert case["case_name"] == "The A1 family"
    assert [d["title"] for d in case["documents_shared_with_you"]] == ["D1 letter"]
    assert "Letter for Jo" not in json.dumps(data)  # shared with someone else
    assert {c["name"] for c in case["contacts"]} >= {"Own Solicitor", "Family Guardian"}
    assert "Sams Solicitor" not in json.dumps(data)  # the other parent's own contact
    assert "B1" not in json.dumps(data)
    assert any(row["action"] == "case_view" for row in data["access_log"])
    assert "secret" not in json.dumps(data).lower()

    target = tmp_path / "p1.zip"
    call_command("export_person_data", "p1@family.example", "--with-files", "--output", str(target))
    with zipfile.ZipFile(io.BytesIO(target.read_bytes())) as archive:
        names = archive.namelist()
        assert "data.json" in names
        pdfs = [n for n in names if n.endswith(".pdf")]
        assert len(pdfs) == 1 and archive.read(pdfs[0]).startswith(b"%PDF")
    assert AccessLogEntry.objects.filter(action="subject_access_export").count() == 2


def test_erasure_removes_the_person_and_keeps_the_trail_under_a_pseudonym(world):
    user = world.p1.user
    audit_allowed(actor=user, action="document_download", obj=world.d1)
    rows = AccessLogEntry.objects.filter(actor=user).count()
    assert rows

    call_command("erase_person", "p1@family.example", "--yes", "--reason", "SAR-123")

    assert not User.objects.filter(pk=user.pk).exists()
    assert not world.d1.recipients.exists()
    label = f"erased-user-{user.pk}"
    assert AccessLogEntry.objects.filter(actor_label=label, actor=None).count() == rows
    assert not AccessLogEntry.objects.filter(actor_label="p1@family.example").exists()
    erase = AccessLogEntry.objects.get(action="account_erase")
    assert label in erase.detail and "SAR-123" in erase.detail
    # The log is still append-only for everything else.
    with pytest.raises(PermissionError):
        AccessLogEntry.objects.all().update(detail="x")


def test_deleting_an_account_any_other_way_also_pseudonymises_its_log_rows(world):
    user = world.p2.user
    pk = user.pk
    audit_allowed(actor=user, action="case_view", obj=world.a1)
    user.delete()
    assert AccessLogEntry.objects.filter(actor_label=f"erased-user-{pk}").exists()
    assert not AccessLogEntry.objects.filter(actor_label="p2@family.example").exists()


def test_staff_accounts_are_not_erased_this_way(world):
    with pytest.raises(Exception, match="staff account"):
        person_erase(user=world.wa)
    with pytest.raises(CommandError):
        call_command("erase_person", "wa@la-a.example", "--yes")


def test_documents_left_with_nobody_to_share_with_are_deleted_after_the_set_time(world, settings):
    settings.PORTAL_UNSHARED_UPLOAD_HOURS = 72
    path = world.d1.current_version.file.path
    person_erase(user=world.p1.user)  # D1 was shared with P1 only
    now = timezone.now()

    assert documents_expire_unshared(now=now) == 0  # first seen unshared: marked, kept
    world.d1.refresh_from_db()
    assert world.d1.unshared_since == now
    assert documents_expire_unshared(now=now + timedelta(hours=71)) == 0
    assert documents_expire_unshared(now=now + timedelta(hours=73)) == 1

    assert not SharedDocument.objects.filter(pk=world.d1.pk).exists()
    assert not os.path.exists(path)
    entry = AccessLogEntry.objects.get(action="document_expired")
    assert entry.object_id == str(world.d1.public_id)
    # Documents still shared with someone are never touched.
    assert SharedDocument.objects.filter(pk=world.d_yp.pk).exists()


def test_demo_totp_code_prints_codes_only_for_demo_accounts_with_debug_on(world, settings, capsys):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("demo_totp_code", "wa@la-a.example")
    settings.DEBUG = True
    call_command("demo_totp_code", "wa@la-a.example")
    assert capsys.readouterr().out.strip() == totp_code(builders.DEMO_TOTP_SECRET)
    other = builders.staff_get_or_build(
        authority=world.authority_a, email="real@la-a.example", role="worker", mfa=False
    )
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(other, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    with pytest.raises(CommandError):
        call_command("demo_totp_code", "real@la-a.example")
    with pytest.raises(CommandError):
        call_command("demo_totp_code", "p1@family.example")
