"""The evaluation extract (portal/preproceedings/extract.py) and the LA admin's screens for it.

The extract must hold no identifier, name, reference, free text or exact date: the tests build a
council full of distinctive ones, and the demo's own families, and scan every byte of the zip.
"""

import csv
import hashlib
import io
import json
import re
import zipfile
from datetime import date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from portal.audit.models import AccessLogEntry
from portal.cases.models import Case, CaseContact, KeyDate
from portal.demo import builders
from portal.preproceedings.evaluation.services import (
    evaluation_extract_make,
    evaluation_project_close,
    evaluation_project_create,
)
from portal.preproceedings.extract import MINIMUM_ROWS, evaluation_extract
from portal.preproceedings.models import DEFAULT_OUTCOME_CODES, Child, EvaluationProject, OutcomeCode, Period

pytestmark = pytest.mark.django_db

SECRETS = [
    "Zebedee",
    "Ottoline",
    "REF-UNIQUE-77",
    "The Zebedee family",
    "CHILD-ID-9931",
    "CHILD-ID-9932",
    "Reason text that must not leak",
    "Dr Quentin Blackwood",
    "Blank reason that must not leak",
    "Review note that must not leak",
    "Closed reason that must not leak",
    "Contact Persephone",
    "persephone@contact.example",
]
START = date(2025, 3, 10)


def _codes(authority):
    return {
        code: OutcomeCode.objects.get_or_create(
            authority=authority, code=code, defaults={"label": label, "issues_proceedings": issues}
        )[0]
        for code, label, issues in DEFAULT_OUTCOME_CODES
    }


def _period(child, *, start, **values):
    defaults = {
        "decision_forum": "legal_planning",
        "letter_sent_date": start + timedelta(days=4),
        "fgdm_offer": "offered",
        "fgdm_held": "yes",
        "first_meeting_date": start + timedelta(days=20),
        "parents_represented": "yes",
    }
    return Period.objects.create(child=child, decision_date=start, **(defaults | values))


@pytest.fixture
def council(world):
    """LA A with 12 child-periods full of distinctive names, references and reasons, and one in LA B."""
    codes = _codes(world.authority_a)
    case = builders.case_get_or_build(
        authority=world.authority_a, reference="REF-UNIQUE-77", family_name="The Zebedee family", worker=world.wa
    )
    case.children_first_names = "Zebedee and Ottoline"
    case.closed_reason = "Closed reason that must not leak"
    case.save()
    CaseContact.objects.create(
        case=case, role=CaseContact.Role.choices[0][0], name="Contact Persephone", email="persephone@contact.example"
    )
    zebedee = Child.objects.create(
        case=case, first_name="Zebedee", council_child_id="CHILD-ID-9931", birth_year=2019, birth_month=4
    )
    ottoline = Child.objects.create(case=case, first_name="Ottoline", council_child_id="CHILD-ID-9932", unborn=True)
    for day in (35, 63, 200):
        KeyDate.objects.create(
            case=case,
            kind=KeyDate.Kind.REVIEW,
            title="Review of Zebedee",
            note="Review note that must not leak",
            starts_at=timezone.make_aware(datetime.combine(START + timedelta(days=day), datetime.min.time())),
        )
    first = _period(
        zebedee,
        start=START,
        step_decision_date=START + timedelta(days=112),
        outcome=codes["B"],
        court_application_date=START + timedelta(days=120),
        proceedings_letter_date=START + timedelta(days=113),
    )
    _period(
        zebedee,
        start=date(2025, 11, 3),
        fgdm_offer="not_best_interests",
        fgdm_held="",
        fgdm_not_offered_by="Dr Quentin Blackwood",
        fgdm_not_offered_on=date(2025, 11, 4),
        fgdm_not_offered_reason="Reason text that must not leak",
        blank_reasons={"first_meeting_date": "Blank reason that must not leak"},
    )
    _period(ottoline, start=START, step_decision_date=START + timedelta(days=90), outcome=codes["A"])
    # More children in the council's other cases, to pass the minimum.
    for number in range(9):
        child = Child.objects.create(
            case=world.a2 if number % 2 else world.a1,
            first_name=f"Sibling{number}",
            council_child_id=f"CHILD-ID-10{number}",
            birth_year=2010 + number,
            birth_month=1 + number,
        )
        _period(child, start=START + timedelta(days=7 * number))
    other = Child.objects.create(case=world.b1, first_name="Bramleychild", council_child_id="CHILD-ID-9931")
    _period(other, start=START)
    project = evaluation_project_create(authority=world.authority_a, name="Trailblazer evaluation", created_by=world.aa)
    world.case, world.first, world.project = case, first, project
    return world


def _unzip(content):
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rows(files):
    return list(csv.DictReader(io.StringIO(files["periods.csv"].decode())))


def _date_texts(day):
    return {day.isoformat(), f"{day:%d/%m/%Y}", f"{day:%Y%m%d}", f"{day.day} {day:%B %Y}", f"{day:%d %b %Y}"}


def _leaks(content, secrets):
    """Every secret found in the zip or in any file inside it, as whole words (case-sensitive)."""
    texts = [content.decode("latin-1"), *(raw.decode() for raw in _unzip(content).values())]
    return sorted(
        {secret for secret in secrets if secret and any(re.search(rf"\b{re.escape(secret)}\b", t) for t in texts)}
    )


def test_the_zip_is_a_data_package_whose_schema_describes_every_column(council):
    files = _unzip(evaluation_extract(project=council.project, generated_by=council.aa))
    assert set(files) == {"datapackage.json", "periods.csv"}
    package = json.loads(files["datapackage.json"])
    assert package["profile"] == "tabular-data-package" and package["description"]
    (resource,) = package["resources"]
    assert resource["path"] == "periods.csv" and resource["profile"] == "tabular-data-resource"
    fields = {field["name"]: field for field in resource["schema"]["fields"]}
    rows = _rows(files)
    assert list(rows[0]) == list(fields)
    for field in fields.values():
        assert field["description"] and field["type"] in {"string", "integer", "boolean", "yearmonth"}
        constraints = field.get("constraints", {})
        values = [row[field["name"]] for row in rows]
        if constraints.get("unique"):
            assert len(set(values)) == len(values)
        for value in values:
            if value == "":
                assert not constraints.get("required"), field["name"]
                continue
            if field["type"] == "integer":
                assert int(value) >= constraints.get("minimum", -1000)
            elif field["type"] == "boolean":
                assert value in field["trueValues"] + field["falseValues"]
            elif field["type"] == "yearmonth":
                assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value)
            if "enum" in constraints:
                assert value in constraints["enum"], (field["name"], value)
            if "pattern" in constraints:
                assert re.fullmatch(constraints["pattern"], value)


def test_one_row_per_child_period_of_the_council_with_coarsened_values(council):
    rows = _rows(_unzip(evaluation_extract(project=council.project, generated_by=council.aa)))
    assert len(rows) == Period.objects.filter(child__case__authority=council.authority_a).count() == 12
    zebedee = [row for row in rows if row["start_month"] == "2025-03" and row["age_band_at_start"] == "5-9"]
    (first,) = zebedee
    assert first["weeks_to_letter"] == "0" and first["weeks_to_first_meeting"] == "2"
    assert first["weeks_to_step_decision"] == "16" and first["weeks_to_court_application"] == "17"
    assert first["review_meetings"] == "2"  # the third review came after the step decision
    assert first["outcome_code"] == "B" and first["outcome_issues_proceedings"] == "true"
    assert first["children_in_case_band"] == "2"
    assert {row["age_band_at_start"] for row in rows} >= {"unborn", "5-9", "10-15"}


def test_a_child_keeps_its_key_within_a_project_and_gets_another_in_another_project(council):
    def keys(project):
        rows = _rows(_unzip(evaluation_extract(project=project, generated_by=council.aa)))
        return [row["child_key"] for row in rows], [row["period_key"] for row in rows]

    child_keys, period_keys = keys(council.project)
    assert len(set(child_keys)) == 11  # Zebedee's two periods share a key
    assert keys(council.project) == (child_keys, period_keys)
    other = evaluation_project_create(authority=council.authority_a, name="Another study", created_by=council.aa)
    other_child_keys, other_period_keys = keys(other)
    assert not set(other_child_keys) & set(child_keys)
    assert not set(other_period_keys) & set(period_keys)
    assert council.project.key.hex()[:16] not in json.dumps(child_keys)


def test_the_extract_holds_no_name_reference_identifier_free_text_or_exact_date(council):
    content = evaluation_extract(project=council.project, generated_by=council.aa)
    people = [council.aa, council.wa, council.p1.user, council.p2.user]
    names = [value for user in people for value in (user.email, user.first_name, user.last_name)]
    references = [case.reference for case in Case.objects.all()] + [case.family_name for case in Case.objects.all()]
    dates = {
        text
        for period in Period.objects.all()
        for field in Period._meta.get_fields()
        if isinstance(value := getattr(period, field.name, None), date)
        for text in _date_texts(value)
    }
    assert _leaks(content, SECRETS + names + references + sorted(dates)) == []
    assert not re.search(rb"\d{4}-\d{2}-\d{2}", _unzip(content)["periods.csv"])
    assert council.project.key.hex() not in content.decode("latin-1")


def test_the_download_is_a_private_attachment_and_is_logged(client, council):
    client.force_login(council.aa)
    url = reverse("preproceedings_evaluation:extract", args=[council.project.pk])
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    entry = AccessLogEntry.objects.filter(action="evaluation_extract").latest("pk")
    assert entry.actor == council.aa and entry.outcome == AccessLogEntry.Outcome.ALLOWED
    assert entry.authority == council.authority_a
    assert f"project={council.project.pk}" in entry.detail and "rows=12" in entry.detail
    assert hashlib.sha256(response.content).hexdigest() in entry.detail


def test_the_admin_lists_starts_and_closes_projects(client, council):
    client.force_login(council.aa)
    listing = client.get(reverse("preproceedings_evaluation:index"))
    assert "Trailblazer evaluation" in listing.content.decode()
    response = client.post(reverse("preproceedings_evaluation:add"), {"name": "New study"})
    assert response.status_code == 302
    project = EvaluationProject.objects.get(name="New study")
    assert project.authority == council.authority_a and project.created_by == council.aa
    assert len(bytes(project.key)) == 32 and bytes(project.key) != bytes(council.project.key)
    assert client.post(reverse("preproceedings_evaluation:close", args=[project.pk])).status_code == 302
    project.refresh_from_db()
    assert project.closed_at is not None


def test_a_closed_project_refuses_to_make_an_extract(client, council):
    evaluation_project_close(project=council.project, closed_by=council.aa)
    with pytest.raises(ValidationError):
        evaluation_extract_make(project=council.project, generated_by=council.aa)
    client.force_login(council.aa)
    response = client.post(reverse("preproceedings_evaluation:extract", args=[council.project.pk]))
    assert response["Content-Type"].startswith("text/html")
    assert AccessLogEntry.objects.filter(
        action="evaluation_extract", outcome=AccessLogEntry.Outcome.DENIED, actor=council.aa
    ).exists()


def test_too_few_rows_are_refused(council):
    project = evaluation_project_create(authority=council.authority_b, name="Small", created_by=council.ab)
    with pytest.raises(ValidationError, match=str(MINIMUM_ROWS)):
        evaluation_extract_make(project=project, generated_by=council.ab)


@pytest.mark.parametrize("actor", ["ab", "wa", "family"])
def test_everyone_but_the_councils_own_admins_gets_404_and_a_log_row(client, council, actor):
    user = council.p1.user if actor == "family" else getattr(council, actor)
    client.force_login(user)
    before = AccessLogEntry.objects.filter(outcome=AccessLogEntry.Outcome.DENIED).count()
    pk = council.project.pk
    urls = [
        reverse("preproceedings_evaluation:extract", args=[pk]),
        reverse("preproceedings_evaluation:close", args=[pk]),
    ]
    if actor == "ab":  # their own council's list: A's project is not on it
        listing = client.get(reverse("preproceedings_evaluation:index"))
        assert listing.status_code == 200 and "Trailblazer evaluation" not in listing.content.decode()
    else:
        urls += [reverse("preproceedings_evaluation:index"), reverse("preproceedings_evaluation:add")]
    for url in urls:
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code in ((302, 404) if actor == "family" else (404,)), (url, response.status_code)
            assert not response.get("Content-Type", "").startswith("application/zip")
    if actor != "family":  # a family member never reaches the view: Wagtail sends them to sign in
        assert AccessLogEntry.objects.filter(outcome=AccessLogEntry.Outcome.DENIED).count() > before
    council.project.refresh_from_db()
    assert council.project.closed_at is None
    assert not AccessLogEntry.objects.filter(action="evaluation_extract", outcome=AccessLogEntry.Outcome.ALLOWED)
