"""Registers the pre-proceedings screens in the Wagtail admin (at /admin/preproceedings/): the LA
admin's census return, the figures for LA admins and the data role, and a family justice area's."""

from wagtail import hooks

from .council.admin_views import CensusViewSet
from .insight.admin_views import AreaInsightViewSet, InsightViewSet


@hooks.register("register_admin_viewset")
def register_census_viewset():
    return CensusViewSet()


@hooks.register("register_admin_viewset")
def register_insight_viewset():
    return InsightViewSet()


@hooks.register("register_admin_viewset")
def register_area_viewset():
    return AreaInsightViewSet()
