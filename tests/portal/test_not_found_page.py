"""A page that is not there (an old link, a mistyped address, a case someone is not in) gets the
portal's own page in plain words, in the person's language, never a bare server message."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_missing_public_page_is_explained_in_plain_words(client, authority_a):
    response = client.get("/no-such-guide/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<h1 class="govuk-heading-l">Page not found</h1>' in html
    assert "tell them it did not work" in html


def test_a_case_someone_is_not_in_looks_the_same_in_their_language(client, world, settings):
    client.force_login(world.pb1.user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "pl"
    response = client.get(reverse("family:case", args=[world.a1.public_id]))
    assert response.status_code == 404
    assert "Nie znaleziono strony" in response.content.decode()
