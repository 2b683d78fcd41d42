"""Reads for the LA admin's pre-proceedings screens, scoped to the admin's own council."""

from portal.authorities.selectors import la_admin_membership_for

from ..models import OutcomeCode


def outcome_codes_for_admin(*, user):
    """The outcome codes of the admin's own council; none for anyone who is not an LA admin."""
    membership = la_admin_membership_for(user)
    if membership is None:
        return OutcomeCode.objects.none()
    return OutcomeCode.objects.filter(authority_id=membership.authority_id).order_by("code")
