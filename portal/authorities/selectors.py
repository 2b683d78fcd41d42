from allauth.mfa.models import Authenticator
from django.db.models import Exists, OuterRef, Prefetch, prefetch_related_objects
from django.http import Http404

from cms.core.cache import site_for_request

from .models import AreaMembership, LocalAuthority, StaffMembership


def staff_membership_for(user):
    """The active staff membership of a signed-in, active user, with its authority, or None. Default deny.

    Asked a dozen times a request (menus, search areas, permission policies, the view, the
    branding), it is fetched once and kept on the user object as Django keeps any related object:
    Django builds request.user afresh for every request, so a membership moved or ended counts from
    the next request on. `user.refresh_from_db()` forgets it, as it forgets every related object.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    prefetch_related_objects(
        [user], Prefetch("staff_membership", queryset=StaffMembership.objects.select_related("authority"))
    )
    try:
        return user.staff_membership
    except StaffMembership.DoesNotExist:
        return None


def staff_membership_for_request(request):
    """`staff_membership_for(request.user)`: the branding and the navigation of every page both need it.
    Asked once per request (see staff_membership_for); a new user (signing in or out) is asked afresh."""
    return staff_membership_for(getattr(request, "user", None))


def authority_for_request(request):
    """The local authority whose branding this request should show, or None.

    Staff and family members see their own LA's name and colour; everyone else sees the LA of
    the site they are visiting. Cached on the request: header, footer and exit link all ask.
    """
    if not hasattr(request, "_portal_authority"):
        request._portal_authority = _find_authority(request)
    return request._portal_authority


def authority_for_request_known(request, authority):
    """Tell authority_for_request the answer when the view already has it (a page about one case)."""
    request._portal_authority = authority


def _find_authority(request):
    user = getattr(request, "user", None)
    membership = staff_membership_for_request(request)
    if membership is not None:
        return membership.authority
    if getattr(user, "is_authenticated", False):
        authority = LocalAuthority.objects.filter(cases__participants__user=user).first()
        if authority is not None:
            return authority
    site = site_for_request(request)
    if site is None:
        return None
    return LocalAuthority.objects.filter(site=site).first()


def la_admin_membership_for(user):
    """The membership of an active LA admin, or None. Only LA admins manage staff and read the log."""
    membership = staff_membership_for(user)
    if membership is None or membership.role != StaffMembership.Role.ADMIN:
        return None
    return membership


def insight_membership_for(user):
    """The membership of an LA admin or of the read-only data role: the people who see their council's
    pre-proceedings figures (never a case). None for everyone else."""
    membership = staff_membership_for(user)
    if membership is None or membership.role not in (StaffMembership.Role.ADMIN, StaffMembership.Role.DATA):
        return None
    return membership


def area_membership_for(user):
    """The family justice area membership of a signed-in, active user, with its area, or None."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    return AreaMembership.objects.select_related("area").filter(user=user).first()


def area_authorities(area):
    """The councils of a family justice area, by name."""
    return list(LocalAuthority.objects.filter(area=area).order_by("name"))


def staff_for_admin(*, user):
    """Staff of the admin's own LA (active or not, so they can be reactivated); none for anyone else.

    Superusers are left out even if they hold a membership: an LA admin must never be able to
    change or lock out a platform operator. Family accounts have no membership, so never appear.
    """
    membership = la_admin_membership_for(user)
    if membership is None:
        return StaffMembership.objects.none()
    return StaffMembership.objects.filter(
        authority_id=membership.authority_id, user__is_superuser=False
    ).select_related("user", "authority")


def staff_for_admin_with_mfa(*, user):
    """`staff_for_admin`, each membership annotated `has_mfa`: whether its user has set up a second factor.

    Recovery codes alone are not a second factor: they only exist alongside one.
    """
    second_factors = Authenticator.objects.filter(
        user_id=OuterRef("user_id"), type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
    )
    return staff_for_admin(user=user).annotate(has_mfa=Exists(second_factors))


def staff_has_second_factor(*, membership):
    """Whether this member of staff has an authenticator app or passkey (what a reset would remove)."""
    return Authenticator.objects.filter(
        user_id=membership.user_id, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
    ).exists()


def authorities_with_site():
    """Every LA that has its own Wagtail site, with the site's home page."""
    return LocalAuthority.objects.select_related("site__root_page").exclude(site=None)


def staff_membership_get_for_admin(*, user, membership_id):
    """One membership the admin may manage. Other LAs, superusers and non-admins: 404."""
    try:
        return staff_for_admin(user=user).get(pk=membership_id)
    except (StaffMembership.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
