"""Fixtures for the staff workspace tests: one worker, case and family in LA-A, and LA-B's case with
everything in it that has its own workspace address."""

import pytest
from django.utils import timezone

from portal.authorities.roles import editor_group_name
from portal.cases.services import case_contact_save, case_create, key_date_save
from portal.demo.builders import user_get_or_build
from portal.documents.models import DocumentVersion

from .workspace_builders import add_family_member, make_worker, share


@pytest.fixture
def worker_a(authority_a):
    return make_worker(authority=authority_a, email="worker.a@la-a.example", first_name="Wendy")


@pytest.fixture
def colleague_a(authority_a):
    return make_worker(authority=authority_a, email="colleague.a@la-a.example", first_name="Carol")


@pytest.fixture
def worker_b(authority_b):
    return make_worker(authority=authority_b, email="worker.b@la-b.example", first_name="Will")


@pytest.fixture
def editor_a(authority_a):
    return user_get_or_build(email="editor@la-a.example", groups=[editor_group_name(authority_a)])


@pytest.fixture
def case_a(authority_a, worker_a):
    return case_create(
        authority=authority_a,
        reference="ASH-001",
        family_name="The Ashby family",
        children_first_names="Ava and Leo",
        created_by=worker_a,
    )


@pytest.fixture
def case_b(authority_b, worker_b):
    return case_create(
        authority=authority_b,
        reference="BRA-001",
        family_name="The Bramley family",
        children_first_names="Bea",
        created_by=worker_b,
    )


@pytest.fixture
def parent_a(case_a, worker_a):
    return add_family_member(case_a, email="pat@family.example", first_name="Pat", added_by=worker_a)


@pytest.fixture
def young_a(case_a, worker_a):
    return add_family_member(case_a, email="jo@family.example", first_name="Jo", role="young_person", added_by=worker_a)


@pytest.fixture
def document_a(case_a, parent_a, worker_a):
    return share(case=case_a, title="Letter before proceedings", recipients=[parent_a], shared_by=worker_a)


@pytest.fixture
def world_b(case_b, worker_b):
    """Everything in LA-B's case that has its own URL in the workspace."""
    parent_b = add_family_member(case_b, email="bo@family.example", first_name="Bo", added_by=worker_b)
    document_b = share(case=case_b, title="Bramley letter", recipients=[parent_b], shared_by=worker_b)
    key_date_b = key_date_save(
        case=case_b, saved_by=worker_b, kind="meeting", title="Review meeting", starts_at=timezone.now()
    )
    contact_b = case_contact_save(case=case_b, saved_by=worker_b, role="solicitor", name="Sol Icitor")
    return {"case": case_b, "parent": parent_b, "document": document_b, "key_date": key_date_b, "contact": contact_b}


@pytest.fixture
def stored_files(monkeypatch):
    """Names written to private storage during the test, to check none is left behind."""
    storage = DocumentVersion._meta.get_field("file").storage
    names = []
    original_save = storage.save

    def recording_save(name, content, *args, **kwargs):
        saved = original_save(name, content, *args, **kwargs)
        names.append(saved)
        return saved

    monkeypatch.setattr(storage, "save", recording_save)
    return storage, names
