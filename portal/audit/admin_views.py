"""The access log, read-only, for LA admins: only the rows of their own local authority.

There is no edit, delete or export view on purpose, and AccessLogEntry is not a snippet: the
model refuses changes, and nothing in the admin should look as if it could make them.
"""

import django_filters
from django.urls import path
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.viewsets.base import ViewSet

from portal.authorities.admin_views import LAAdminMenuItem, LAAdminRequiredMixin

from .models import AccessLogEntry
from .selectors import access_log_actions_for_admin, access_log_for_admin

ACCESS_LOG_NAMESPACE = "audit_access_log"


class AccessLogFilterSet(WagtailFilterSet):
    outcome = django_filters.ChoiceFilter(label=_("Outcome"), choices=AccessLogEntry.Outcome.choices)
    action = django_filters.ChoiceFilter(label=_("Action"), choices=())

    class Meta:
        model = AccessLogEntry
        fields = ["outcome", "action"]

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the actions that appear in this LA's rows, so the list stays short and says nothing
        # about what happens in other LAs.
        actions = access_log_actions_for_admin(membership=membership)
        self.filters["action"].extra["choices"] = [(action, action) for action in actions]


def _at_label(entry):
    return date_format(localtime(entry.at), "j M Y, H:i:s")


def _object_label(entry):
    return f"{entry.object_type} {entry.object_id}".strip()


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
        Column("at", label=_("When"), accessor=_at_label),
        Column("actor_label", label=_("Who")),
        Column("action", label=_("Action")),
        Column("object", label=_("Object"), accessor=_object_label),
        StatusTagColumn(
            "outcome",
            label=_("Outcome"),
            accessor="get_outcome_display",
            primary=lambda entry: entry.outcome == AccessLogEntry.Outcome.DENIED,
        ),
        Column("path", label=_("Address")),
        Column("detail", label=_("Detail")),
    ]

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "membership": self.admin_membership}

    def get_base_queryset(self):
        # Newest first: the model's ordering (-at, -pk) is kept, since no column is sortable.
        return access_log_for_admin(membership=self.admin_membership)


class AccessLogResultsView(AccessLogIndexView):
    """The results alone, which Wagtail's filter panel fetches when a filter changes."""

    results_only = True


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
        ]
