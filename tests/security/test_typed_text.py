"""Typed text shown to others carries no bidirectional overrides or control characters (trust
issue, part 5), whichever screen or service saved it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.cases.models import KeyDate
from portal.conversations.models import Message
from portal.ops.typed_text import typed_text_clean

pytestmark = pytest.mark.django_db

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (f"Meeting on {RLO}2026-12-14{PDF}", "Meeting on 2026-12-14"),
        (f"Invoice{LRI}fdp.exe{PDI}", "Invoicefdp.exe"),
        ("Line one\r\nline two\rthree\u2028four", "Line one\nline two\nthree\nfour"),
        ("Bell\x07 and escape\x1b[31m and NUL\x00", "Bell and escape[31m and NUL"),
        ("Tabs\tstay", "Tabs\tstay"),
        # What right-to-left writing and joined scripts need is kept: RLM, ALM, ZWNJ, ZWJ.
        ("\u0645\u06cc\u06ba\u200f (court)\u061c", "\u0645\u06cc\u06ba\u200f (court)\u061c"),
        ("\u0645\u06cc\u200c\u06ba \U0001f469\u200d\U0001f467", "\u0645\u06cc\u200c\u06ba \U0001f469\u200d\U0001f467"),
    ],
)
def test_typed_text_loses_reordering_and_control_characters_only(typed, stored):
    assert typed_text_clean(typed) == stored


def test_a_family_members_question_is_stored_without_overrides(client, world):
    client.force_login(world.p1.user)
    client.post(reverse("family:question_new", args=[world.a1.public_id]), {"body": f"Is it {RLO}yadnoM{PDF}?"})
    assert Message.objects.get().body == "Is it yadnoM?"


def test_what_a_worker_types_and_names_are_stored_without_overrides(world):
    date = KeyDate.objects.create(
        case=world.a1,
        title=f"Hearing {RLO}moor{PDF}",
        note=f"Bring\x0b your letter {LRI}x{PDI}",
        starts_at=timezone.now() + datetime.timedelta(days=3),
    )
    date.refresh_from_db()
    assert (date.title, date.note) == ("Hearing moor", "Bring your letter x")
    user = world.p2.user
    user.first_name = f"Sam{RLO}"
    user.save()
    user.refresh_from_db()
    assert user.first_name == "Sam"
