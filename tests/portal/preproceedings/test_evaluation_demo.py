"""The evaluation extract run over the demo's own families (portal/demo): every reference, family
name, child's first name, family member's name and email, and contact, scanned for in the zip.

A module of its own: the demo makes its own councils and sites, which the hostile-case world of
test_evaluation.py would clash with.
"""

import pytest
from django.core.management import call_command

from portal.cases.models import Case
from portal.demo import builders
from portal.preproceedings.evaluation.services import evaluation_project_create
from portal.preproceedings.extract import evaluation_extract
from portal.preproceedings.models import Child, Period
from tests.portal.preproceedings.test_evaluation import _leaks, _rows, _unzip

pytestmark = pytest.mark.django_db


def test_the_demo_data_leaves_no_name_reference_or_email_in_the_extract(settings):
    settings.DEBUG = True
    call_command("load_demo_data")
    for case_authority in {case.authority for case in Case.objects.all()}:
        admin = builders.staff_get_or_build(
            authority=case_authority, email=f"evaluator-admin-{case_authority.pk}@demo.example", role="admin"
        )
        project = evaluation_project_create(authority=case_authority, name="Demo evaluation", created_by=admin)
        content = evaluation_extract(project=project, generated_by=admin)
        cases = Case.objects.filter(authority=case_authority)
        secrets = [value for case in cases for value in (case.reference, case.family_name)]
        secrets += [
            name.strip()
            for case in cases
            for name in case.children_first_names.replace(",", " and ").split(" and ")
            if name.strip()
        ]
        secrets += [child.council_child_id for child in Child.objects.filter(case__authority=case_authority)]
        for case in cases:
            for participant in case.participants.select_related("user"):
                secrets += [participant.user.email, participant.user.first_name, participant.user.last_name]
            secrets += [value for contact in case.contacts.all() for value in (contact.name, contact.email)]
        assert len(_rows(_unzip(content))) == Period.objects.filter(child__case__authority=case_authority).count()
        assert _leaks(content, secrets) == []
