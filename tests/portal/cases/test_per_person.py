"""Per person, not per case (#16): each family member sees their own contacts and, for young people,
their own version of the stage notes. The worker says whose each contact is, and writes the notes."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from portal.cases.family_page import contact_label
from portal.cases.models import CaseContact, Participant
from portal.cases.services import case_contact_save, case_create, case_stage_change

from .workspace_builders import add_family_member, url

pytestmark = pytest.mark.django_db


def contacts_seen(client, participant):
    """The family member's who's who contacts, as {label: name and details} from their case page."""
    client.force_login(participant.user)
    response = client.get(reverse("family:case", args=[participant.case.public_id]))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = soup.select("#who ~ dl.govuk-summary-list .govuk-summary-list__row")
    return {row.find("dt").get_text(strip=True): row.find("dd").get_text(" ", strip=True) for row in rows}


def timeline(client, participant):
    client.force_login(participant.user)
    html = client.get(reverse("family:case", args=[participant.case.public_id])).content.decode()
    return html[html.index('id="timeline"') :]


def add_contact(world, name, role=CaseContact.Role.SOLICITOR, for_participant=None):
    return case_contact_save(
        case=world.a1, saved_by=world.wa, role=role, name=name, phone="01632 960 100", for_participant=for_participant
    )


# The family's side: contacts --------------------------------------------------------------------------


def test_a_young_person_does_not_see_a_parents_solicitor(client, world):
    add_contact(world, "Priya Shah", for_participant=world.p1)

    seen = contacts_seen(client, world.yp)

    assert not any("Priya Shah" in text for text in seen.values())
    assert "Your solicitor" not in seen


def test_a_parent_sees_their_own_solicitor_as_yours_and_not_the_other_parents(client, world):
    add_contact(world, "Priya Shah", for_participant=world.p1)
    add_contact(world, "Daniel Hughes", for_participant=world.p2)

    pat, sam = contacts_seen(client, world.p1), contacts_seen(client, world.p2)

    assert pat["Your solicitor"].startswith("Priya Shah")
    assert not any("Daniel Hughes" in text for text in pat.values())
    assert sam["Your solicitor"].startswith("Daniel Hughes")
    assert not any("Priya Shah" in text for text in sam.values())


def test_whole_family_contacts_are_seen_by_everyone_in_the_family_in_their_own_words(client, world):
    add_contact(world, "Grace Obi", role=CaseContact.Role.GUARDIAN)
    add_contact(world, "Ben Carter", role=CaseContact.Role.CHILDS_SOLICITOR)
    add_contact(world, "Fay Law")  # a solicitor for the whole family: "Solicitor" alone would not say whose
    add_contact(world, "Priya Shah", for_participant=world.p1)

    for participant in (world.p1, world.p2, world.yp):
        seen = contacts_seen(client, participant)
        assert seen["Children's guardian"].startswith("Grace Obi")
        assert seen["Child's solicitor"].startswith("Ben Carter")
        assert seen["Solicitor for the family"].startswith("Fay Law")
    assert not any("Grace Obi" in text for text in contacts_seen(client, world.pa2).values())  # another case


@pytest.mark.parametrize(
    ("role", "own", "participant_role", "expected"),
    [
        ("solicitor", True, "parent", "Your solicitor"),
        ("solicitor", True, "young_person", "Your solicitor"),
        ("childs_solicitor", True, "young_person", "Your solicitor"),
        ("childs_solicitor", True, "parent", "Your child's solicitor"),
        ("guardian", True, "young_person", "Your guardian"),
        ("advocate", True, "other", "Your advocate"),
        ("solicitor", False, "young_person", "Solicitor for the family"),
        ("guardian", False, "parent", "Children's guardian"),
        ("childs_solicitor", False, "young_person", "Child's solicitor"),
        ("advocate", False, "parent", "Advocate"),
    ],
)
def test_a_contacts_role_is_worded_for_the_reader(role, own, participant_role, expected):
    participant = Participant(pk=7, role=participant_role)
    contact = CaseContact(role=role, for_participant_id=7 if own else None)
    assert str(contact_label(contact=contact, participant=participant)) == expected


# The family's side: stage notes -----------------------------------------------------------------------


def test_young_people_read_their_version_of_the_stage_notes_and_parents_the_grown_ups(client, world):
    now = timezone.now()
    world.a1.stage_changes.update(changed_at=now - timedelta(days=20))
    case_stage_change(
        case=world.a1,
        stage="pre_proceedings_meeting",
        changed_by=world.wa,
        changed_at=now - timedelta(days=9),
        note="We met with your solicitor and agreed a plan.",
        note_young_people="Your parents met us and we made a plan together.",
    )
    case_stage_change(  # no young people's version: everyone reads this one
        case=world.a1,
        stage="assessments",
        changed_by=world.wa,
        changed_at=now - timedelta(days=5),
        note="The parenting assessment has started.",
    )
    case_stage_change(  # the same stage again, to add a note: gathered into the current stage's entry
        case=world.a1,
        stage="assessments",
        changed_by=world.wa,
        changed_at=now - timedelta(days=2),
        note="Your grandmother will be assessed too.",
        note_young_people="Your gran wants to help as well.",
    )

    parent, young = timeline(client, world.p1), timeline(client, world.yp)

    for text in ("We met with your solicitor", "The parenting assessment has started.", "grandmother"):
        assert text in parent
    for text in ("Your parents met us", "Your gran wants to help as well."):
        assert text not in parent
    for text in ("Your parents met us", "The parenting assessment has started.", "Your gran wants to help as well."):
        assert text in young
    for text in ("We met with your solicitor", "grandmother"):
        assert text not in young
    # The current stage is one entry, with the young person's notes in order.
    assert young.count('<h3 class="moj-timeline__title">Assessments and reviews</h3>') == 1
    assert young.index("The parenting assessment has started.") < young.index("Your gran wants to help as well.")


# The worker's side ------------------------------------------------------------------------------------


@pytest.fixture
def other_case_member(authority_a, worker_a):
    """A family member of another case in the same council, which the same worker can open."""
    other = case_create(authority=authority_a, reference="CED-001", family_name="The Cedar family", created_by=worker_a)
    return add_family_member(other, email="cy@family.example", first_name="Cy", added_by=worker_a)


def test_the_contact_form_offers_the_whole_family_or_one_of_this_familys_members(
    client, worker_a, case_a, parent_a, young_a, other_case_member
):
    client.force_login(worker_a)
    html = client.get(url("contact_add", case_a)).content.decode()
    assert "Whose contact is this?" in html
    for choice in ("The whole family", "Pat Family (Parent or carer)", "Jo Family (Young person)"):
        assert choice in html
    assert "Cy Family" not in html

    response = client.post(
        url("contact_add", case_a), {"for_participant": parent_a.pk, "role": "solicitor", "name": "Priya Shah"}
    )
    assert response.status_code == 302
    assert CaseContact.objects.get(case=case_a).for_participant == parent_a
    workspace = client.get(url("workspace", case_a)).content.decode()
    assert "Pat Family&#x27;s solicitor" in workspace or "Pat Family's solicitor" in workspace


def test_the_contact_form_refuses_a_family_member_of_another_case(client, worker_a, case_a, other_case_member):
    client.force_login(worker_a)
    response = client.post(
        url("contact_add", case_a), {"for_participant": other_case_member.pk, "role": "solicitor", "name": "Sly"}
    )
    assert response.status_code == 200
    assert "Nothing was saved" in response.content.decode()
    assert not CaseContact.objects.exists()


def test_the_contact_service_refuses_a_family_member_of_another_case(worker_a, case_a, other_case_member):
    with pytest.raises(ValidationError) as error:
        case_contact_save(
            case=case_a, saved_by=worker_a, role="solicitor", name="Sly", for_participant=other_case_member
        )
    assert error.value.message_dict == {"for_participant": ["Choose someone in this family, or the whole family."]}
    assert not CaseContact.objects.exists()


def test_the_workspace_says_whose_contact_each_is(client, worker_a, case_a, parent_a):
    case_contact_save(case=case_a, saved_by=worker_a, role="solicitor", name="Priya Shah", for_participant=parent_a)
    case_contact_save(case=case_a, saved_by=worker_a, role="guardian", name="Grace Obi")
    client.force_login(worker_a)
    soup = BeautifulSoup(client.get(url("workspace", case_a)).content, "html.parser")
    rows = {
        row.find_all("td")[1].get_text(strip=True): row.find("td").get_text(" ", strip=True)
        for row in soup.select("#whos-who-heading ~ table tbody tr")
    }
    assert rows == {"Priya Shah": "Pat Family's solicitor", "Grace Obi": "Children's guardian For the whole family"}


def test_the_stage_form_saves_a_note_for_young_people(client, worker_a, case_a):
    client.force_login(worker_a)
    form = client.get(url("stage", case_a)).content.decode()
    assert "Note for young people" in form
    assert "If you leave this empty, young people read the note above." in form

    response = client.post(
        url("stage", case_a),
        {
            "stage": "pre_proceedings_meeting",
            "note": "We will meet on Monday with your solicitor.",
            "note_young_people": "  Your parents will meet us on Monday.  ",
        },
    )

    assert response.status_code == 302
    change = case_a.stage_changes.first()
    assert (change.note, change.note_young_people) == (
        "We will meet on Monday with your solicitor.",
        "Your parents will meet us on Monday.",
    )
