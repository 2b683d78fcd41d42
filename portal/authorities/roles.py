"""Wagtail admin group names: staff roles, and each council's editors and moderators.

Access to case data is decided by StaffMembership, not by these: the staff groups only let staff
into the admin and show them the right menus. The editor and moderator groups carry page
permissions on the council's own pages (portal.authorities.services.authority_groups_ensure).
Plain names only, so the CMS apps can use them without importing the portal's services."""

WORKER_GROUP = "Family support workers"
ADMIN_GROUP = "LA admins"
DATA_GROUP = "Data and insight"
# Not a council role: the people of a family justice area (AreaMembership), who see counts only.
AREA_GROUP = "Family justice area"

ROLE_GROUPS = {"worker": WORKER_GROUP, "admin": ADMIN_GROUP, "data": DATA_GROUP}


def role_group_name(*, role, authority):
    """The Wagtail group of a staff role: one shared group for workers, admins and data, the council's
    own group for its editors and moderators (whose page permissions stop at the council's pages)."""
    if role == "editor":
        return editor_group_name(authority)
    if role == "moderator":
        return moderator_group_name(authority)
    return ROLE_GROUPS[role]


def editor_group_name(authority):
    return f"{authority.name} editors"


def moderator_group_name(authority):
    return f"{authority.name} moderators"
