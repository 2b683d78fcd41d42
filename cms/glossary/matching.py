"""Finding glossary words in a run of text: where each one is, and which entry it belongs to.

Each rule below fixes a wrong explanation a reader once saw:

- Whole words only: no letter, digit, underscore or hyphen either side, so "pre-proceedings" does
  not contain the word "proceedings".
- Any case, except abbreviations. A word the glossary writes in capitals ("LA", "PLO", "CAFCASS")
  is found only in capitals, so an everyday "la" is never the council.
- Either apostrophe (' or ’) and any run of spaces between words.
- A phrase of two or more words is also found with a plural or possessive ending on its last word
  ("advocates' meetings", "special guardians"), so a shorter word inside it is never taken alone.
- Longest first, across the whole text. Every place where a term (or a phrase a term is "not in")
  could start is found, and the longest claims its words before any shorter one that overlaps it:
  "care proceedings" beats "in care" in "in care proceedings", and "advocates' meeting" (the
  lawyers' meeting) beats "advocates".
- A phrase a term is "not in" ("contact us" for "contact", the family time word) claims its words
  and links nothing, so the word inside it is not explained as something it does not mean there.
"""

import re
from dataclasses import dataclass

_APOSTROPHES = "'’"
_BEFORE = r"(?<![\w-])"
_AFTER = r"(?![\w-])"
# The plural or possessive ending a phrase may carry on its last word: meetings, guardian's, parents'.
_PHRASE_ENDING = r"(?:s['’]|['’]s|s)?"
_ENDINGS = ("s'", "'s", "s")


def normalise(text):
    """How two spellings of one form compare: lower case, one apostrophe, single spaces."""
    return " ".join(text.replace("’", "'").lower().split())


def _is_abbreviation(word):
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _word_pattern(word):
    escaped = "".join("['’]" if char in _APOSTROPHES else re.escape(char) for char in word)
    # A scoped flag: the rest of the expression ignores case, an abbreviation does not.
    return f"(?-i:{escaped})" if _is_abbreviation(word) else escaped


def _form_pattern(form):
    words = form.split()
    pattern = r"\s+".join(_word_pattern(word) for word in words)
    return pattern + _PHRASE_ENDING if len(words) > 1 else pattern


def _alternatives(forms):
    """One alternative per distinct form, longest first (so the longest is tried first at any place)."""
    forms = [form.strip() for form in forms if form and form.strip()]
    patterns = {}
    for form in sorted(forms, key=lambda form: len(normalise(form)), reverse=True):
        patterns.setdefault(_form_pattern(form), None)
    return "|".join(patterns)


def whole_word_regex(forms):
    """One regular expression that finds any of `forms` as whole words (see the rules above).

    None if there are no forms. Used to ask "does this text use the word?"; TermMatcher below
    decides what a page links.
    """
    alternatives = _alternatives(forms)
    if not alternatives:
        return None
    return re.compile(rf"{_BEFORE}(?:{alternatives}){_AFTER}", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    term: object


class TermMatcher:
    """Finds glossary words in text. Build it once per piece of HTML: terms change only when published."""

    def __init__(self, terms):
        self.term_by_form = {}
        self.not_in = set()
        forms, phrases = [], []
        for term in terms:
            for form in term.forms:
                # The first term to claim a form keeps it (the model refuses duplicates anyway).
                self.term_by_form.setdefault(normalise(form), term)
                forms.append(form)
        for term in terms:
            for phrase in term.not_in_phrases:
                if normalise(phrase) not in self.term_by_form:  # a form of another term links to it
                    self.not_in.add(normalise(phrase))
                    phrases.append(phrase)
        alternatives = _alternatives(forms + phrases) if forms else ""
        # Zero-width, so that every starting place is tried, including inside an earlier match.
        self.regex = re.compile(rf"{_BEFORE}(?=({alternatives}){_AFTER})", re.IGNORECASE) if alternatives else None

    def _term_for(self, matched_text):
        """The term a matched piece of text is, or None for a "not in" phrase."""
        key = normalise(matched_text)
        if key in self.term_by_form:
            return self.term_by_form[key]
        if key in self.not_in:
            return None
        for ending in _ENDINGS:  # "advocates' meetings": the phrase with an ending
            stem = key.removesuffix(ending)
            if stem != key and " " in stem:
                if stem in self.term_by_form:
                    return self.term_by_form[stem]
                if stem in self.not_in:
                    return None
        return None

    def find(self, text):
        """The glossary words in `text`, in order: longest first, never overlapping, never a "not in" phrase."""
        if self.regex is None:
            return []
        candidates = [
            (match.start(1), match.end(1), self._term_for(match.group(1))) for match in self.regex.finditer(text)
        ]
        candidates.sort(key=lambda candidate: (candidate[0] - candidate[1], candidate[0]))
        taken, found = [], []
        for start, end, term in candidates:
            if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
                continue
            taken.append((start, end))
            if term is not None:
                found.append(Found(start=start, end=end, term=term))
        return sorted(found, key=lambda item: item.start)
