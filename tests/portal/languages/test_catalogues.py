"""The interface catalogues are complete, compiled and up to date with the code and templates."""

import os
import shutil

import polib
import pytest
from django.conf import settings
from django.utils import translation

from portal.languages.catalogues import (
    catalogue_entries,
    catalogue_languages,
    catalogue_path,
    catalogue_problems,
    catalogues_extract,
)

LANGUAGES = catalogue_languages()


def test_at_least_three_languages_including_one_written_right_to_left():
    assert len(LANGUAGES) >= 3
    assert any(translation.get_language_info(code)["bidi"] for code in LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_interface_string_is_translated(language):
    assert catalogue_path(language).exists(), f"No catalogue for {language}: run make messages"
    problems = catalogue_problems(language)
    assert not problems, "\n".join(problems[:50])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language):
    po_path = catalogue_path(language)
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural)) for e in polib.mofile(str(po_path.with_suffix(".mo")))
    }
    for entry in polib.pofile(str(po_path)):
        if entry.obsolete or not entry.translated():
            continue
        assert compiled.get((entry.msgctxt, entry.msgid)) is not None, f"run make messages: {entry.msgid[:60]!r}"
        msgstr, plural = compiled[(entry.msgctxt, entry.msgid)]
        assert msgstr == entry.msgstr or plural, f"{language}: compiled text differs for {entry.msgid[:60]!r}"


@pytest.mark.skipif(
    not shutil.which("xgettext") and os.environ.get("CI") != "true",
    reason="GNU gettext (xgettext) is not installed; CI installs it",
)
def test_catalogues_are_up_to_date_with_the_code(tmp_path, settings, monkeypatch):
    """Extract the strings afresh into a scratch folder and compare with what is committed.

    makemessages writes next to the code it reads, so it reads the code through links from a
    scratch folder, and the committed catalogues are never touched.
    """
    committed_root = settings.LOCALE_PATHS[0]
    for top in ("portal", "cms"):
        (tmp_path / top).symlink_to(settings.BASE_DIR / top)
    scratch = tmp_path / "locale"
    scratch.mkdir()
    monkeypatch.chdir(tmp_path)
    settings.LOCALE_PATHS = [scratch]
    catalogues_extract(languages=LANGUAGES, symlinks=True)
    for language in LANGUAGES:
        fresh = catalogue_entries(catalogue_path(language, scratch))
        committed = catalogue_entries(catalogue_path(language, committed_root))
        missing = sorted(msgid for _, msgid, _ in fresh - committed)
        stale = sorted(msgid for _, msgid, _ in committed - fresh)
        assert not missing and not stale, (
            f"{language} is out of date (run make messages, then translate):\n"
            f"  not in the catalogue: {missing[:20]}\n  no longer used: {stale[:20]}"
        )


def test_the_interface_is_shown_in_the_chosen_language(client, authority_a):
    english = client.get("/accounts/login/").content.decode()
    with translation.override("pl"):
        polish_sign_in = translation.gettext("Sign in")
    assert polish_sign_in != "Sign in"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "pl"
    polish = client.get("/accounts/login/").content.decode()
    assert polish_sign_in in polish
    assert polish != english
