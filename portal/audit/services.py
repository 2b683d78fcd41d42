from django.db import transaction

from .models import AccessLogEntry


def audit_record(*, actor, action, outcome, obj=None, authority=None, request=None, detail="", system=""):
    """Write one access log row. Called by services and views for every view, download and denial.

    `system` names the scheduled job or command acting when there is no person (actor=None).
    """
    is_user = actor is not None and getattr(actor, "is_authenticated", False)
    return AccessLogEntry.objects.create(
        actor=actor if is_user else None,
        actor_label=actor.email if is_user else f"system:{system}" if system else "anonymous",
        action=action,
        object_type=type(obj).__name__ if obj is not None else "",
        object_id=str(getattr(obj, "public_id", None) or getattr(obj, "pk", "") or "") if obj is not None else "",
        authority=authority,
        outcome=outcome,
        path=request.path[:300] if request is not None else "",
        detail=detail[:300],
    )


def audit_allowed(**kwargs):
    return audit_record(outcome=AccessLogEntry.Outcome.ALLOWED, **kwargs)


def audit_denied(**kwargs):
    return audit_record(outcome=AccessLogEntry.Outcome.DENIED, **kwargs)


def erased_user_label(user_id):
    return f"erased-user-{user_id}"


@transaction.atomic
def audit_actor_erase(*, user, erased_by=None, reason="", system=""):
    """Before an account is deleted: replace its email in the log with a pseudonym, and log that.

    The rows stay (the trail of who did what must survive), but no longer say who the person was.
    The pseudonym is stable, so rows by the same erased account can still be read together.
    """
    label = erased_user_label(user.pk)
    count = AccessLogEntry.objects.all()._pseudonymise_actor(user=user, label=label)
    audit_record(
        actor=erased_by,
        action="account_erase",
        outcome=AccessLogEntry.Outcome.ALLOWED,
        detail=f"{label}; log rows pseudonymised={count}; {reason}"[:300],
        system=system,
    )
    return label
