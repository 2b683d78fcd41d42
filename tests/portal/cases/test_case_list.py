"""The worker's case list shows open cases; closed ones are one click away, still in the council."""

import pytest
from django.utils import timezone

from portal.cases.services import case_create

pytestmark = pytest.mark.django_db


def test_the_list_shows_open_cases_and_closed_ones_on_request(client, worker_a, authority_a, case_a, case_b):
    closed = case_create(
        authority=authority_a, reference="OLD-001", family_name="The Oldham family", created_by=worker_a
    )
    closed.closed_at = timezone.now()
    closed.save(update_fields=["closed_at"])
    client.force_login(worker_a)
    html = client.get("/admin/cases/").content.decode()
    assert "The Ashby family" in html and "The Oldham family" not in html
    assert "Show closed cases" in html
    closed_list = client.get("/admin/cases/", {"closed": "1"}).content.decode()
    assert "The Oldham family" in closed_list and "The Ashby family" not in closed_list
    assert "The Bramley family" not in closed_list  # another council's
    assert client.get(f"/admin/cases/{closed.pk}/").status_code == 200  # a closed case still opens
