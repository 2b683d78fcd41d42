"""English in brackets inside an Urdu sentence, like "(care proceedings)", is isolated with Unicode's
first-strong isolate (U+2068 … U+2069), so the right-to-left sentence cannot pull its brackets or
words out of order (Unicode bidirectional algorithm, UAX #9, "isolates")."""

import re
from pathlib import Path

import polib
import pytest

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


@pytest.mark.django_db
def test_what_a_worker_wrote_keeps_its_own_direction_on_an_urdu_page(client, world):
    """A worker's words (usually English) inside a right-to-left page are set apart with dir="auto",
    so each paragraph takes the direction of its own first letters and its punctuation stays put."""
    from bs4 import BeautifulSoup
    from django.conf import settings
    from django.urls import reverse

    world.d1.why_you_have_it = "Because you asked for it (at the meeting)."
    world.d1.save(update_fields=["why_you_have_it"])
    client.force_login(world.p1.user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ur"
    page = client.get(reverse("family:document", args=[world.a1.public_id, world.d1.public_id]))
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.find("html")["dir"] == "rtl"
    for text in (world.d1.what_it_is, world.d1.why_you_have_it):
        paragraph = soup.find("p", string=lambda value, text=text: value and value.strip() == text)
        assert paragraph is not None and paragraph.get("dir") == "auto", text
