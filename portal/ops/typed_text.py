"""Text that people type is stored without characters that could make it lie when shown to others.

A worker's note, a family member's question, a name: each is shown to someone else. Unicode's
bidirectional controls (embeddings, overrides, isolates) can make text display in a different
order from what is stored ("Trojan Source"), so a file name or a date could read as something it
is not; control characters can break layouts and emails. They are removed from every text field
of the portal's own models when a row is saved, whatever form, service or command wrote it, so
no screen has to remember to do it. Marks that right-to-left writing needs (LRM, RLM, ALM) and the
joiners some scripts need (ZWJ, ZWNJ) are kept. File names have stricter rules of their own
(portal.documents.validation).
"""

import unicodedata

from django.db import models
from django.db.models.signals import pre_save

# LRE RLE PDF LRO RLO, LRI RLI FSI PDI: the controls that reorder what follows them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
KEPT_CONTROLS = frozenset("\n\t")
# Models from these packages hold what workers and families type.
TYPED_BY_PEOPLE = ("portal.", "cms.feedback.")


def typed_text_clean(value):
    """`value` without bidirectional reordering controls or control characters (but new lines and
    tabs); carriage returns and Unicode line separators become plain new lines."""
    if not value:
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return "".join(
        char
        for char in value
        if char not in BIDI_CONTROLS and (char in KEPT_CONTROLS or unicodedata.category(char) != "Cc")
    )


def _text_fields(model):
    return [
        field.attname
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField) and not field.choices
    ]


def typed_text_clean_instance(sender, instance, raw=False, **kwargs):
    if raw or not sender.__module__.startswith(TYPED_BY_PEOPLE):
        return
    for attname in _text_fields(sender):
        value = getattr(instance, attname)
        if isinstance(value, str):
            setattr(instance, attname, typed_text_clean(value))


def connect():
    pre_save.connect(typed_text_clean_instance, dispatch_uid="portal-typed-text-clean")
