"""HTML is gzipped for anonymous visitors only (cms/core/compression.py, and why: BREACH)."""

import gzip

import pytest
from django.test import Client

from portal.demo import builders

pytestmark = pytest.mark.django_db


def test_public_pages_are_sent_gzipped_to_browsers_that_accept_it(client, authority_a):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert authority_a.name in gzip.decompress(response.content).decode()
    # Served again from the page cache, it is still compressed, and still right for this client.
    assert Client().get("/", HTTP_ACCEPT_ENCODING="gzip").content == response.content
    plain = Client().get("/")
    assert not plain.has_header("Content-Encoding")
    assert authority_a.name in plain.content.decode()


def test_pages_for_signed_in_people_are_never_compressed(authority_a):
    person = builders.user_get_or_build(email="someone@example.org", password="a-long-test-password")
    signed_in = Client()
    signed_in.force_login(person)
    response = signed_in.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
