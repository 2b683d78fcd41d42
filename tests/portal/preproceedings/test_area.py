"""A family justice area's figures: small numbers hidden (with secondary suppression, so that no hidden
count can be worked out from the total), councils side by side, counts only, for the area's people
only; and setting an area up, all or nothing."""

import csv
import io
import itertools
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from portal.audit.models import AccessLogEntry
from portal.authorities.models import AreaMembership, FamilyJusticeArea, LocalAuthority
from portal.authorities.roles import AREA_GROUP
from portal.authorities.services import family_justice_area_set_up
from portal.demo import builders
from portal.preproceedings.insight import Measure
from portal.preproceedings.insight.area import HIDDEN, NOT_APPLICABLE, area_table, suppress

from .census_builders import child_add, council_case, period_add

pytestmark = pytest.mark.django_db
WINDOW = {"from": "2026-03", "to": "2026-03"}


# Suppression, on lines of counts across councils.


@pytest.mark.parametrize(
    ("values", "hidden", "total_hidden"),
    [
        ([0, 0, 0], set(), False),  # zeros tell nothing about anyone
        ([10, 20], set(), False),
        ([3, 20, 30], {0, 1}, False),  # one hidden cell alone could be subtracted: the next smallest goes too
        ([3, 4, 30], {0, 1}, False),  # two hidden, adding up to 7: neither can be worked out
        ([1, 1, 40], {0, 1, 2}, False),  # two hidden adding up to 2 would both be 1: hide more
        ([3, 0, 10], {0, 2}, False),  # the zero is not hidden: the 10 is
        ([1, 1, 0], {0, 1}, True),  # a total of 2 is itself a small number
        ([3], {0}, True),  # a one-council area: the total is the council's count
        ([6], set(), False),
        ([5, 0], {0}, True),  # nothing left to hide with: the total goes
    ],
)
def test_suppression(values, hidden, total_hidden):
    assert suppress(values) == (hidden, total_hidden)


def _worked_out(values, hidden, total_hidden):
    """Whether a reader who knows the rules (hidden cells are counts of at least 1) could find any hidden
    cell's value from the cells shown and the total: one value that fits every possibility."""
    if total_hidden or not hidden:
        return False
    remainder = sum(values) - sum(value for index, value in enumerate(values) if index not in hidden)
    possible = [
        combination
        for combination in itertools.product(range(1, remainder + 1), repeat=len(hidden))
        if sum(combination) == remainder
    ]
    return any(len({combination[position] for combination in possible}) == 1 for position in range(len(hidden)))


def test_no_hidden_count_can_be_worked_out_from_the_total():
    for values in itertools.product([0, 1, 2, 3, 5, 6, 9], repeat=3):
        hidden, total_hidden = suppress(list(values))
        assert {index for index, value in enumerate(values) if 1 <= value <= 5} <= hidden, values
        assert not _worked_out(list(values), hidden, total_hidden), values
        if 1 <= sum(values) <= 5:
            assert total_hidden, values


def test_rows_line_up_by_label_and_medians_follow_their_counts():
    def measure(rows):
        return Measure(
            key="median_weeks", title="T", how_counted="H", columns=["From", "Median", "Counted"], rows=rows,
            count_columns=(2,), median_columns={1: 2},
        )  # fmt: skip

    table = area_table([measure([["Letter", 3.0, 9], ["Start", 12.0, 3]]), measure([["Letter", 4.5, 7]])])
    lines = {line.label: line for line in table.lines}
    assert lines["Letter"].cells == [9, 7] and lines["Letter"].total == 16
    assert lines["Letter: Median"].cells == [3.0, 4.5] and lines["Letter: Median"].total == ""
    # The second council has no "Start" row: not applicable, not zero; the 3 is hidden, and the total too.
    assert lines["Start"].cells == [HIDDEN, NOT_APPLICABLE] and lines["Start"].total == HIDDEN
    assert lines["Start: Median"].cells == [HIDDEN, NOT_APPLICABLE]


# The screens.


@pytest.fixture
def area_world(authority_a, authority_b):
    for authority, prefix, count in ((authority_a, "ASH", 8), (authority_b, "BRA", 2)):
        case, _ = council_case(authority=authority, reference=f"{prefix}-REF", worker_email=f"w@{prefix}.example")
        for number in range(count):
            period_add(
                child=child_add(case=case, first_name=f"Quilla{prefix}{number}", council_child_id=f"{prefix}-{number}"),
                decision_date=date(2026, 3, 2 + number),
            )
    third = LocalAuthority.objects.create(name="Carrow Test Council", slug="la-c")
    builders.user_get_or_build(email="analyst@lfjb.example", groups=[AREA_GROUP])
    builders.user_get_or_build(email="other@lfjb.example", groups=[AREA_GROUP])
    area = family_justice_area_set_up(
        name="Test DFJ area", council_slugs=["la-a", "la-b"], member_emails=["analyst@lfjb.example"]
    )
    family_justice_area_set_up(name="Elsewhere DFJ area", council_slugs=["la-c"], member_emails=["other@lfjb.example"])
    return {
        "area": area,
        "third": third,
        "analyst": AreaMembership.objects.get(area=area).user,
        "other": AreaMembership.objects.exclude(area=area).get().user,
        "admin": builders.staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin"),
        "data": builders.staff_get_or_build(authority=authority_a, email="da@la-a.example", role="data"),
        "worker": builders.staff_get_or_build(authority=authority_a, email="wa@la-a.example", role="worker"),
    }


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_area_sees_each_council_side_by_side_with_small_counts_hidden(area_world):
    client = client_for(area_world["analyst"])
    page = client.get(reverse("preproceedings_area:index"), WINDOW)
    assert page.status_code == 200
    assert page["Cache-Control"].startswith("private") or "no-store" in page["Cache-Control"]
    text = page.content.decode()
    assert "Ashford Test Council" in text and "Bramley Test Council" in text and "Carrow Test Council" not in text
    for name in ["Quilla", "ASH-", "BRA-", "w@ASH.example", "The ASH-REF family"]:
        assert name not in text
    rows = list(
        csv.reader(
            io.StringIO(
                client.get(
                    reverse("preproceedings_area:csv"), {"measure": "periods_started", **WINDOW}
                ).content.decode()
            )
        )
    )  # noqa: E501
    # Ashford's 8 would give Bramley's hidden 2 away from the total of 10: it is hidden as well.
    assert rows == [["", "Ashford Test Council", "Bramley Test Council", "Area"], ["2026-03", "c", "c", "10"]]
    assert AccessLogEntry.objects.filter(action="area_insight_csv", actor=area_world["analyst"]).exists()


@pytest.mark.parametrize("who", ["admin", "data", "worker", "other"])
def test_nobody_else_sees_the_area(area_world, who):
    client = client_for(area_world[who])
    response = client.get(reverse("preproceedings_area:index"), WINDOW)
    if who == "other":  # another area's person sees their own area only
        assert response.status_code == 200
        assert "Carrow Test Council" in response.content.decode()
        assert "Ashford Test Council" not in response.content.decode()
    else:
        assert response.status_code == 404
        assert client.get(reverse("preproceedings_area:csv"), {"measure": "outcomes"}).status_code == 404


def test_the_area_person_sees_no_council_screen(area_world):
    client = client_for(area_world["analyst"])
    assert "Family justice area figures" in client.get("/admin/").content.decode()
    for url in (
        reverse("preproceedings_insight:index"),
        reverse("preproceedings_council:census"),
        reverse("preproceedings_evaluation:index"),
        "/admin/cases/",
    ):
        assert client.get(url).status_code in (302, 403, 404), url


def test_a_family_member_and_a_stranger_get_nothing(area_world, authority_a):
    case, _ = council_case(authority=authority_a, reference="F-1", worker_email="wf@la-a.example")
    parent = builders.participant_get_or_build(case=case, email="p@family.example", first_name="Pat", role="parent")
    assert client_for(parent.user).get(reverse("preproceedings_area:index")).status_code in (302, 404)
    assert Client().get(reverse("preproceedings_area:index")).status_code == 302


# Setting an area up.


def test_the_command_sets_an_area_up_and_can_be_run_again(authority_a, authority_b):
    builders.user_get_or_build(email="board@lfjb.example")
    output = io.StringIO()
    call_command("family_justice_area", "North DFJ area", "--council", "la-a", stdout=output)
    call_command(
        "family_justice_area", "North DFJ area", "--council", "la-b", "--member", "board@lfjb.example", stdout=output
    )
    area = FamilyJusticeArea.objects.get(name="North DFJ area")
    assert set(area.authorities.values_list("slug", flat=True)) == {"la-a", "la-b"}
    member = AreaMembership.objects.get(area=area).user
    assert member.groups.filter(name=AREA_GROUP).exists() and member.has_perm("wagtailadmin.access_admin")
    assert "Ashford Test Council, Bramley Test Council; 1 people" in output.getvalue()


def test_a_member_is_found_whatever_the_case_of_the_email_given(authority_a):
    builders.user_get_or_build(email="area@familyjustice.example")
    area = family_justice_area_set_up(
        name="Case DFJ area", council_slugs=["la-a"], member_emails=["Area@FamilyJustice.example"]
    )
    assert AreaMembership.objects.get(area=area).user.email == "area@familyjustice.example"
    builders.staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin")
    with pytest.raises(ValidationError, match="aa@la-a.example is council staff"):
        family_justice_area_set_up(name="Case DFJ area", member_emails=["AA@LA-A.example"])


@pytest.mark.parametrize(
    ("councils", "members", "message"),
    [
        (["la-a", "la-z"], [], "No council has the short name la-z"),
        (["la-a"], ["nobody@lfjb.example"], "No account has the email address nobody@lfjb.example"),
        (["la-a"], ["aa@la-a.example"], "is council staff"),
    ],
)
def test_a_wrong_area_set_up_changes_nothing(authority_a, councils, members, message):
    builders.staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin")
    with pytest.raises(ValidationError, match=message):
        family_justice_area_set_up(name="Broken area", council_slugs=councils, member_emails=members)
    assert not FamilyJusticeArea.objects.exists()
    assert not LocalAuthority.objects.filter(area__isnull=False).exists()
    with pytest.raises(CommandError, match=message):
        call_command("family_justice_area", "Broken area", *[f"--council={slug}" for slug in councils],
                     *[f"--member={email}" for email in members])  # fmt: skip
