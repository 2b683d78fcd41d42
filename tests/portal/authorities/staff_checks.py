"""What the staff-administration tests look at: the state an LA admin must not change behind our
back, and the refusals the access log holds."""

from django.contrib.auth import get_user_model

from portal.audit.models import AccessLogEntry
from portal.authorities.models import StaffMembership

User = get_user_model()


def staff_snapshot():
    """Everything an LA admin must not be able to change behind our back."""
    return {
        "users": sorted(
            User.objects.values_list("email", "is_active", "is_staff", "is_superuser", "first_name", "last_name")
        ),
        "memberships": sorted(StaffMembership.objects.values_list("user__email", "authority_id", "role", "job_title")),
        "group_members": sorted(User.groups.through.objects.values_list("user__email", "group__name")),
    }


def denials_logged(action=None):
    rows = AccessLogEntry.objects.filter(outcome=AccessLogEntry.Outcome.DENIED)
    return rows.filter(action=action) if action else rows
