from .models import AccessLogEntry


def audit_record(*, actor, action, outcome, obj=None, authority=None, request=None, detail=""):
    """Write one access log row. Called by services and views for every view, download and denial."""
    is_user = actor is not None and getattr(actor, "is_authenticated", False)
    return AccessLogEntry.objects.create(
        actor=actor if is_user else None,
        actor_label=actor.email if is_user else "anonymous",
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
