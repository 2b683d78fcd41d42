"""Fixtures for the staff-administration tests: an LA admin and a worker in LA A, a worker in LA B,
and a family member."""

import pytest

from portal.demo import builders


@pytest.fixture
def aa(authority_a):
    return builders.staff_get_or_build(
        authority=authority_a, email="aa@la-a.example", role="admin", first_name="Ada", last_name="Admin"
    )


@pytest.fixture
def wa(authority_a):
    return builders.staff_get_or_build(
        authority=authority_a, email="wa@la-a.example", role="worker", first_name="Will", last_name="Worker"
    )


@pytest.fixture
def wb(authority_b):
    return builders.staff_get_or_build(
        authority=authority_b, email="wb@la-b.example", role="worker", first_name="Beth", last_name="Bworker"
    )


@pytest.fixture
def family_member(authority_a, wa):
    case = builders.case_get_or_build(authority=authority_a, reference="A1", family_name="The Taylor family", worker=wa)
    return builders.participant_get_or_build(case=case, email="p1@example.org", first_name="Pat", role="parent").user


@pytest.fixture
def aa_client(client, aa):
    client.force_login(aa)
    return client
