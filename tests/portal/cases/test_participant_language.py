"""A worker can say which language a new family member reads (#19): it is kept on the new account
and their invitation goes out in it. An account that already exists keeps its owner's choice, and
the worker sees the same answer either way."""

import pytest
from django.core import mail
from django.urls import reverse

from portal.accounts.models import User

pytestmark = pytest.mark.django_db


def add(client, world, email, language):
    return client.post(
        reverse("cases:participant_add", args=[world.a1.pk]),
        {"first_name": "Ola", "last_name": "", "email": email, "role": "parent", "language": language},
    )


def test_a_new_family_member_gets_their_invitation_in_the_language_the_worker_chose(
    client, world, django_capture_on_commit_callbacks
):
    client.force_login(world.wa)
    with django_capture_on_commit_callbacks(execute=True):
        assert add(client, world, "ola@family.example", "pl").status_code == 302
    assert User.objects.get(email="ola@family.example").language == "pl"
    invitation = mail.outbox[-1]
    assert invitation.subject == "Family court help: Twoje konto jest gotowe"
    assert "/accounts/login/code/" in invitation.body


def test_an_existing_account_keeps_its_owners_own_language(client, world, django_capture_on_commit_callbacks):
    world.pa2.user.language = "ro"
    world.pa2.user.save(update_fields=["language"])
    client.force_login(world.wa)
    with django_capture_on_commit_callbacks(execute=True):
        assert add(client, world, world.pa2.user.email, "ur").status_code == 302
    world.pa2.user.refresh_from_db()
    assert world.pa2.user.language == "ro"
    join = mail.outbox[-1]  # the link to accept, in the owner's own language
    assert join.to == [world.pa2.user.email]
    assert join.subject == "Family court help: Ați fost invitat să vedeți cazul unei familii"
    assert "/my-family/join/" in join.body


def test_an_unknown_language_changes_nothing(client, world):
    client.force_login(world.wa)
    response = add(client, world, "ola@family.example", "xx")
    assert response.status_code == 200
    assert not User.objects.filter(email="ola@family.example").exists()
