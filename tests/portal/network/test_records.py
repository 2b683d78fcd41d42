"""A family member's subject access export holds what they wrote about their network and to their
worker, and never the workers' side (assessment, the reason someone is not to be contacted)."""

import json

import pytest
from django.core.management import call_command

from portal.network import services

pytestmark = pytest.mark.django_db


def export(capsys, email):
    call_command("export_person_data", email)
    return json.loads(capsys.readouterr().out)


def test_each_person_gets_what_they_wrote_and_nothing_of_the_workers_side(world, capsys):
    kim = services.network_person_add(participant=world.p1, name="Kim", connection="my sister", offers=["lifts"])
    services.network_person_worker_save(
        case=world.a1,
        saved_by=world.wa,
        person=kim,
        assessment="negative",
        do_not_contact=True,
        do_not_contact_reason="Marker-Reason",
    )
    services.voice_add(participant=world.yp, kind="wish", text="Marker-YP-Words")

    p1 = export(capsys, "p1@family.example")
    listed = p1["cases"][0]["family_network_you_listed"]
    assert [(row["name"], row["offers"]) for row in listed] == [("Kim", ["lifts"])]
    text = json.dumps(p1)
    assert "Marker-Reason" not in text and "negative" not in text and "Marker-YP-Words" not in text

    yp = export(capsys, "yp@family.example")
    assert [row["text"] for row in yp["cases"][0]["your_words_to_your_worker"]] == ["Marker-YP-Words"]
    assert "Kim" not in json.dumps(yp)
