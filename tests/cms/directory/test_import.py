"""import_openreferral: checked first, all or nothing, idempotent, and a true round trip."""

import copy
import json

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from cms.directory.models import FamilySupportTeam, Organisation, Service, ServicePhone, ServiceSchedule
from cms.directory.openreferral_import import ImportFailed, openreferral_services_import
from cms.directory.seed import directory_seed

from .builders import service_build


def export_all(client):
    """Every live service in full, as the API serves it."""
    listing = client.get("/openreferral/services", {"per_page": 200}).json()
    return [client.get(f"/openreferral/services/{item['id']}").json() for item in listing["contents"]]


@pytest.fixture
def exported(authority_a, authority_b):
    directory_seed(authorities=[authority_a, authority_b])
    service_build(
        "Shared everything",
        authorities=[authority_a, authority_b],
        categories=["advocacy", "legal-advice"],
        phones=[("01632 960 901", "Main"), ("01632 960 902", "")],
        times=[("SA,SU", "10:00", "12:30")],
        languages="English, Welsh",
        accessibility="Step-free.",
        schedule_description="Closed at Christmas.",
        email="hello@example.org",
        cost=Service.Cost.PAID,
    )
    return export_all(Client())


def _delete_directory():
    Service.objects.all().delete()
    Organisation.objects.all().delete()


def test_round_trip_export_import_export_gives_the_same_data(exported):
    _delete_directory()
    assert not Service.objects.exists()
    result = openreferral_services_import(exported)
    assert len(result.created) == len(exported) == 8 + 2 * 6 + 1
    assert export_all(Client()) == exported


def test_import_is_idempotent(exported, tmp_path):
    path = tmp_path / "services.json"
    path.write_text(json.dumps(exported))
    before = {
        "services": Service.objects.count(),
        "phones": sorted(ServicePhone.objects.values_list("uuid", flat=True)),
        "times": sorted(ServiceSchedule.objects.values_list("uuid", flat=True)),
        "revisions": sum(service.revisions.count() for service in Service.objects.all()),
    }
    call_command("import_openreferral", str(path))
    call_command("import_openreferral", str(path))
    after = {
        "services": Service.objects.count(),
        "phones": sorted(ServicePhone.objects.values_list("uuid", flat=True)),
        "times": sorted(ServiceSchedule.objects.values_list("uuid", flat=True)),
        "revisions": sum(service.revisions.count() for service in Service.objects.all()),
    }
    assert after == before  # nothing changed, so not even a new revision
    assert export_all(Client()) == exported


def test_import_updates_by_id(exported):
    changed = copy.deepcopy(exported[0])
    changed["name"] = "A new name"
    changed["phones"] = [{"id": "0b7e3c1c-5f56-4f43-9e8e-0b1c2d3e4f50", "number": "0808 000 0000"}]
    result = openreferral_services_import([changed])
    assert result.updated == [changed["id"]]
    service = Service.objects.get(uuid=changed["id"])
    assert service.name == "A new name"
    assert [phone.number for phone in service.phones.all()] == ["0808 000 0000"]
    assert service.live and service.latest_revision is not None and not service.has_unpublished_changes


def test_accepts_a_single_service_a_list_or_a_page(exported, tmp_path):
    _delete_directory()
    single, page = tmp_path / "one.json", tmp_path / "page.json"
    single.write_text(json.dumps(exported[0]))
    page.write_text(json.dumps({"total_items": 2, "contents": exported[1:3]}))
    call_command("import_openreferral", str(single))
    call_command("import_openreferral", str(page))
    assert Service.objects.count() == 3


def test_a_bad_record_is_named_and_nothing_is_imported(exported, tmp_path, capsys):
    _delete_directory()
    records = copy.deepcopy(exported[:4])
    records[1]["status"] = "open"
    records[2]["schedules"] = [
        {"id": "6a1f1a86-5a3e-4f57-9c5f-1d0f0e2a3b4c", "byday": "MO", "opens_at": "25:00", "closes_at": "26:00"}
    ]
    del records[3]["name"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(records))
    with pytest.raises(CommandError, match="Nothing was imported: 4 problem"):
        call_command("import_openreferral", str(path))
    errors = capsys.readouterr().err
    assert f"Record 2 (id {records[1]['id']}): status: 'open' is not one of" in errors
    assert f"Record 3 (id {records[2]['id']}): schedules[0].opens_at: '25:00' is not a time like 09:30" in errors
    assert f"Record 3 (id {records[2]['id']}): schedules[0].closes_at: '26:00' is not a time like 09:30" in errors
    assert f"Record 4 (id {records[3]['id']}): name: is required" in errors
    assert not Service.objects.exists()  # record 1 was fine, but it is all or nothing
    assert not Organisation.objects.exists()


def test_problems_found_only_when_writing_also_undo_everything(exported):
    _delete_directory()
    records = copy.deepcopy(exported[:3])
    records[2]["url"] = "not a web address"  # the schema cannot check this; the model can
    with pytest.raises(ImportFailed) as failure:
        openreferral_services_import(records)
    assert [str(problem) for problem in failure.value.problems] == [
        f"Record 3 (id {records[2]['id']}): url: Enter a valid URL."
    ]
    assert not Service.objects.exists()


def test_service_areas_must_name_a_known_local_authority(exported):
    record = copy.deepcopy(exported[-1])
    record["service_areas"] = [{"id": "0c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "name": "Atlantis Council"}]
    with pytest.raises(ImportFailed) as failure:
        openreferral_services_import([record])
    assert "service_areas[0]: no local authority in the portal matches 'Atlantis Council'" in str(
        failure.value.problems[0]
    )


def test_the_command_fails_clearly_on_a_missing_or_broken_file(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_openreferral", str(tmp_path / "missing.json"))
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(CommandError, match="is not valid JSON"):
        call_command("import_openreferral", str(broken))


def test_seed_twice_changes_nothing(authority_a, authority_b):
    first = directory_seed(authorities=[authority_a, authority_b])
    assert len(first.created) == 8 + 2 * 6
    snapshot = export_all(Client())
    teams = list(FamilySupportTeam.objects.values())
    assert directory_seed(authorities=[authority_a, authority_b]) is None
    assert export_all(Client()) == snapshot
    assert list(FamilySupportTeam.objects.values()) == teams


def test_seeded_local_services_are_clearly_fictional(authority_a, authority_b):
    directory_seed(authorities=[authority_a, authority_b])
    local = Service.objects.filter(authorities__isnull=False).distinct()
    assert local.count() == 12
    for service in local:
        assert service.name.endswith("(fictional)")
        assert ".example.org" in service.url
        for phone in service.phones.all():
            digits = phone.number.replace(" ", "")
            assert digits.startswith("01632") and 960000 <= int(digits[5:]) <= 960999
    for team in FamilySupportTeam.objects.all():
        assert "(fictional)" in team.team_name
        assert 960000 <= int(team.phone.replace(" ", "")[5:]) <= 960999
    national = Service.objects.filter(authorities__isnull=True)
    assert {service.assurer_email for service in national} == {"content@family-portal.invalid"}
    assert national.get(name="Family Rights Group advice line").phones.get().number == "0808 801 0366"
    checker = national.get(name__startswith="Civil Legal Advice")
    assert checker.means_test and "not the first step" in checker.description
