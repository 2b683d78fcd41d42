"""The interface's message catalogues: how they are made, compiled and checked.

`make messages` (manage.py update_catalogues) extracts every marked string with Django's
makemessages (which needs GNU gettext's xgettext) into locale/<language>/LC_MESSAGES/django.po,
then compiles each catalogue to django.mo with polib, so running the site needs no gettext.
tests/portal/languages/test_catalogues.py fails when a catalogue is out of date, incomplete, or
not compiled.
"""

import re
from pathlib import Path

import polib
from django.conf import settings

# What makemessages reads: the project's own code and templates, never the virtualenv, the
# compiled assets or the tests.
IGNORE_PATTERNS = [".venv/*", "static/*", "var/*", "tests/*", "node_modules/*", "*/migrations/*"]
PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sd]|\{[a-z_0-9]*\}|%[sd]")


def catalogue_languages():
    """Every language in settings.LANGUAGES but the one the strings are written in."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def catalogues_extract(*, languages, symlinks=False):
    """Run makemessages for `languages` on the code under the current folder (see the module doc)."""
    from django.core.management import call_command

    call_command(
        "makemessages",
        locale=languages,
        ignore_patterns=IGNORE_PATTERNS,
        no_location=True,
        no_obsolete=True,
        symlinks=symlinks,
        verbosity=0,
    )


def catalogue_path(language, root=None):
    root = Path(root or settings.LOCALE_PATHS[0])
    return root / language.replace("-", "_") / "LC_MESSAGES" / "django.po"


def catalogue_compile(language, root=None):
    po_path = catalogue_path(language, root)
    polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))


def catalogue_problems(language, root=None):
    """Human-readable problems with one catalogue: untranslated, fuzzy, or placeholders changed."""
    problems = []
    for entry in polib.pofile(str(catalogue_path(language, root))):
        if entry.obsolete:
            continue
        label = entry.msgid[:60]
        if "fuzzy" in entry.flags:
            problems.append(f"{language}: marked fuzzy: {label!r}")
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if not all(text.strip() for text in translations):
            problems.append(f"{language}: not translated: {label!r}")
            continue
        wanted = sorted(PLACEHOLDER.findall(entry.msgid))
        # A translator note may offer more placeholders (a 24-hour clock's "%(hour24)s", say).
        offered = set(PLACEHOLDER.findall(entry.comment or ""))
        for text in translations:
            if offered:
                if not set(PLACEHOLDER.findall(text)) <= set(wanted) | offered:
                    problems.append(f"{language}: placeholders differ: {label!r}")
            elif entry.msgid_plural:
                # A plural form may leave out the number ("one document"), never add a name.
                if not set(PLACEHOLDER.findall(text)) <= set(wanted) | set(PLACEHOLDER.findall(entry.msgid_plural)):
                    problems.append(f"{language}: placeholders differ: {label!r}")
            elif sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{language}: placeholders differ: {label!r}")
    return problems


def catalogue_entries(po_path):
    """The set of (context, msgid, plural) a catalogue holds, for comparing two of them."""
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in polib.pofile(str(po_path)) if not e.obsolete}
