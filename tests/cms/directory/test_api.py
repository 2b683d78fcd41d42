"""The Open Referral UK API: every response validates against the UK profile's own schemas.

The schemas are the UK profile's files, copied unchanged into tests/cms/directory/schemas/ (with
their licence) so these tests need nothing outside the repository. Responses are checked against
the OpenAPI description's response schemas, whose $refs (to the compiled service, the service
list item, taxonomy and taxonomy term) resolve to those local copies.
"""

import datetime

import pytest

from cms.directory.models import Service, Taxonomy, TaxonomyTerm

from .builders import service_build
from .schema_validation import openapi_validator, schema_validator

PAGE_KEYS = {"total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"}


def assert_valid(validator, data):
    errors = sorted(validator.iter_errors(data), key=lambda error: list(error.absolute_path))
    assert not errors, "\n".join(f"{list(error.absolute_path)}: {error.message}" for error in errors)


def assert_valid_page(path, data):
    assert set(data) == PAGE_KEYS
    assert_valid(openapi_validator(path), data)


def get_json(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    return response.json()


def test_service_list_is_a_valid_page_of_services(client, services):
    data = get_json(client, "/openreferral/services")
    assert_valid_page("/services", data)
    names = [service["name"] for service in data["contents"]]
    # Every live service, whatever its status or area; drafts never.
    assert "Ashford Closed Service" in names
    assert "Bramley Children Law Solicitors" in names
    assert "Ashford Draft Service" not in names
    assert data["total_items"] == 7 and data["empty"] is False


def test_service_list_pages(client, services):
    first = get_json(client, "/openreferral/services", per_page=3)
    assert (first["total_pages"], first["page_number"], first["size"]) == (3, 1, 3)
    assert first["first_page"] and not first["last_page"]
    last = get_json(client, "/openreferral/services", per_page=3, page=3)
    assert (last["size"], last["last_page"]) == (1, True)
    seen = {
        s["id"] for p in (1, 2, 3) for s in get_json(client, "/openreferral/services", per_page=3, page=p)["contents"]
    }
    assert len(seen) == 7
    assert_valid_page("/services", get_json(client, "/openreferral/services", page=9))


def test_an_empty_directory_is_a_valid_empty_page(client, db):
    data = get_json(client, "/openreferral/services")
    assert_valid_page("/services", data)
    assert data["empty"] is True and data["contents"] == [] and data["total_pages"] == 1


def test_service_detail_is_a_valid_full_service(client, services):
    service = services["solicitor_a"]
    data = get_json(client, f"/openreferral/services/{service.uuid}")
    assert_valid(openapi_validator("/services/{id}"), data)
    for phone in data["phones"]:  # HSDS 3.0 service phones, checked against the profile's phone schema
        assert_valid(schema_validator("phone.json"), phone)
    assert data["id"] == str(service.uuid)
    assert data["organization"]["id"] == str(service.organisation.uuid)
    assert data["phones"][0]["number"] == "01632 960 501"
    assert data["schedules"][0] | {"id": None, "service_id": None} == {
        "id": None,
        "service_id": None,
        "freq": "WEEKLY",
        "byday": "MO,TU,WE,TH,FR",
        "opens_at": "09:30",
        "closes_at": "17:00",
    }
    assert data["service_areas"][0]["name"] == "Ashford Test Council"
    assert data["service_areas"][0]["uri"] == "urn:family-portal:local-authority:la-a"
    assert data["cost_options"][0]["option"] == "Legal aid"
    assert data["eligibility_description"] == "Parents who have a letter before proceedings."
    assert [attribute["taxonomy_term"]["name"] for attribute in data["attributes"]] == ["Legal advice"]
    datetime.datetime.fromisoformat(data["last_modified"])  # the schema's date-time format


def test_ids_are_stable(client, services):
    url = f"/openreferral/services/{services['advice_line'].uuid}"
    assert get_json(client, url) == get_json(client, url)


def test_a_national_service_has_england_as_its_area(client, services):
    data = get_json(client, f"/openreferral/services/{services['advice_line'].uuid}")
    assert [area["name"] for area in data["service_areas"]] == ["England"]
    assert data["cost_options"][0]["amount"] == 0


def test_a_draft_or_unknown_service_is_404(client, services):
    assert client.get(f"/openreferral/services/{services['draft_a'].uuid}").status_code == 404
    assert client.get("/openreferral/services/5c4d79d7-cc55-470e-9f1f-8cad074e4892").status_code == 404


def test_filter_by_taxonomy_term(client, services):
    term = TaxonomyTerm.objects.get(slug="family-support")
    data = get_json(client, "/openreferral/services", taxonomy_term_id=str(term.uuid))
    assert_valid_page("/services", data)
    assert sorted(s["name"] for s in data["contents"]) == ["Ashford Family Hub", "Family Rights advice line"]


def test_filter_by_area_gives_what_is_available_there(client, services):
    names = {s["name"] for s in get_json(client, "/openreferral/services", area="la-b")["contents"]}
    assert names == {
        "Bramley Children Law Solicitors",
        "Family Rights advice line",
        "Legal aid checker",
        "Talk to us helpline",
    }
    names = {s["name"] for s in get_json(client, "/openreferral/services", area="national")["contents"]}
    assert names == {"Family Rights advice line", "Legal aid checker", "Talk to us helpline"}


@pytest.mark.parametrize(
    "params",
    [{"area": "nowhere"}, {"taxonomy_term_id": "not-a-uuid"}, {"page": "0"}, {"per_page": "x"}],
)
def test_bad_parameters_are_a_json_400(client, services, params):
    response = client.get("/openreferral/services", params)
    assert response.status_code == 400
    assert "detail" in response.json()


def test_taxonomies_and_terms_are_valid(client, db):
    data = get_json(client, "/openreferral/taxonomies")
    assert_valid_page("/taxonomies", data)
    taxonomy = Taxonomy.objects.get()
    detail = get_json(client, f"/openreferral/taxonomies/{taxonomy.uuid}")
    assert_valid(openapi_validator("/taxonomies/{id}"), detail)
    assert [term["name"] for term in detail["taxonomy_terms"]][:2] == ["Legal advice", "Family support"]
    terms = get_json(client, "/openreferral/taxonomy_terms", per_page=100)
    assert_valid_page("/taxonomy_terms", terms)
    assert terms["total_items"] == 8
    term = TaxonomyTerm.objects.get(slug="advocacy")
    assert_valid(
        openapi_validator("/taxonomy_terms/{id}"), get_json(client, f"/openreferral/taxonomy_terms/{term.uuid}")
    )


def test_the_api_is_read_only(client, services):
    assert client.post("/openreferral/services").status_code == 405
    assert Service.objects.count() == 8


def test_every_seeded_service_validates(client, authority_a, authority_b):
    from cms.directory.seed import directory_seed

    directory_seed(authorities=[authority_a, authority_b])
    data = get_json(client, "/openreferral/services", per_page=200)
    assert_valid_page("/services", data)
    for summary in data["contents"]:
        detail = get_json(client, f"/openreferral/services/{summary['id']}")
        assert_valid(openapi_validator("/services/{id}"), detail)
        for phone in detail.get("phones", []):
            assert_valid(schema_validator("phone.json"), phone)


def test_a_service_with_everything_validates(client, authority_a):
    service = service_build(
        "Everything",
        authorities=[authority_a],
        categories=["advocacy"],
        phones=[("01632 960 111", "Main")],
        times=[("SA,SU", "10:00", "12:30")],
        languages="English, Welsh",
        accessibility="Step-free.",
        schedule_description="Closed at Christmas.",
        email="hello@example.org",
        cost=Service.Cost.PAID,
    )
    data = get_json(client, f"/openreferral/services/{service.uuid}")
    assert_valid(openapi_validator("/services/{id}"), data)
    assert [language["name"] for language in data["languages"]] == ["English", "Welsh"]
    assert data["service_at_locations"][0]["location"]["accessibility"][0]["description"] == "Step-free."
    assert data["schedules"][-1]["description"] == "Closed at Christmas."
