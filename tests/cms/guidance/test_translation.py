"""Guides in the reader's language: served at the same address, English with a notice when not
translated, linked to the English source by wagtail-localize, and out of date when it changes."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from cms.core.translation import out_of_date_translations, translation_is_out_of_date
from portal.demo.translations import page_translate

GUIDE = "/pre-proceedings/letter-before-proceedings/"
UNTRANSLATED = "/pre-proceedings/free-legal-advice/"


def fake_strings(page, language):
    """Every piece of the page's text, "translated" by marking it with the language code."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    return {entry.msgid: f"[{language}] {entry.msgid}" for entry in source.export_po()}


def national_guide(slug):
    from cms.guidance.selectors import national_root

    return Page.objects.descendant_of(national_root()).get(slug=slug).specific


@pytest.fixture
def polish_guide(national):
    english = national_guide("letter-before-proceedings")
    polish = Locale.objects.get(language_code="pl")
    return english, page_translate(page=english, locale=polish, strings=fake_strings(english, "pl"))


def read(path, language):
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def h1(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


def test_a_translated_guide_is_served_in_the_chosen_language_at_the_same_address(polish_guide):
    html = read(GUIDE, "pl")
    assert h1(html) == "[pl] The letter before proceedings"
    assert '<html lang="pl" dir="ltr"' in html
    assert "portal-translation-notice" not in html
    # English readers, and readers of a language it is not translated into, still get English.
    assert h1(read(GUIDE, "en-gb")) == "The letter before proceedings"
    assert h1(read(GUIDE, "ro")) == "The letter before proceedings"


def test_the_guide_trail_stays_on_the_council_site(polish_guide):
    html = read(GUIDE, "pl")
    trail = re.search(r'<nav class="govuk-breadcrumbs.*?</nav>', html, re.S).group(0)
    assert 'href="/"' in trail and 'href="/pre-proceedings/"' in trail


def test_an_untranslated_page_is_shown_in_english_with_a_notice_in_the_chosen_language(national):
    html = read(UNTRANSLATED, "pl")
    assert h1(html) == "Free legal advice"
    english_notice = (
        "You can ask your social worker or family support worker for an interpreter. "
        "They can also explain this page to you in your language."
    )
    with translation.override("pl"):
        notice = translation.gettext(english_notice)
    assert notice != english_notice
    assert escape(notice) in html
    # The page's words are English: screen readers should read them as English.
    assert 'id="main-content" lang="en-gb" dir="ltr"' in html
    assert "portal-translation-notice" not in read(UNTRANSLATED, "en-gb")


def test_english_words_on_a_right_to_left_page_are_marked_left_to_right(national):
    html = read(UNTRANSLATED, "ur")
    assert '<html lang="ur" dir="rtl"' in html
    assert 'id="main-content" lang="en-gb" dir="ltr"' in html


def test_the_translation_stays_linked_to_its_english_source(polish_guide):
    english, polish = polish_guide
    assert polish.translation_key == english.translation_key
    assert polish.get_translation(Locale.get_default()).pk == english.pk
    source = TranslationSource.objects.get(object_id=english.translation_key, locale=english.locale)
    assert source.get_source_instance().pk == english.pk
    assert Translation.objects.filter(source=source, target_locale=polish.locale).exists()


def test_a_translation_is_out_of_date_once_its_english_page_changes(polish_guide, national_moderator):
    english, polish = polish_guide
    assert not translation_is_out_of_date(polish)
    assert list(out_of_date_translations()) == []

    english.title = "The letter before proceedings: what to do"
    english.save_revision().publish()

    assert translation_is_out_of_date(Page.objects.get(pk=polish.pk).specific)
    assert [page.pk for page in out_of_date_translations()] == [polish.pk]
    with translation.override("pl"):
        changed = translation.gettext(
            "The English version of this page has changed since it was translated. "
            "Some of this page may be out of date. Ask your worker if you are not sure."
        )
    assert escape(changed) in read(GUIDE, "pl")

    # Editors who can change the page find it in the "Translations out of date" report.
    client = Client()
    client.force_login(national_moderator)
    report = client.get("/admin/reports/translations/")
    assert report.status_code == 200
    assert "[pl] The letter before proceedings" in report.content.decode()

    # The editor brings the translation up to date with wagtail-localize: it is current again.
    source = TranslationSource.objects.get(object_id=english.translation_key, locale=english.locale)
    source.update_from_db()
    Translation.objects.get(source=source, target_locale=polish.locale).save_target(publish=False)
    Page.objects.get(pk=polish.pk).get_latest_revision().publish()
    assert not translation_is_out_of_date(Page.objects.get(pk=polish.pk).specific)
    assert list(out_of_date_translations()) == []


def test_the_national_team_translates_a_guide_with_wagtail_localize(national, national_editor):
    english = national_guide("free-legal-advice")
    romanian = Locale.objects.get(language_code="ro")
    client = Client()
    client.force_login(national_editor)
    form = client.get(f"/admin/localize/submit/page/{english.pk}/")
    assert form.status_code == 200
    response = client.post(f"/admin/localize/submit/page/{english.pk}/", {"locales": [romanian.pk]})
    assert response.status_code == 302
    draft = english.get_translation(romanian)
    assert draft.translation_key == english.translation_key and not draft.live  # a draft to translate
    # The editor can open it in wagtail-localize's translation editor.
    assert client.get(f"/admin/pages/{draft.pk}/edit/").status_code == 200
