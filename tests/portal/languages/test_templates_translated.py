"""Every word a person reads in our templates goes through Django's translation system.

This reads each of the project's templates with Django's own template lexer and fails on text a
person would see (between tags, or in an alt, title, aria-label, placeholder or content attribute)
that is not inside {% translate %} or {% blocktranslate %}. Comments, <script> and <style> are
skipped; so is text that is only punctuation, numbers, entities or template variables.
"""

import re
from pathlib import Path

import pytest
from django.template.base import Lexer, TokenType

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = sorted(p for top in ("portal", "cms") for p in (ROOT / top).rglob("templates/**/*.html"))

# Attributes whose values people read or hear.
READ_ATTRIBUTES = re.compile(r"""\b(alt|title|aria-label|placeholder|content)\s*=\s*(["'])(.*?)\2""", re.S)
TAG = re.compile(r"<[^>]*>", re.S)
ENTITY = re.compile(r"&[#a-zA-Z0-9]+;")
# A word: two letters or more in any script (one letter is usually a symbol or a list marker).
WORD = re.compile(r"[^\W\d_]{2,}")
# Text that is not for translation: names of standards and protocols that stay as they are.
NOT_WORDS = {"tel", "mailto", "https", "http"}


def _words(text):
    text = ENTITY.sub(" ", text)
    return [w for w in WORD.findall(text) if w.lower() not in NOT_WORDS]


def untranslated_text(source):
    """[(line, text)] of visible text outside translation tags in one template's source."""
    found = []
    depth = 0  # inside {% translate %}…? only blocktranslate spans tokens
    skipping = None  # inside {% comment %}, or a <script>/<style> element
    html = []  # (line, text) of the text tokens outside blocktranslate, joined to find tags
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0] if token.contents else ""
            if name in ("comment", "verbatim"):
                skipping = "end" + name
            elif skipping and name == skipping:
                skipping = None
            elif name in ("blocktranslate", "blocktrans"):
                depth += 1
            elif name in ("endblocktranslate", "endblocktrans"):
                depth -= 1
            elif name == "plural":
                pass
            html.append((token.lineno, " "))  # a tag splits text, like a variable does
            continue
        if token.token_type == TokenType.VAR:
            html.append((token.lineno, "{{}}"))
            continue
        if token.token_type != TokenType.TEXT or skipping or depth:
            continue
        html.append((token.lineno, token.contents))

    # Rebuild the HTML outside translation tags, keeping the line where each piece started.
    text = ""
    starts = []
    for lineno, piece in html:
        starts.append((len(text), lineno))
        text += piece

    def line_at(offset):
        line = 1
        for start, lineno in starts:
            if start > offset:
                break
            line = lineno
        return line

    text_no_code = re.sub(r"<(script|style)\b.*?</\1>", lambda m: " " * len(m.group()), text, flags=re.S | re.I)
    for match in TAG.finditer(text_no_code):
        for attribute in READ_ATTRIBUTES.finditer(match.group()):
            if attribute.group(1) == "content" and 'name="description"' not in match.group():
                continue  # content= is read only in a meta description
            value = attribute.group(3).replace("{{}}", " ")
            if _words(value):
                found.append((line_at(match.start()), f'{attribute.group(1)}="{attribute.group(3).strip()}"'))
    between = TAG.sub(lambda m: " " * len(m.group()), text_no_code)
    for match in re.finditer(r"[^\s][^<>]*?(?=\s{2,}|$)", between, re.S):
        if _words(match.group().replace("{{}}", " ")):
            found.append((line_at(match.start()), match.group().strip()[:80]))
    return found


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_templates_have_no_untranslated_text(template):
    found = untranslated_text(template.read_text())
    assert not found, "Text outside {% translate %}:\n" + "\n".join(f"  line {line}: {text}" for line, text in found)


def test_the_check_finds_untranslated_text():
    source = (
        '{% load i18n %}<p>{% translate "Fine" %}</p><p>Not fine</p><img alt="A picture">'
        "{% blocktranslate trimmed %}Also fine {{ x }}{% endblocktranslate %}"
        "{% comment %}Ignored{% endcomment %}<script>ignored()</script><p>{{ value }} &ndash; 3</p>"
    )
    assert [text for _, text in untranslated_text(source)] == ['alt="A picture"', "Not fine"]
