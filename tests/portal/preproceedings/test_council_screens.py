"""The LA admin's census screens: LA admins of the council only, the download private and audited."""

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.demo import builders
from portal.preproceedings.models import OutcomeCode

from .census_builders import child_add, council_case, period_add

pytestmark = pytest.mark.django_db
SCREENS = [
    "preproceedings_council:census",
    "preproceedings_council:census_download",
    "preproceedings_council:outcome_codes",
]


@pytest.fixture
def council(authority_a, authority_b):
    case, worker = council_case(authority=authority_a, reference="A1", worker_email="wa@la-a.example")
    child = child_add(case=case, first_name="Avaline", council_child_id="ASH-0001")
    period_add(child=child, decision_date=date(2026, 5, 1), step_decision_date=date(2026, 9, 1))
    family = builders.participant_get_or_build(case=case, email="p1@family.example", first_name="Pat", role="parent")
    return {
        "admin_a": builders.staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin"),
        "admin_b": builders.staff_get_or_build(authority=authority_b, email="ab@la-b.example", role="admin"),
        "worker": worker,
        "family": family.user,
        "authority": authority_a,
    }


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_la_admin_sees_the_readiness_report(council):
    response = client_for(council["admin_a"]).get(reverse(SCREENS[0]), {"year": 2026})
    assert response.status_code == 200
    text = response.content.decode()
    assert "Avaline" in text and "ASH-0001" in text and "Wendy Worker" in text
    assert AccessLogEntry.objects.filter(action="census_readiness_view", actor=council["admin_a"]).exists()


def test_the_download_is_a_private_attachment_and_audited(council):
    response = client_for(council["admin_a"]).get(reverse(SCREENS[1]), {"year": 2026})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert b"<LAchildID>ASH-0001</LAchildID>" in response.content
    assert b"Avaline" not in response.content
    entry = AccessLogEntry.objects.get(action="census_return_download")
    assert entry.actor == council["admin_a"]
    assert entry.authority == council["authority"]
    assert "2026" in entry.detail


@pytest.mark.parametrize("screen", SCREENS)
def test_a_worker_gets_404_and_a_log_row(council, screen):
    client = client_for(council["worker"])
    before = AccessLogEntry.objects.filter(outcome=AccessLogEntry.Outcome.DENIED).count()
    assert client.get(reverse(screen), {"year": 2026}).status_code == 404
    assert client.post(reverse(screen), {}).status_code == 404
    assert AccessLogEntry.objects.filter(outcome=AccessLogEntry.Outcome.DENIED).count() == before + 2


@pytest.mark.parametrize("screen", SCREENS)
def test_a_family_member_never_reaches_the_screens(council, screen):
    """Wagtail sends anyone without admin access to the sign-in page before any view runs."""
    client = client_for(council["family"])
    for response in (client.get(reverse(screen), {"year": 2026}), client.post(reverse(screen), {})):
        assert response.status_code in (302, 404)
        assert b"ASH-0001" not in response.content


@pytest.mark.parametrize("screen", SCREENS[:2])
def test_another_councils_admin_sees_only_their_own_council(council, screen):
    """No URL names a council: each admin's screens are their own council's, so LA B's admin finds
    nothing of LA A's there."""
    response = client_for(council["admin_b"]).get(reverse(screen), {"year": 2026})
    assert response.status_code == 200
    assert b"Avaline" not in response.content
    assert b"ASH-0001" not in response.content


def test_the_la_admin_corrects_an_outcome_label_but_not_its_code(council):
    client = client_for(council["admin_a"])
    page = client.get(reverse(SCREENS[2]))
    assert page.status_code == 200
    codes = list(OutcomeCode.objects.filter(authority=council["authority"]).order_by("code"))
    assert [code.code for code in codes] == ["A", "B", "C"]
    data = {"form-TOTAL_FORMS": "3", "form-INITIAL_FORMS": "3"}
    for number, code in enumerate(codes):
        data[f"form-{number}-code"] = "Z"  # ignored: the code is DfE's
        data[f"form-{number}-label"] = f"Confirmed meaning {code.code}"
        if code.code == "C":
            data[f"form-{number}-issues_proceedings"] = "on"
    assert client.post(reverse(SCREENS[2]), data).status_code == 302
    after = {
        code.code: (code.label, code.issues_proceedings)
        for code in OutcomeCode.objects.filter(authority=council["authority"])
    }
    assert after == {
        "A": ("Confirmed meaning A", False),
        "B": ("Confirmed meaning B", False),
        "C": ("Confirmed meaning C", True),
    }
    assert AccessLogEntry.objects.filter(action="outcome_codes_update", actor=council["admin_a"]).exists()


def test_a_blank_label_is_refused(council):
    client = client_for(council["admin_a"])
    client.get(reverse(SCREENS[2]))
    data = {
        "form-TOTAL_FORMS": "3",
        "form-INITIAL_FORMS": "3",
        "form-0-label": "",
        "form-1-label": "x",
        "form-2-label": "y",
    }
    assert client.post(reverse(SCREENS[2]), data).status_code == 200
    assert OutcomeCode.objects.get(authority=council["authority"], code="A").label != ""


def test_the_command_writes_the_return_and_prints_readiness(council, tmp_path, capsys):
    from django.core.management import call_command

    output = tmp_path / "census.xml"
    call_command("census_return", "la-a", "2026", "--output", str(output))
    assert b"<LAchildID>ASH-0001</LAchildID>" in output.read_bytes()
    call_command("census_return", "la-a", "2026", "--readiness")
    assert "ASH-0001 Avaline" in capsys.readouterr().out
