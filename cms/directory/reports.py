"""Freshness reports in the admin's Reports menu: what to check next.

An LA's editors see their own LA's services, which they can open, and national ones, listed
read-only so they know what families in their area are shown. National content editors see
national services; superusers see everything.
"""

import datetime

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from .permissions import service_permission_policy
from .selectors import services_not_checked, services_with_problems, stale_months


class DirectoryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return service_permission_policy.user_has_permission(request.user, "change")


class DirectoryReportView(ReportView):
    permission_policy = service_permission_policy
    permission_required = "change"
    header_icon = "warning"
    list_export = ["name", "area_display", "organisation", "assured_date", "assurer_email"]
    export_headings = {"area_display": _("Area"), "assured_date": _("Last checked"), "assurer_email": _("Checked by")}

    def edit_url_if_allowed(self, service):
        if self.permission_policy.user_has_permission_for_instance(self.request.user, "change", service):
            return reverse(service.snippet_viewset.get_url_name("edit"), args=[service.pk])
        return None  # a national service seen by an LA editor: listed, not editable

    @property
    def columns(self):
        return [
            TitleColumn("name", label=_("Service"), get_url=self.edit_url_if_allowed),
            Column("area_display", label=_("Area")),
            Column("organisation", label=_("Organisation")),
            DateColumn("assured_date", label=_("Last checked")),
            Column("assurer_email", label=_("Checked by")),
        ]

    def get_filename(self):
        return f"{self.export_name}-{datetime.date.today():%Y-%m-%d}"


class NotCheckedReportView(DirectoryReportView):
    header_icon = "time"
    index_url_name = "directory_reports:not_checked"
    index_results_url_name = "directory_reports:not_checked_results"
    export_name = "directory-not-checked"

    @property
    def page_title(self):
        return _("Directory: not checked for %(months)s months") % {"months": stale_months()}

    def get_queryset(self):
        self.queryset = services_not_checked(user=self.request.user)
        return super().get_queryset()


class ProblemsReportView(DirectoryReportView):
    page_title = _("Directory: problems reported")
    index_url_name = "directory_reports:problems"
    index_results_url_name = "directory_reports:problems_results"
    export_name = "directory-problems"
    list_export = [*DirectoryReportView.list_export, "broken_link_reported", "broken_phone_reported"]

    @property
    def columns(self):
        return [
            *super().columns,
            BooleanColumn("broken_link_reported", label=_("Website broken")),
            BooleanColumn("broken_phone_reported", label=_("Phone broken")),
        ]

    def get_queryset(self):
        self.queryset = services_with_problems(user=self.request.user)
        return super().get_queryset()


urlpatterns = [
    path("not-checked/", NotCheckedReportView.as_view(), name="not_checked"),
    path("not-checked/results/", NotCheckedReportView.as_view(results_only=True), name="not_checked_results"),
    path("problems/", ProblemsReportView.as_view(), name="problems"),
    path("problems/results/", ProblemsReportView.as_view(results_only=True), name="problems_results"),
]
