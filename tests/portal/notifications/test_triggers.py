"""Who is told about what: each service tells exactly the family members the change is for."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from portal.cases.services import case_stage_change, key_date_save
from portal.demo.pdf import make_pdf
from portal.documents.services import document_add_version, document_recipients_set
from portal.notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(world, _world_for_the_module):
    Notification.objects.all().delete()
    return world


def told(reason):
    return set(Notification.objects.filter(reason=reason).values_list("recipient__email", flat=True))


def test_a_stage_change_tells_every_family_member_of_the_case(world):
    case_stage_change(case=world.a1, stage="assessments", changed_by=world.wa, note="Next step.")
    assert told("stage_changed") == {"p1@family.example", "p2@family.example", "yp@family.example"}


def test_a_key_date_is_told_when_added_and_moved_but_not_when_only_the_note_changes(world):
    when = timezone.now() + timedelta(days=10)
    key_date = key_date_save(case=world.a1, saved_by=world.wa, kind="meeting", title="Review", starts_at=when)
    assert len(told("key_date_added")) == 3
    key_date_save(case=world.a1, saved_by=world.wa, key_date=key_date, note="Bring your letter.")
    key_date_save(case=world.a1, saved_by=world.wa, key_date=key_date, starts_at=when)
    assert Notification.objects.filter(reason="key_date_moved").count() == 0
    key_date_save(case=world.a1, saved_by=world.wa, key_date=key_date, starts_at=when + timedelta(hours=2))
    assert len(told("key_date_moved")) == 3
    key_date_save(case=world.a1, saved_by=world.wa, key_date=key_date, by_video=True)
    assert Notification.objects.filter(reason="key_date_moved").count() == 6


def test_a_new_version_tells_the_current_recipients_only(world):
    upload = SimpleUploadedFile("v2.pdf", make_pdf("D1 letter", ["Version 2"]))
    document_add_version(document=world.d1, uploaded_file=upload, uploaded_by=world.wa)
    assert told("document_updated") == {"p1@family.example"}


def test_changing_recipients_tells_only_the_people_added(world):
    document_recipients_set(document=world.d1, recipients=[world.p1, world.p2], changed_by=world.wa)
    assert told("document_shared") == {"p2@family.example"}
    document_recipients_set(document=world.d1, recipients=[world.p2], changed_by=world.wa)
    assert Notification.objects.count() == 1
