"""Registers the LA admin's own staff screens in the Wagtail admin (at /admin/staff/).

LA admins are never given Wagtail's user or group permissions: anyone who can edit users there
can create a superuser. Their "Staff" screen is this LA-scoped one instead.
"""

from wagtail import hooks

from .admin_views import CouncilSettingsViewSet, StaffViewSet


@hooks.register("register_admin_viewset")
def register_staff_viewset():
    return StaffViewSet()


@hooks.register("register_admin_viewset")
def register_council_settings_viewset():
    return CouncilSettingsViewSet()
