"""See it as they see it: a worker previews one family member's case page, read only and logged."""

import pytest
from django.contrib.auth import get_user_model

from portal.audit.models import AccessLogEntry
from portal.cases.models import CaseInvitation
from portal.cases.services import case_contact_save, participant_add

from .workspace_builders import share, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def contacts(case_a, worker_a, parent_a, young_a):
    case_contact_save(case=case_a, saved_by=worker_a, role="solicitor", name="Priya Shah", for_participant=parent_a)
    case_contact_save(case=case_a, saved_by=worker_a, role="guardian", name="Grace Obi")
    case_contact_save(case=case_a, saved_by=worker_a, role="advocate", name="Ade Voice", for_participant=young_a)


def preview(client, worker, case, participant):
    client.force_login(worker)
    return client.get(url("participant_preview", case, participant.pk))


def test_the_preview_as_a_young_person_shows_only_her_documents_and_her_contacts(
    client, worker_a, case_a, parent_a, young_a, contacts
):
    share(case=case_a, title="Parent letter", recipients=[parent_a], shared_by=worker_a)
    share(case=case_a, title="A letter for Jo", recipients=[young_a], shared_by=worker_a)
    response = preview(client, worker_a, case_a, young_a)
    html = response.content.decode()
    assert response.status_code == 200
    assert "This is what Jo Family (Young person) sees" in html
    assert "A letter for Jo" in html
    assert "Parent letter" not in html  # shared with the parent only
    assert "Ade Voice" in html and "Grace Obi" in html
    assert "Priya Shah" not in html  # the parent's own solicitor
    assert '<div class="portal-preview" inert>' in html
    assert "no-store" in response["Cache-Control"]


def test_the_preview_as_a_parent_shows_theirs(client, worker_a, case_a, parent_a, young_a, contacts):
    share(case=case_a, title="Parent letter", recipients=[parent_a], shared_by=worker_a)
    html = preview(client, worker_a, case_a, parent_a).content.decode()
    assert "Parent letter" in html
    assert "Priya Shah" in html and "Your solicitor" in html
    assert "Ade Voice" not in html


def test_opening_a_preview_is_logged_like_any_access(client, worker_a, case_a, young_a):
    preview(client, worker_a, case_a, young_a)
    entry = AccessLogEntry.objects.get(action="family_preview")
    assert entry.actor_id == worker_a.pk
    assert entry.authority_id == case_a.authority_id


def test_nobody_previews_outside_their_scope(client, worker_a, worker_b, case_a, case_b, young_a, world_b):
    assert preview(client, worker_b, case_a, young_a).status_code == 404  # another council's worker
    # LA-A's own case address with LA-B's family member in it.
    assert preview(client, worker_a, case_a, world_b["parent"]).status_code == 404
    client.force_login(young_a.user)  # a family member never reaches the admin
    response = client.get(url("participant_preview", case_a, young_a.pk))
    assert response.status_code in (302, 404) and "Jo Family" not in response.content.decode()


def test_a_pending_invitation_previews_what_they_will_see_under_the_name_the_worker_typed(
    client, worker_a, case_a, parent_a, contacts
):
    share(case=case_a, title="Parent letter", recipients=[parent_a], shared_by=worker_a)
    get_user_model().objects.create_user(email="known@example.org", first_name="Secret", last_name="Name")
    participant_add(
        case=case_a, email="known@example.org", first_name="Kim", role="parent", added_by=worker_a, invite=False
    )
    invitation = CaseInvitation.objects.get(case=case_a)
    client.force_login(worker_a)
    html = client.get(url("invitation_preview", case_a, invitation.pk)).content.decode()
    assert "This is what Kim (Parent or carer) sees" in html
    assert "Secret" not in html  # never the account's own name
    assert "Grace Obi" in html  # the whole family's contacts
    assert "Parent letter" not in html and "Priya Shah" not in html


def test_the_family_table_offers_a_preview_for_each_person(client, worker_a, case_a, parent_a, young_a):
    client.force_login(worker_a)
    html = client.get(url("workspace", case_a)).content.decode()
    for person in (parent_a, young_a):
        assert url("participant_preview", case_a, person.pk) in html
