"""Each demo council's "Get free legal advice now" page exists in every language the site offers.

Built the way load_demo_data builds it (the demo's councils, directory and pages), then translated
from the demo's own strings (portal/demo/translations): a piece of the page without a translation
fails here (MissingDemoTranslation), as it would fail the demo.
"""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils.html import strip_tags
from wagtail.models import Locale

from cms.directory.models import LegalAdvicePage
from cms.directory.seed import directory_pages_ensure, directory_seed
from portal.demo import builders
from portal.demo.management.commands.load_demo_data import AUTHORITIES
from portal.demo.translations import page_translate, strings_for

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
HOSTS = {spec["slug"]: spec["hostname"] for spec in AUTHORITIES}


@pytest.fixture
def councils(db):
    authorities = [builders.authority_get_or_build(**spec) for spec in AUTHORITIES]
    directory_seed(authorities=authorities)
    for authority in authorities:
        directory_pages_ensure(authority=authority)
    return authorities


def legal_advice_page(authority):
    return LegalAdvicePage.objects.child_of(authority.site.root_page).get()


def read(host, language):
    client = Client(HTTP_HOST=host)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get("/get-legal-advice/")
    assert response.status_code == 200
    return response.content.decode()


def h1(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_councils_page_is_served_translated_with_its_local_notes(councils, language):
    strings = strings_for(language)
    for authority in councils:
        english = legal_advice_page(authority)
        assert english.body  # the demo's local notes: who can help find a solicitor
        page_translate(page=english, locale=Locale.objects.get(language_code=language), strings=strings)

        html = read(HOSTS[authority.slug], language)
        assert h1(html) == strings["Get free legal advice now"] != "Get free legal advice now"
        assert f'<html lang="{language}"' in html
        assert "portal-translation-notice" not in html
        # The local notes (with their number to tap) are translated too.
        notes = [key for key in strings if strip_tags(key) == strip_tags(english.body)]
        assert len(notes) == 1
        tel = re.search(r'href="(tel:\d{11})"', english.body).group(1)
        assert strings[notes[0]].replace('<a id="a1">', f'<a href="{tel}">') in html
        # The local solicitors still lead, tap to call, in every language.
        assert html.index('href="tel:') < html.index('id="national-lines"')
