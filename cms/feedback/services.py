"""Writes for page feedback."""

import re

from django.db import transaction

from .models import PageFeedback

COMMENT_MAX_LENGTH = 1200
REMOVED = "[removed]"

# Anything with an @ between two runs of non-space characters: better to remove too much.
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+")
# A run of digits with the spaces, dots, dashes and brackets people put in phone numbers.
_PHONE_LIKE = re.compile(r"(?:\+|\()?\d[\d\s().-]{6,}\d\)?")


def _digit_count(text):
    return sum(character.isdigit() for character in text)


def comment_scrub(text):
    """The comment with email addresses and phone numbers (9 to 15 digits) replaced by [removed]."""
    text = _EMAIL.sub(REMOVED, text or "")
    text = _PHONE_LIKE.sub(lambda match: REMOVED if 9 <= _digit_count(match.group(0)) <= 15 else match.group(0), text)
    return text.strip()


@transaction.atomic
def feedback_record(*, page, useful, comment=""):
    """Save one anonymous answer for a page. The comment is scrubbed before anything is stored."""
    feedback = PageFeedback(page=page, useful=bool(useful), comment=comment_scrub(comment))
    feedback.full_clean()
    feedback.save()
    return feedback
