"""The pages people wait on: the family's case page, the worker's case list and a case in the worker's
workspace. Each stays within its database budget with three cases in the councils and with two
thousand more, and makes exactly as many queries either way (issue #21).

The budgets are today's counts on this data: a change that adds a query to one of these pages has to
say so here. Each page is counted on its second view, so per-process caches are full.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal.tools.bulk import cases_bulk_add

pytestmark = pytest.mark.django_db

MANY = 2000
BUDGET = {"family case page": 11, "worker case list": 16, "worker case page": 32}


def _pages(world):
    family, staff = Client(), Client()
    family.force_login(world.p1.user)
    staff.force_login(world.wa)
    return {
        "family case page": (family, reverse("family:case", args=[world.a1.public_id])),
        "worker case list": (staff, reverse("cases:index")),
        "worker case page": (staff, reverse("cases:workspace", args=[world.a1.pk])),
    }


def _counted(pages, assert_max):
    """{page: its queries}, each within its budget."""
    counts = {}
    for name, (client, url) in pages.items():
        assert client.get(url).status_code == 200  # warm
        with assert_max(BUDGET[name]), CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        counts[name] = [query["sql"] for query in captured]
    return counts


def test_each_page_keeps_to_its_budget_with_three_cases_and_with_thousands(world, django_assert_max_num_queries):
    pages = _pages(world)
    few = _counted(pages, django_assert_max_num_queries)
    cases_bulk_add(authority=world.authority_a, count=MANY, worker=world.wa)
    many = _counted(pages, django_assert_max_num_queries)
    assert {name: len(queries) for name, queries in many.items()} == {
        name: len(queries) for name, queries in few.items()
    }


def test_the_staff_membership_is_read_once_per_request(world):
    """Menus, search areas, the permission policy, the view and the branding all ask who the worker is."""
    pages = _pages(world)
    for name, (client, url) in pages.items():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        asked = [query["sql"] for query in captured if 'FROM "authorities_staffmembership"' in query["sql"]]
        assert len(asked) == 1, name


def test_the_case_list_reads_the_councils_open_cases_through_its_index(world):
    """The list's query and its count walk an index in the list's own order, never the whole table."""
    from portal.cases.selectors import cases_listed_for_worker

    cases_bulk_add(authority=world.authority_a, count=200, worker=world.wa)
    listed = cases_listed_for_worker(user=world.wa).order_by("family_name")[:20]
    plan = listed.explain()
    assert "case_open_by_name" in plan
    if connection.vendor == "sqlite":
        assert "TEMP B-TREE" not in plan  # no sort of every case of the council
