"""Writes for a case's life as a whole: closing it with a reason, and handing it to another worker."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext, gettext_lazy

from portal.audit.services import audit_allowed
from portal.notifications.naming import named, portal_name

from ..models import Case, CaseHandover
from ..selectors import workers_for_authority


@transaction.atomic
def case_close(*, case, reason, closed_by):
    """Close a case, with the council's reason. Nothing is sent to the family.

    Closing starts the retention clock: the case and everything in it are deleted
    PORTAL_RETENTION_DAYS_AFTER_CLOSE days after `closed_at` (portal/cases/retention.py). A stage that
    ends a case (order made, stepped down) has already set `closed_at`; that date is kept, so writing
    the reason down later does not put the deletion off. Once closed with a reason, the stage no
    longer changes (case_stage_change), so the case cannot quietly reopen.
    """
    case = Case.objects.select_for_update().select_related("authority").get(pk=case.pk)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": gettext("Say why the case is closing.")})
    if case.closed_reason:
        raise ValidationError(
            gettext("This case was already closed on %(date)s.")
            % {"date": formats.date_format(timezone.localtime(case.closed_at), "j F Y")}
        )
    case.closed_at = case.closed_at or timezone.now()
    case.closed_reason = reason
    case.full_clean()
    case.save(update_fields=["closed_at", "closed_reason"])
    # The reason stays on the case, not in the log: it may say more about the family than the log should.
    audit_allowed(actor=closed_by, action="case_close", obj=case, authority=case.authority)
    return case


HANDOVER_SUBJECT = gettext_lazy("A case has been handed over to you")
HANDOVER_BODY = gettext_lazy(
    "Hello,\n\n"
    "{name} has handed a case over to you on {portal_name}, with a note for you.\n\n"
    "Open it here (sign in first if you are asked to):\n{url}\n"
)


def _handover_email_send(*, to, from_name, case_id):
    """Names no family: a worker's email can be read on a shared screen or a phone's lock screen."""
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("cases:workspace", args=[case_id])
    body = str(HANDOVER_BODY).format(name=from_name, portal_name=portal_name(), url=url)
    send_mail(named(str(HANDOVER_SUBJECT)), body, None, [to])


@transaction.atomic
def case_hand_over(*, case, to_worker, note, handed_by):
    """Hand a case to another active worker of the case's council, with a note for them.

    The new worker takes the handing worker's place among the case's named workers (the family sees
    them on their who's who); other named workers stay. The new worker gets an email after commit.
    """
    note = (note or "").strip()
    errors = {}
    if not note:
        errors["note"] = gettext("Write a note for the new worker.")
    if to_worker is None or not workers_for_authority(authority=case.authority).filter(pk=to_worker.pk).exists():
        errors["to_worker"] = gettext("You can only hand a case to an active worker of this council.")
    elif to_worker.pk == handed_by.pk:
        errors["to_worker"] = gettext("Choose a worker other than yourself.")
    if errors:
        raise ValidationError(errors)
    case.workers.remove(handed_by)
    case.workers.add(to_worker)
    handover = CaseHandover(case=case, from_worker=handed_by, to_worker=to_worker, note=note, handed_at=timezone.now())
    handover.full_clean()
    handover.save()
    audit_allowed(
        actor=handed_by, action="case_handover", obj=case, authority=case.authority, detail=f"to user={to_worker.pk}"
    )
    to, from_name, case_id = to_worker.email, handed_by.get_full_name() or handed_by.email, case.pk
    transaction.on_commit(lambda: _handover_email_send(to=to, from_name=from_name, case_id=case_id))
    return handover
