"""English in brackets inside an Urdu sentence, like "(care proceedings)", is isolated with Unicode's
first-strong isolate (U+2068 … U+2069), so the right-to-left sentence cannot pull its brackets or
words out of order (Unicode bidirectional algorithm, UAX #9, "isolates")."""

import re
from pathlib import Path

import polib

from portal.demo.translations import ur

ROOT = Path(__file__).resolve().parents[3]
FSI, PDI = "\u2068", "\u2069"
BARE = re.compile(r"(?<![%\u2068])\([A-Za-z][^()]*\)")
ISOLATED = re.compile(r"\u2068\([A-Za-z][^()]*\)\u2069")


def urdu_catalogue_texts():
    for entry in polib.pofile(str(ROOT / "locale" / "ur" / "LC_MESSAGES" / "django.po")):
        if not entry.obsolete:
            yield from [entry.msgstr, *entry.msgstr_plural.values()]


def test_bracketed_english_in_urdu_is_isolated_in_the_interface():
    texts = list(urdu_catalogue_texts())
    assert any(ISOLATED.search(text) for text in texts)  # there is English to isolate
    bare = [text for text in texts if BARE.search(text)]
    assert bare == []


def test_bracketed_english_in_urdu_is_isolated_in_the_demo_pages():
    bare = [text for text in ur.STRINGS.values() if BARE.search(text)]
    assert bare == []
    assert any(ISOLATED.search(text) for text in ur.STRINGS.values())
