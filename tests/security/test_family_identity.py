"""Issue 14, part 2: one person, one identity, no leaks between councils.

Adding a person by email never tells the worker whether the address already has an account, or
the name it holds; an existing account joins a case only when its owner signs in and accepts; and
nobody who can open the admin can be a family member.
"""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.guidance.groups import NATIONAL_EDITORS
from portal.authorities.roles import editor_group_name, moderator_group_name
from portal.cases.models import CaseInvitation, Participant
from portal.demo import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def add(client, django_capture_on_commit_callbacks):
    """The worker's "Add a family member" form; the invitation is emailed as the transaction commits."""

    def add(case, email, first_name="Kim"):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse("cases:participant_add", args=[case.pk]),
                {"first_name": first_name, "last_name": "", "email": email, "role": "parent"},
                follow=True,
            )

    return add


def _family_table(html):
    return html.split('id="family-heading"')[1].split("</table>")[0]


def _form_fields(html):
    """The hidden fields a browser would send back (the form's one-off token)."""
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', html))


def _join_link(message):
    return re.search(r"https?://[^/\s]+(/my-family/join/[^\s]+/)", message.body).group(1)


def test_adding_an_address_looks_the_same_whether_or_not_it_has_an_account(client, add, world, mailoutbox):
    world.pb1.user.first_name = "Bartholomew"  # the name council B holds
    world.pb1.user.save()
    client.force_login(world.wa)
    new = add(world.a2, "kim.new@family.example").content.decode()
    known = add(world.a1, "PB1@family.example").content.decode()
    for html, email in ((new, "kim.new@family.example"), (known, "pb1@family.example")):
        assert "Kim has been added and sent an invitation." in html
        table = _family_table(html).replace(email, "EMAIL")
        assert re.search(r"<td>Kim</td>\s*<td>EMAIL</td>\s*<td>Parent or carer</td>\s*<td>\d", table), table
        assert "Bartholomew" not in html
    assert "already" not in known and "cannot be used" not in known
    # One email to each; neither names a person, council or case.
    assert [m.to for m in mailoutbox] == [["kim.new@family.example"], ["pb1@family.example"]]
    for message in mailoutbox:
        for secret in ("Kim", "Bartholomew", "Ashford", "A1 family", "A2 family"):
            assert secret not in f"{message.subject}\n{message.body}"
    # The known account is not in the case until its owner accepts.
    assert not Participant.objects.filter(case=world.a1, user=world.pb1.user).exists()


def test_an_existing_account_joins_only_when_its_owner_accepts(client, add, world, mailoutbox):
    client.force_login(world.wa)
    add(world.a1, "pb1@family.example")
    link = _join_link(mailoutbox[0])
    case_url = reverse("family:case", args=[world.a1.public_id])
    client.force_login(world.pb1.user)
    assert client.get(case_url).status_code == 404
    page = client.get(link)
    assert page.status_code == 200
    assert "Ashford Test Council has invited you" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    response = client.post(link, _form_fields(page.content.decode()))
    assert response.status_code == 302 and response["Location"] == case_url
    participant = Participant.objects.get(case=world.a1, user=world.pb1.user)
    assert participant.role == "parent"
    assert client.get(case_url).status_code == 200
    # The link is used up; the worker's list shows the person once.
    assert client.get(link).status_code == 404
    client.force_login(world.wa)
    table = _family_table(client.get(reverse("cases:workspace", args=[world.a1.pk])).content.decode())
    assert table.count("pb1@family.example") == 1


def test_the_link_works_for_nobody_else_and_not_for_ever(client, add, world, mailoutbox):
    client.force_login(world.wa)
    add(world.a1, "pb1@family.example")
    link = _join_link(mailoutbox[0])
    client.force_login(world.pa2.user)  # someone else with the link (a forwarded email)
    assert client.get(link).status_code == 404
    assert client.post(link).status_code == 404
    client.force_login(world.pb1.user)
    CaseInvitation.objects.update(invited_at=timezone.now() - timedelta(days=CaseInvitation.VALID_DAYS + 1))
    assert client.post(link).status_code == 404
    assert not Participant.objects.filter(case=world.a1, user__in=[world.pa2.user, world.pb1.user]).exists()


@pytest.mark.parametrize("who", ["worker of B", "editor of B", "moderator of A", "national editor"])
def test_nobody_who_can_open_the_admin_becomes_a_family_member(client, add, world, who, mailoutbox):
    if who == "worker of B":
        user = world.wb
    else:
        group = {
            "editor of B": editor_group_name(world.authority_b),
            "moderator of A": moderator_group_name(world.authority_a),
            "national editor": NATIONAL_EDITORS,
        }[who]
        user = builders.user_get_or_build(email="reaches.admin@example.org", groups=[group])
    client.force_login(world.wa)
    html = add(world.a1, user.email.upper()).content.decode()
    # The worker sees what they see for anyone: nothing says what kind of account this is.
    assert "Kim has been added and sent an invitation." in html
    link = _join_link(mailoutbox[0])
    client.force_login(user)
    page = client.get(link).content.decode()
    assert "cannot also be used for a family" in page
    client.post(link, _form_fields(page))
    assert not Participant.objects.filter(user=user).exists()
