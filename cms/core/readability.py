"""LIX readability, the measure Wagtail's editor checks show, computed on the server.

LIX = words / sentences + 100 × long words / words, where a long word has more than six
letters. Lower is easier: under about 30 is very easy, 40 is plain adult prose, 50 and over is
hard. Written here rather than with textstat, which downloads a dictionary at run time.
"""

import re
from html import unescape

_TAG = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)|\n\s*\n|</(?:p|li|h[1-6])>", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


def plain_text(html):
    """Text of an HTML fragment, with block ends turned into sentence breaks."""
    text = re.sub(r"</(?:p|li|h[1-6]|div)>", ".\n", html, flags=re.IGNORECASE)
    return unescape(_TAG.sub(" ", text))


def lix(text):
    """The LIX score of plain text (pass HTML through plain_text first). 0 for empty text."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = [part for part in _SENTENCE_END.split(text) if _WORD.search(part or "")]
    long_words = sum(1 for word in words if len(word.replace("-", "").replace("'", "").replace("’", "")) > 6)
    return round(len(words) / max(len(sentences), 1) + 100 * long_words / len(words), 1)
