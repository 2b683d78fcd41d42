"""Words that mean the same to the people searching: families use one word, professionals another.

PORTAL_SEARCH_SYNONYMS (a setting) replaces DEFAULT_SYNONYMS. Each key and its list form one
group of words that mean the same; a search for any of them also finds the others. Matching
ignores case and whole words only, so "sw" never matches inside "swimming".
"""

import re

from django.conf import settings

DEFAULT_SYNONYMS = {
    "plo": ["pre-proceedings", "pre proceedings", "public law outline"],
    # The letter, by the names families give it.
    "letter before proceedings": ["plo letter", "pre-proceedings letter", "letter before court"],
    # What families type when they are afraid, and the words the guides use for it.
    "care proceedings": [
        "take my kids",
        "take my children",
        "take my child",
        "take my baby",
        "lose my kids",
        "lose my children",
        "taken into care",
    ],
    "children's services": ["social services", "social care", "children's social care"],
    "kids": ["children"],
    "guardian": ["cafcass", "children's guardian"],
    "care order": ["interim care order"],
    "solicitor": ["lawyer", "legal advice"],
    "contact": ["family time"],
    "sw": ["social worker"],
}

# One search is at most this many variants: more would make the query slow to run, not better.
MAX_VARIANTS = 12


def search_synonyms():
    """The synonym groups in use: {word: [words that mean the same], …}."""
    return settings.PORTAL_SEARCH_SYNONYMS or DEFAULT_SYNONYMS


def _normalise(text):
    return " ".join(text.replace("’", "'").lower().split())


def synonym_groups(synonyms=None):
    """[{"plo", "pre-proceedings", …}, …]: each key with its words, normalised."""
    synonyms = search_synonyms() if synonyms is None else synonyms
    groups = []
    for key, words in synonyms.items():
        group = {_normalise(word) for word in [key, *words] if word and word.strip()}
        if len(group) > 1:
            groups.append(group)
    return groups


def _whole_words(phrase):
    words = [re.escape(word) for word in phrase.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])")


def query_variants(query, synonyms=None):
    """The query and the same query with each synonym swapped in, the query first.

    "PLO letter" -> ["plo letter", "pre-proceedings letter", "pre proceedings letter",
    "public law outline letter"]. Searching for any variant (OR) finds pages that use any word.
    """
    query = _normalise(query)
    if not query:
        return []
    variants = [query]
    for group in synonym_groups(synonyms):
        # Longest first, so "interim care order" is swapped as a whole before "care order".
        for word in sorted(group, key=len, reverse=True):
            pattern = _whole_words(word)
            if not pattern.search(query):
                continue
            for other in sorted(group - {word}):
                variant = pattern.sub(lambda _match, other=other: other, query)
                if variant not in variants:
                    variants.append(variant)
            break
    return variants[:MAX_VARIANTS]
