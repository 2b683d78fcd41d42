"""Wagtail admin groups for staff roles. Access to data is decided by StaffMembership, not by these:
the groups only let staff into the admin and show them the right menus."""

WORKER_GROUP = "Family support workers"
ADMIN_GROUP = "LA admins"

ROLE_GROUPS = {"worker": WORKER_GROUP, "admin": ADMIN_GROUP}
