"""Registers the LA admin's census screens in the Wagtail admin (at /admin/preproceedings/)."""

from wagtail import hooks

from .council.admin_views import CensusViewSet


@hooks.register("register_admin_viewset")
def register_census_viewset():
    return CensusViewSet()
