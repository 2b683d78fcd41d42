"""Request bodies are bounded on every address and refused before they are read (trust issue, part 5)."""

import io

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
MB = 1024 * 1024


class Unreadable(io.BytesIO):
    """A request body that fails the test if anything reads it."""

    def read(self, *args, **kwargs):
        raise AssertionError("the body was read")

    readline = read


@pytest.mark.parametrize(
    ("path", "claimed"),
    [
        ("/accounts/login/", 3 * MB),
        ("/feedback/", 3 * MB),
        ("/my-family/", 3 * MB),
        ("/admin/pages/1/edit/", 3 * MB),
        ("/some/address/that/does/not/exist/", 3 * MB),
        ("/admin/cases/1/documents/share/", 45 * MB),
    ],
)
def test_a_body_over_the_limit_is_refused_with_413_without_being_read(client, authority_a, path, claimed):
    response = client.generic(
        "POST",
        path,
        b"x",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH=str(claimed),
        **{"wsgi.input": Unreadable()},
    )
    assert response.status_code == 413
    html = response.content.decode()
    assert "This is too big to send" in html and f"{claimed // MB} MB" in html
    assert response["Cache-Control"] == "no-store"


def test_a_body_within_the_limit_reaches_the_page(client, authority_a):
    response = client.post(reverse("account_login"), {"login": "nobody@example.org", "password": "x" * 1000})
    assert response.status_code == 200  # the sign-in form, with its usual message


def test_a_document_a_little_too_big_still_gets_the_forms_own_message(world, client):
    """Between the document limit and twice it, the workspace says how big the file is (not 413)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(world.wa)
    response = client.post(
        reverse("cases:document_share", args=[world.a1.pk]),
        {
            "title": "Big",
            "what_it_is": "A test.",
            "who": "choose",
            "recipients": [world.p1.pk],
            "file": SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * (21 * MB), content_type="application/pdf"),
        },
    )
    assert response.status_code == 200
    assert "The largest file you can share is 20 MB" in response.content.decode()


def test_a_content_length_that_is_not_a_number_is_a_bad_request(client, authority_a):
    response = client.generic("POST", "/accounts/login/", b"x", CONTENT_LENGTH="lots", **{"wsgi.input": Unreadable()})
    assert response.status_code == 400


def test_the_page_is_in_the_persons_language(client, authority_a, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "pl"
    response = client.generic("POST", "/my-family/", b"x", CONTENT_LENGTH=str(3 * MB), **{"wsgi.input": Unreadable()})
    assert response.status_code == 413
    html = response.content.decode()
    assert 'lang="pl"' in html and "To jest za duże, aby wysłać" in html and "3 MB" in html
