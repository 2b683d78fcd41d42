"""Writes for local authorities: setting one up creates its site, home page and editor groups;
LA admins adding, changing and deactivating their own staff (resetting a lost authenticator is in
authenticator.py)."""

from importlib import import_module

from allauth.account.models import EmailAddress
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop
from wagtail.models import GroupPagePermission, Page, Site

from cms.guidance.sharing import national_guidance_share
from cms.home.models import HomePage
from portal.audit.services import audit_allowed, audit_denied
from portal.cases.invitations import invitation_send

from ..models import AreaMembership, FamilyJusticeArea, LocalAuthority, StaffMembership
from ..roles import AREA_GROUP, ROLE_GROUPS, editor_group_name, moderator_group_name, role_group_name
from ..selectors import la_admin_membership_for, staff_membership_for

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


@transaction.atomic
def authority_create(*, name, slug, brand_colour, hostname, port=80, is_default_site=False, intro=""):
    """Create an LA with its own Wagtail site and home page, and groups that may edit only it.

    Each LA gets one Wagtail site so its name, colour and exit link follow the host name,
    and page permissions granted on its home page stop at its own pages.
    """
    authority = LocalAuthority(name=name, slug=slug, brand_colour=brand_colour)
    authority.full_clean(exclude=["site"])
    _remove_wagtail_placeholder()
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title=name, slug=slug, intro=intro))
    home.save_revision().publish()
    site = Site.objects.create(
        hostname=hostname,
        port=port,
        root_page=home,
        site_name=name,
        is_default_site=is_default_site,
    )
    authority.site = site
    authority.save()
    authority_groups_ensure(authority=authority)
    national_guidance_share(authority=authority)
    return authority


def _remove_wagtail_placeholder():
    """Wagtail's first migration makes a "Welcome" page and a default site; LA sites replace them.

    Only a plain `wagtailcore.Page` directly under the root can be that placeholder: every real
    page in this project has its own type.
    """
    for page in Page.objects.filter(depth=2, content_type__app_label="wagtailcore", content_type__model="page"):
        Site.objects.filter(root_page=page).delete()
        page.delete()


@transaction.atomic
def authority_groups_ensure(*, authority):
    """Create (or repair) the LA's editor and moderator groups and their page permissions."""
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    # wagtail-localize's "Translate this page": page permissions still decide which pages.
    translate = Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
    home = authority.site.root_page
    groups = {}
    for group_name, codenames in (
        (editor_group_name(authority), EDITOR_PAGE_PERMISSIONS),
        (moderator_group_name(authority), MODERATOR_PAGE_PERMISSIONS),
    ):
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(access_admin, translate)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
        groups[group_name] = group
    return groups


# Staff management by LA admins.
#
# LA admins never get Wagtail's or Django's user permissions: anyone who can edit users in
# Wagtail can make a superuser. These services are the only way an LA admin changes an account,
# and each one checks that the actor is an active admin of the same LA before touching anything.
# Permission checks run before the transaction opens so that the audit row of a refusal is kept.


LAST_ADMIN_MESSAGE = gettext_noop("This is the only LA admin. Make someone else an admin before changing this role.")


def la_admin_required(*, actor, authority, action, obj=None):
    """The actor's admin membership of `authority`; otherwise audit the refusal and raise.

    For every write an LA admin makes in their own council (staff, settings, evaluation projects)."""
    admin = la_admin_membership_for(actor)
    if admin is None or admin.authority_id != authority.pk:
        own = staff_membership_for(actor)
        audit_denied(
            actor=actor,
            action=action,
            obj=obj,
            authority=own.authority if own is not None else None,
            detail="not an admin of this local authority",
        )
        raise PermissionDenied
    return admin


def _managed_membership_required(*, actor, membership, action):
    """Same-LA admin, and never a superuser's account, whatever membership it holds."""
    admin = la_admin_required(actor=actor, authority=membership.authority, action=action, obj=membership)
    if membership.user.is_superuser:
        audit_denied(actor=actor, action=action, obj=membership, authority=admin.authority, detail="superuser")
        raise PermissionDenied
    return admin


COUNCIL_SETTINGS = ("contact_phone", "contact_email", "pre_proceedings_weeks", "reply_working_days")


@transaction.atomic
def council_settings_update(*, authority, updated_by, **fields):
    """An LA admin changes their own council's settings. All or nothing; logged with what changed."""
    la_admin_required(actor=updated_by, authority=authority, action="council_settings_update", obj=authority)
    unknown = set(fields) - set(COUNCIL_SETTINGS)
    if unknown:
        raise ValueError(f"not council settings: {sorted(unknown)}")
    changed = sorted(name for name, value in fields.items() if getattr(authority, name) != value)
    for name, value in fields.items():
        setattr(authority, name, value.strip() if isinstance(value, str) else value)
    authority.full_clean()
    authority.save()
    audit_allowed(
        actor=updated_by,
        action="council_settings_update",
        obj=authority,
        authority=authority,
        detail=f"changed={','.join(changed)}",
    )
    return authority


def _role_group_set(*, user, role, authority, old_role=None):
    """Move the user into the Wagtail group for their role, leaving any other groups alone.

    Editors and moderators go into their own council's group (made again if it was removed). Leaving
    the editor or moderator role leaves that group; a worker who was also put in the editors group
    by hand (not as their role) keeps it."""
    role_groups = list(ROLE_GROUPS.values())
    if old_role is not None:
        role_groups.append(role_group_name(role=old_role, authority=authority))
    user.groups.remove(*Group.objects.filter(name__in=role_groups))
    name = role_group_name(role=role, authority=authority)
    group = Group.objects.filter(name=name).first() or authority_groups_ensure(authority=authority)[name]
    user.groups.add(group)


def staff_member_create(*, authority, email, first_name, last_name, role, job_title="", phone="", created_by):
    """Create a member of staff in the admin's own LA and send them the neutral invitation.

    The account has no usable password: they sign in with an emailed code (and may set a
    password later through a reset). It is never `is_staff` or `is_superuser`.
    """
    la_admin_required(actor=created_by, authority=authority, action="staff_create")
    with transaction.atomic():
        return _staff_account_create(
            authority=authority,
            email=email,
            first_name=first_name,
            last_name=last_name,
            role=role,
            job_title=job_title,
            phone=phone,
            created_by=created_by,
        )


@transaction.atomic
def first_la_admin_create(*, authority, email, first_name="", last_name=""):
    """A new council's first LA admin, made by `manage.py create_council` (there is no admin yet to
    make them), invited like any other member of staff. The access log names the command."""
    return _staff_account_create(
        authority=authority,
        email=email,
        first_name=first_name,
        last_name=last_name,
        role=StaffMembership.Role.ADMIN,
        created_by=None,
    )


def _staff_account_create(*, authority, email, first_name, last_name, role, job_title="", phone="", created_by):
    """Both callers open the transaction: the account, its membership, group and audit row go together."""
    email = (email or "").strip().lower()
    User = get_user_model()
    in_use = (
        User.objects.filter(email__iexact=email).exists() or EmailAddress.objects.filter(email__iexact=email).exists()
    )
    if email and in_use:
        raise ValidationError({"email": gettext("An account already uses this email address. Use a different one.")})
    with transaction.atomic():
        user = User(email=email, first_name=(first_name or "").strip(), last_name=(last_name or "").strip())
        user.is_staff = False
        user.is_superuser = False
        user.set_unusable_password()
        user.full_clean(exclude=["password"])
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        membership = StaffMembership(
            user=user, authority=authority, role=role, job_title=(job_title or "").strip(), phone=(phone or "").strip()
        )
        membership.full_clean()
        membership.save()
        _role_group_set(user=user, role=role, authority=authority)
        audit_allowed(
            actor=created_by,
            system="" if created_by else "create_council",
            action="staff_create",
            obj=membership,
            authority=authority,
            detail=role,
        )
        transaction.on_commit(lambda: invitation_send(email=email, authority=authority, for_staff=True))
    return membership


def staff_member_update(*, membership, role, job_title, phone, first_name, last_name, updated_by):
    """Change a member of staff's name, role, job title or phone. The LA always keeps an admin."""
    _managed_membership_required(actor=updated_by, membership=membership, action="staff_update")
    with transaction.atomic():
        # Lock all of the LA's admin rows, so two admins demoting themselves at once cannot leave none.
        admins = StaffMembership.objects.select_for_update(of=("self",)).filter(
            authority_id=membership.authority_id, role=StaffMembership.Role.ADMIN, user__is_active=True
        )
        other_admins = [admin.pk for admin in admins if admin.pk != membership.pk]
        old_role = membership.role
        demoted = old_role == StaffMembership.Role.ADMIN and role != StaffMembership.Role.ADMIN
        if demoted and not other_admins:
            raise ValidationError({"role": gettext(LAST_ADMIN_MESSAGE)})
        user = membership.user
        user.first_name = (first_name or "").strip()
        user.last_name = (last_name or "").strip()
        user.full_clean(exclude=["password"])
        user.save(update_fields=["first_name", "last_name"])
        membership.role = role
        membership.job_title = (job_title or "").strip()
        membership.phone = (phone or "").strip()
        membership.full_clean()
        membership.save(update_fields=["role", "job_title", "phone"])
        if role != old_role:
            _role_group_set(user=user, role=role, authority=membership.authority, old_role=old_role)
        detail = f"role {old_role} to {role}" if role != old_role else ""
        audit_allowed(
            actor=updated_by, action="staff_update", obj=membership, authority=membership.authority, detail=detail
        )
    return membership


def staff_member_deactivate(*, membership, deactivated_by):
    """Stop someone signing in, and end every session they have so a live one stops at once."""
    _managed_membership_required(actor=deactivated_by, membership=membership, action="staff_deactivate")
    if membership.user_id == deactivated_by.pk:
        raise ValidationError(gettext("You cannot deactivate your own account. Ask another LA admin."))
    with transaction.atomic():
        user = membership.user
        user.is_active = False
        user.save(update_fields=["is_active"])
        _user_sessions_end(user=user)
        audit_allowed(actor=deactivated_by, action="staff_deactivate", obj=membership, authority=membership.authority)
    return membership


def staff_member_reactivate(*, membership, reactivated_by):
    _managed_membership_required(actor=reactivated_by, membership=membership, action="staff_reactivate")
    with transaction.atomic():
        user = membership.user
        user.is_active = True
        user.save(update_fields=["is_active"])
        audit_allowed(actor=reactivated_by, action="staff_reactivate", obj=membership, authority=membership.authority)
    return membership


def _user_sessions_end(*, user):
    """End all of a user's sessions.

    allauth tracks each signed-in session as a UserSession; `end()` deletes the session itself as
    well as the row. Sessions allauth never saw (made before tracking was on, or by tools) are
    found by reading the session table, so that reactivating the account later cannot revive them.
    An inactive user is already anonymous on their next request; this makes it permanent.
    """
    for user_session in UserSession.objects.filter(user=user):
        user_session.end()
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    if not issubclass(store_class, DatabaseSessionStore):
        return
    model = store_class.get_model_class()
    rows = model.objects.filter(expire_date__gt=timezone.now()).values_list("session_key", "session_data")
    for session_key, session_data in rows.iterator():
        if store_class().decode(session_data).get(SESSION_KEY) == str(user.pk):
            store_class(session_key).delete()


@transaction.atomic
def family_justice_area_set_up(*, name, council_slugs=(), member_emails=()):
    """Create or update a family justice area: add the named councils to it and let the named people
    see its figures. Nothing is ever taken away here; all or nothing.

    A member must already have an account, and must not be council staff (an area member sees every
    council's counts; a council's staff see only their own council). Returns the area."""
    councils = list(LocalAuthority.objects.filter(slug__in=council_slugs))
    unknown = sorted(set(council_slugs) - {council.slug for council in councils})
    if unknown:
        raise ValidationError(gettext("No council has the short name %(slugs)s.") % {"slugs": ", ".join(unknown)})
    wanted = {email.lower() for email in member_emails}
    found = get_user_model().objects.annotate(email_lower=Lower("email")).filter(email_lower__in=wanted)
    users = {user.email.lower(): user for user in found}
    missing = sorted(email for email in member_emails if email.lower() not in users)
    if missing:
        raise ValidationError(
            gettext("No account has the email address %(emails)s. Create the account first.")
            % {"emails": ", ".join(missing)}
        )
    staff_ids = set(StaffMembership.objects.filter(user__in=users.values()).values_list("user_id", flat=True))
    staff = sorted(email for email, user in users.items() if user.pk in staff_ids)
    if staff:
        raise ValidationError(
            gettext("%(emails)s is council staff: an area's figures are for people outside its councils.")
            % {"emails": ", ".join(staff)}
        )
    area, _ = FamilyJusticeArea.objects.get_or_create(name=name)
    LocalAuthority.objects.filter(pk__in=[council.pk for council in councils]).update(area=area)
    group = Group.objects.get(name=AREA_GROUP)
    for user in users.values():
        AreaMembership.objects.update_or_create(user=user, defaults={"area": area})
        user.groups.add(group)
    audit_allowed(
        actor=None,
        system="family_justice_area",
        action="area_set_up",
        detail=f"{area.name}: councils {', '.join(sorted(council_slugs))}; members {len(users)}",
    )
    return area
