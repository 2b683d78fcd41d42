"""Registers the staff workspace (Cases) in the Wagtail admin, the worker's home panels (and an LA
admin's counts per worker), and cases as what a worker's admin search looks in."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.search import SearchArea

from portal.authorities.selectors import la_admin_membership_for

from .admin_views.council import CouncilWorkloadPanel
from .admin_views.home import WorkerHomePanel
from .admin_views.mixins import URL_NAMESPACE
from .admin_views.viewsets import CaseViewSet
from .selectors import worker_authority


@hooks.register("register_admin_viewset")
def register_case_viewset():
    return CaseViewSet()


@hooks.register("construct_homepage_panels")
def add_worker_home_panel(request, panels):
    if worker_authority(request.user) is not None:
        panels.insert(0, WorkerHomePanel(request))
    elif la_admin_membership_for(request.user) is not None:
        panels.insert(0, CouncilWorkloadPanel(request))


class CaseSearchArea(SearchArea):
    """Before Pages (order 100), so the search box in a worker's menu finds cases, by family name,
    reference or a child's name, instead of saying they may not search pages."""

    def is_shown(self, request):
        return worker_authority(request.user) is not None


@hooks.register("register_admin_search_area")
def register_case_search_area():
    return CaseSearchArea(_("Cases"), reverse(f"{URL_NAMESPACE}:index"), name="cases", icon_name="group", order=50)
