"""Reads of the access log. LA admins see only their own LA's rows; nobody else reads it in the admin."""

from .models import AccessLogEntry


def access_log_for_admin(*, membership):
    """Rows about the admin's own LA. Rows with no LA (sign-in attempts, platform actions) are left out."""
    return AccessLogEntry.objects.filter(authority_id=membership.authority_id)


def access_log_actions_for_admin(*, membership):
    """The actions that appear in the admin's own LA's rows, once each, in alphabetical order.

    The filter offers only these, so its list stays short and says nothing about other LAs.
    """
    return list(
        access_log_for_admin(membership=membership).order_by("action").values_list("action", flat=True).distinct()
    )
