from unittest import mock

from django.db import OperationalError


def test_healthz_is_200_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "up"
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_database_does_not_answer(client, db):
    with mock.patch("portal.health.connection.cursor", side_effect=OperationalError("server closed the connection")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "down"
