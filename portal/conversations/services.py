"""Writes for questions: validated, atomic, audited. A worker's reply tells the asker (neutrally)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from portal.audit.services import audit_allowed
from portal.cases.selectors import cases_for_worker
from portal.documents.models import DocumentRecipient
from portal.notifications.models import Notification
from portal.notifications.services import notify_participants

from .models import MESSAGE_MAX_LENGTH, Message, Thread

EMPTY_MESSAGE = gettext_lazy("Write your question")
EMPTY_REPLY = gettext_lazy("Write your reply")
TOO_LONG = gettext_lazy("Your message must be %(limit_value)d characters or fewer")


def _clean_body(body, *, empty_message):
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": empty_message})
    if len(body) > MESSAGE_MAX_LENGTH:
        raise ValidationError({"body": ValidationError(TOO_LONG, params={"limit_value": MESSAGE_MAX_LENGTH})})
    return body


def _thread_open(*, participant, body, topic, **fields):
    """Start a thread with the family member's first message. Callers validate and audit."""
    now = timezone.now()
    thread = Thread(
        case=participant.case, asker=participant, topic=topic, awaiting_reply=True, last_message_at=now, **fields
    )
    thread.full_clean()
    thread.save()
    Message.objects.create(thread=thread, author=participant.user, from_family=True, body=body)
    return thread


@transaction.atomic
def thread_start(*, participant, body, document=None, about_stage=False):
    """A family member asks their workers a question, about a document shared with them, the stage, or anything."""
    body = _clean_body(body, empty_message=EMPTY_MESSAGE)
    case = participant.case
    topic = Thread.Topic.OTHER
    if document is not None:
        # Only about a document this person can see: never a way to learn about someone else's.
        if not DocumentRecipient.objects.filter(participant=participant, document=document).exists():
            raise ValidationError(gettext("You can only ask about documents shared with you."))
        topic = Thread.Topic.DOCUMENT
    elif about_stage:
        topic = Thread.Topic.STAGE
    thread = _thread_open(
        participant=participant,
        body=body,
        topic=topic,
        document=document,
        stage=case.stage if topic == Thread.Topic.STAGE else "",
    )
    audit_allowed(actor=participant.user, action="question_ask", obj=thread, authority=case.authority)
    return thread


EMPTY_REASON = gettext_lazy("Tell your worker why you cannot make it, so they can look for another time")


@transaction.atomic
def date_cannot_make(*, participant, key_date, reason, now=None):
    """A family member tells their workers they cannot make a coming date, and why. Their workers
    see it with their questions and answer it the same way."""
    if key_date.case_id != participant.case_id:
        raise ValidationError(gettext("You can only answer about your own family's dates."))
    if key_date.starts_at <= (now or timezone.now()):
        raise ValidationError(gettext("This date has already passed. Ask your worker a question instead."))
    body = _clean_body(reason, empty_message=EMPTY_REASON)
    thread = _thread_open(participant=participant, body=body, topic=Thread.Topic.DATE, key_date=key_date)
    audit_allowed(actor=participant.user, action="date_cannot_make", obj=thread, authority=participant.case.authority)
    return thread


# Needs that cannot be met without a word more: which language, or what would help.
NEED_DETAIL_REQUIRED = {
    Thread.Need.INTERPRETER: gettext_lazy("Say which language you need"),
    Thread.Need.OTHER: gettext_lazy("Say what would help you"),
}


@transaction.atomic
def help_request(*, participant, need, details=""):
    """A family member asks for help to take part: an interpreter, an advocate, or an adjustment."""
    if need not in Thread.Need.values:
        raise ValidationError({"need": gettext("Choose what would help you")})
    details = (details or "").strip()
    if not details and need in NEED_DETAIL_REQUIRED:
        raise ValidationError({"body": NEED_DETAIL_REQUIRED[need]})
    body = _clean_body(details or str(Thread.Need(need).label), empty_message=EMPTY_MESSAGE)
    thread = _thread_open(participant=participant, body=body, topic=Thread.Topic.REQUEST, need=need)
    audit_allowed(
        actor=participant.user,
        action="help_request",
        obj=thread,
        authority=participant.case.authority,
        detail=f"need={need}",
    )
    return thread


@transaction.atomic
def thread_follow_up(*, thread, participant, body):
    """The asker adds to their own question; it waits for a reply again."""
    if thread.asker_id != participant.pk:
        raise ValidationError(gettext("You can only add to your own questions."))
    body = _clean_body(body, empty_message=EMPTY_MESSAGE)
    message = Message.objects.create(thread=thread, author=participant.user, from_family=True, body=body)
    Thread.objects.filter(pk=thread.pk).update(awaiting_reply=True, last_message_at=message.created_at)
    audit_allowed(actor=participant.user, action="question_follow_up", obj=thread, authority=participant.case.authority)
    return message


@transaction.atomic
def thread_reply(*, thread, worker, body):
    """A worker of the case's LA replies. The asker gets a neutral "you have an update" message."""
    if not cases_for_worker(user=worker).filter(pk=thread.case_id).exists():
        raise ValidationError(gettext("You can only reply to questions about your council's cases."))
    if thread.asker_id is None:
        raise ValidationError(
            gettext("The person who asked this no longer has access to the case, so they could not read a reply.")
        )
    body = _clean_body(body, empty_message=EMPTY_REPLY)
    message = Message.objects.create(thread=thread, author=worker, from_family=False, body=body)
    Thread.objects.filter(pk=thread.pk).update(awaiting_reply=False, last_message_at=message.created_at)
    thread.awaiting_reply = False
    thread.last_message_at = message.created_at
    audit_allowed(actor=worker, action="question_reply", obj=thread, authority=thread.case.authority)
    notify_participants(participants=[thread.asker], reason=Notification.Reason.QUESTION_ANSWERED)
    return message
