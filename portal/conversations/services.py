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
    now = timezone.now()
    thread = Thread(
        case=case,
        asker=participant,
        topic=topic,
        document=document,
        stage=case.stage if topic == Thread.Topic.STAGE else "",
        awaiting_reply=True,
        last_message_at=now,
    )
    thread.full_clean()
    thread.save()
    Message.objects.create(thread=thread, author=participant.user, from_family=True, body=body)
    audit_allowed(actor=participant.user, action="question_ask", obj=thread, authority=case.authority)
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
