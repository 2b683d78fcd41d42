"""The hostile-case fixtures of SECURITY-TESTS.md: LA-A and LA-B, case A1 with P1, P2, YP, worker WA,
LA admin AA, editor EA; case B1 with worker WB; document D1 in A1 shared with P1 only."""

from types import SimpleNamespace

import pytest

from portal.authorities.services import editor_group_name
from portal.demo import builders


@pytest.fixture
def world(authority_a, authority_b):
    wa = builders.staff_get_or_build(authority=authority_a, email="wa@la-a.example", role="worker", first_name="Wendy")
    wb = builders.staff_get_or_build(authority=authority_b, email="wb@la-b.example", role="worker", first_name="Will")
    aa = builders.staff_get_or_build(authority=authority_a, email="aa@la-a.example", role="admin")
    ab = builders.staff_get_or_build(authority=authority_b, email="ab@la-b.example", role="admin")
    ea = builders.user_get_or_build(email="ea@la-a.example", groups=[editor_group_name(authority_a)])
    a1 = builders.case_get_or_build(authority=authority_a, reference="A1", family_name="The A1 family", worker=wa)
    a2 = builders.case_get_or_build(authority=authority_a, reference="A2", family_name="The A2 family", worker=wa)
    b1 = builders.case_get_or_build(authority=authority_b, reference="B1", family_name="The B1 family", worker=wb)
    p1 = builders.participant_get_or_build(case=a1, email="p1@family.example", first_name="Pat", role="parent")
    p2 = builders.participant_get_or_build(case=a1, email="p2@family.example", first_name="Sam", role="parent")
    yp = builders.participant_get_or_build(case=a1, email="yp@family.example", first_name="Jo", role="young_person")
    pa2 = builders.participant_get_or_build(case=a2, email="pa2@family.example", first_name="Ali", role="parent")
    pb1 = builders.participant_get_or_build(case=b1, email="pb1@family.example", first_name="Bo", role="parent")
    d1 = builders.document_get_or_build(case=a1, title="D1 letter", recipients=[p1], shared_by=wa)
    d_yp = builders.document_get_or_build(case=a1, title="Letter for Jo", recipients=[yp], shared_by=wa)
    d_a2 = builders.document_get_or_build(case=a2, title="A2 letter", recipients=[pa2], shared_by=wa)
    d_b1 = builders.document_get_or_build(case=b1, title="B1 letter", recipients=[pb1], shared_by=wb)
    return SimpleNamespace(**locals())
