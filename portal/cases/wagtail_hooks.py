"""Registers the staff workspace (Cases) in the Wagtail admin. Only workers see its menu item."""

from wagtail import hooks

from .admin_views.viewsets import CaseViewSet


@hooks.register("register_admin_viewset")
def register_case_viewset():
    return CaseViewSet()
