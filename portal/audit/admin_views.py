"""The access log, read-only, for LA admins: only the rows of their own local authority.

Rows are shown in words ("Sam Patel (worker) · Opened a case · The Taylor family (NB-0012)"), not
codes, and can be narrowed by person, case, action, outcome and dates. There is no edit or delete
view, and AccessLogEntry is not a snippet: the model refuses changes, and nothing in the admin
should look as if it could make them.

The filtered rows can be downloaded as CSV. Councils need that to answer complaints, subject access
requests and investigations outside the portal. A download takes personal data out of the portal,
so each one is itself written to the log, with the filters used (portal/audit/csv_export.py keeps
the cells safe to open in a spreadsheet).
"""

import django_filters
from django.http import StreamingHttpResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.http import content_disposition_header, urlencode
from django.utils.timezone import localdate, localtime
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets import AdminDateInput

from portal.audit.services import audit_allowed
from portal.authorities.admin_views import LAAdminMenuItem, LAAdminRequiredMixin
from portal.ops.headers import private_response

from .csv_export import access_log_csv_lines
from .labels import action_label
from .models import AccessLogEntry
from .readable import access_log_rows
from .selectors import (
    access_log_actions_for_admin,
    access_log_cases_for_admin,
    access_log_filter,
    access_log_for_admin,
    access_log_people_for_admin,
)

ACCESS_LOG_NAMESPACE = "audit_access_log"
FILTER_NAMES = ("person", "case", "action", "outcome", "date_from", "date_to")


class AccessLogFilterSet(WagtailFilterSet):
    """The form of the filters. The narrowing itself is done by `access_log_filter`, on rows that are
    already the admin's own council's; choices name only this council's people, cases and actions."""

    person = django_filters.ChoiceFilter(label=_("Person"), choices=(), method="keep")
    case = django_filters.ChoiceFilter(label=_("Case"), choices=(), method="keep")
    action = django_filters.ChoiceFilter(label=_("What happened"), choices=(), method="keep")
    outcome = django_filters.ChoiceFilter(label=_("Outcome"), choices=AccessLogEntry.Outcome.choices, method="keep")
    date_from = django_filters.DateFilter(label=_("From (date)"), widget=AdminDateInput, method="keep")
    date_to = django_filters.DateFilter(label=_("To (date)"), widget=AdminDateInput, method="keep")

    class Meta:
        model = AccessLogEntry
        fields = []

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["person"].extra["choices"] = [
            (str(pk), name) for pk, name in access_log_people_for_admin(membership=membership)
        ]
        self.filters["case"].extra["choices"] = [
            (str(pk), name) for pk, name in access_log_cases_for_admin(membership=membership)
        ]
        actions = access_log_actions_for_admin(membership=membership)
        self.filters["action"].extra["choices"] = sorted(
            ((action, action_label(action)) for action in actions), key=lambda choice: choice[1]
        )

    def keep(self, queryset, name, value):
        return queryset

    def values(self):
        """The valid filters as keyword arguments for `access_log_filter`."""
        return {name: self.form.cleaned_data.get(name) or None for name in FILTER_NAMES}


def access_log_rows_filtered(*, membership, filterset, rows):
    """`rows` narrowed by the filters; none at all if a filter is not valid (another council's case or
    person, a date that is not a date), so a crafted address never widens what is shown."""
    if filterset.is_bound and not filterset.is_valid():
        return rows.none()
    values = {name: value for name, value in filterset.values().items() if value is not None}
    return access_log_filter(membership=membership, rows=rows, **values)


def _when(row):
    return date_format(localtime(row.at), "j M Y, H:i")


class WhatHappenedColumn(Column):
    """What was done on one line, what it was about on a second, any detail on a third: long text
    wraps down the page, not across it."""

    cell_template_name = "audit/admin/what_happened_cell.html"


class AccessLogIndexView(LAAdminRequiredMixin, BaseListingView):
    audit_action = audit_view_action = "access_log_view"
    page_title = _("Access log")
    header_icon = "list-ul"
    paginate_by = 50
    index_url_name = f"{ACCESS_LOG_NAMESPACE}:index"
    index_results_url_name = f"{ACCESS_LOG_NAMESPACE}:index_results"
    filterset_class = AccessLogFilterSet
    verbose_name = _("access log entry")
    verbose_name_plural = _("access log entries")
    template_name = "audit/admin/access_log_index.html"
    results_template_name = "audit/admin/access_log_results.html"
    columns = [
        Column("at", label=_("When"), accessor=_when),
        Column("who", label=_("Who")),
        WhatHappenedColumn("what", label=_("What happened")),
        StatusTagColumn(
            "outcome",
            label=_("Outcome"),
            accessor="outcome_label",
            primary=lambda row: row.denied,
        ),
    ]

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "membership": self.admin_membership}

    def get_base_queryset(self):
        # Newest first: the model's ordering (-at, -pk) is kept, since no column is sortable.
        return access_log_for_admin(membership=self.admin_membership)

    def filter_queryset(self, queryset):
        if self.filters is None:
            return queryset
        return access_log_rows_filtered(membership=self.admin_membership, filterset=self.filters, rows=queryset)

    def paginate_queryset(self, queryset, page_size):
        paginator, page, entries, is_paginated = super().paginate_queryset(queryset, page_size)
        rows = access_log_rows(membership=self.admin_membership, entries=entries)
        return paginator, page, rows, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        kept = {name: value for name, value in self.request.GET.items() if name in FILTER_NAMES and value}
        export_url = reverse(f"{ACCESS_LOG_NAMESPACE}:export")
        context["export_url"] = f"{export_url}?{urlencode(kept)}" if kept else export_url
        return context


class AccessLogResultsView(AccessLogIndexView):
    """The results alone, which Wagtail's filter panel fetches when a filter changes."""

    results_only = True


class AccessLogExportView(LAAdminRequiredMixin, View):
    """The filtered rows as CSV. Logged with the filters it was given, before the first row is sent."""

    audit_action = "access_log_export"
    http_method_names = ["get"]

    def get(self, request):
        membership = self.admin_membership
        filterset = AccessLogFilterSet(data=request.GET, membership=membership)
        rows = access_log_rows_filtered(
            membership=membership, filterset=filterset, rows=access_log_for_admin(membership=membership)
        )
        used = {name: value for name, value in request.GET.items() if name in FILTER_NAMES and value}
        audit_allowed(
            actor=request.user,
            action="access_log_export",
            authority=membership.authority,
            request=request,
            detail=f"filters: {urlencode(sorted(used.items()))}" if used else "filters: none",
        )
        response = StreamingHttpResponse(
            access_log_csv_lines(membership=membership, rows=rows), content_type="text/csv; charset=utf-8"
        )
        filename = f"access-log-{membership.authority.slug}-{localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
        response["X-Content-Type-Options"] = "nosniff"
        return private_response(response)


class AccessLogViewSet(ViewSet):
    name = ACCESS_LOG_NAMESPACE
    url_prefix = "access-log"
    icon = "list-ul"
    menu_label = _("Access log")
    menu_item_class = LAAdminMenuItem
    menu_order = 8001
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("", AccessLogIndexView.as_view(), name="index"),
            path("results/", AccessLogResultsView.as_view(), name="index_results"),
            path("export.csv", AccessLogExportView.as_view(), name="export"),
        ]
