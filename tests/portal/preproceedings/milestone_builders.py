"""Builders for the pre-proceedings screens' tests: workers, cases, children and periods made through
the portal's own services, and the screens' addresses."""

from datetime import date

from django.urls import reverse

from portal.cases.services import case_create
from portal.preproceedings.models import OutcomeCode
from portal.preproceedings.services import child_save, outcome_codes_ensure, period_save
from tests.portal.cases.workspace_builders import add_family_member, make_worker  # noqa: F401 (re-exported)

TODAY = date(2026, 12, 7)


def make_case(*, authority, worker, reference="ASH-001", family_name="The Ashby family", children="Ava and Leo"):
    return case_create(
        authority=authority,
        reference=reference,
        family_name=family_name,
        children_first_names=children,
        created_by=worker,
    )


def make_child(*, case, worker, first_name="Ava", council_child_id="C-100", **fields):
    fields = {"birth_year": 2019, "birth_month": 4, **fields}
    return child_save(case=case, saved_by=worker, first_name=first_name, council_child_id=council_child_id, **fields)


def make_period(*, child, worker, **fields):
    return period_save(child=child, saved_by=worker, **fields)


def outcome(authority, code):
    """One of the council's outcome codes ("A" steps down, "B" issues), made if it has none yet."""
    outcome_codes_ensure(authority=authority)
    return OutcomeCode.objects.get(authority=authority, code=code)


def screen_urls(case, child, period):
    """Every new screen of one case: add and change a child, add and change a period."""
    return [
        reverse("cases:child_add", args=[case.pk]),
        reverse("cases:child_edit", args=[case.pk, child.pk]),
        reverse("cases:period_add", args=[case.pk, child.pk]),
        reverse("cases:period_edit", args=[case.pk, child.pk, period.pk]),
    ]
