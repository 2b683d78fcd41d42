"""Reads for questions. A thread is seen by the person who asked it and by the workers of the case's LA.

Nobody else in the family sees it: a question is fetched for a family member only through their
own participation, and anything else is a 404.
"""

from datetime import timedelta

from django.conf import settings
from django.http import Http404
from django.utils import timezone

from portal.cases.selectors import cases_for_worker
from portal.documents.models import DocumentRecipient

from .models import Thread


def threads_for_participant(*, participant):
    return list(
        Thread.objects.filter(asker=participant, case_id=participant.case_id)
        .select_related("document")
        .prefetch_related("messages")
    )


def thread_get_for_participant(*, participant, thread_id):
    try:
        return Thread.objects.select_related("case", "document").get(
            public_id=thread_id, asker=participant, case_id=participant.case_id
        )
    except Thread.DoesNotExist as exc:
        raise Http404 from exc


def messages_for_thread(*, thread):
    """A thread's messages, oldest first, with their authors. The caller fetched the thread in scope."""
    return list(thread.messages.select_related("author"))


def document_title_for_participant(*, participant, thread):
    """A thread's document title, only while that document is still shared with the asker."""
    if thread.document_id is None:
        return ""
    shared = DocumentRecipient.objects.filter(participant=participant, document_id=thread.document_id).exists()
    return thread.document.title if shared else ""


def threads_for_worker(*, user, case=None):
    threads = Thread.objects.filter(case__in=cases_for_worker(user=user))
    if case is not None:
        threads = threads.filter(case=case)
    return threads.select_related("case", "asker__user", "document")


def unanswered_threads_for_worker(*, user, case=None, limit=None):
    """Questions still waiting for a reply, oldest first: the ones waiting longest come first."""
    threads = threads_for_worker(user=user, case=case).filter(awaiting_reply=True).order_by("last_message_at", "pk")
    return list(threads[:limit])


def thread_get_for_worker(*, user, thread_id):
    try:
        return threads_for_worker(user=user).select_related("case__authority").get(public_id=thread_id)
    except Thread.DoesNotExist as exc:
        raise Http404 from exc


def unopened_days():
    return settings.PORTAL_UNOPENED_DAYS


def unopened_too_long(receipt, *, now):
    """The test unopened_receipts_for_worker makes in the database, for one receipt already loaded
    with its family member's account: the case page has them all from documents_for_case_worker."""
    return (
        receipt.first_opened_at is None
        and receipt.shared_at <= now - timedelta(days=unopened_days())
        and receipt.participant.user.is_active
    )


def unopened_receipts_for_worker(*, user, case=None, now=None, limit=None):
    """Recipients who have not opened a document shared with them more than PORTAL_UNOPENED_DAYS ago.

    A prompt for the worker to check in with them: the family may not have seen the email, or
    may not be able to open the document.
    """
    now = now or timezone.now()
    receipts = DocumentRecipient.objects.filter(
        document__case__in=cases_for_worker(user=user),
        first_opened_at__isnull=True,
        shared_at__lte=now - timedelta(days=unopened_days()),
        participant__user__is_active=True,
    )
    if case is not None:
        receipts = receipts.filter(document__case=case)
    receipts = receipts.select_related("document", "document__case", "participant__user").order_by("shared_at", "pk")
    return list(receipts[:limit])
