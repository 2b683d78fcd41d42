"""The "Feedback" report in the Wagtail admin (Reports → Feedback, at /admin/reports/feedback/).

Per page: how many said the page was useful, how many said it was not, and the latest comments.
Editors and moderators see only the pages they may edit (Wagtail's page permissions, which each
local authority's groups hold on its own home page), so one LA never reads another's feedback.
"""

from django.db.models import Count, Max, Prefetch, Q, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from .models import PageFeedback

NAMESPACE = "feedback_report"
EDITOR_ACTIONS = ["add", "change", "publish"]
LATEST_COMMENTS = 3


def pages_with_feedback_for(user):
    """Pages the user may edit that have feedback, with yes/no counts and the latest date."""
    editable = page_permission_policy.instances_user_has_any_permission_for(user, EDITOR_ACTIONS)
    return (
        Page.objects.filter(pk__in=editable.values("pk"))
        .annotate(
            useful_count=Count("feedback", filter=Q(feedback__useful=True)),
            not_useful_count=Count("feedback", filter=Q(feedback__useful=False)),
            latest_feedback=Max("feedback__created_at"),
        )
        .filter(latest_feedback__isnull=False)
    )


class CommentsColumn(Column):
    cell_template_name = "feedback/admin/comments_cell.html"


class FeedbackReportView(ReportView):
    page_title = _("Feedback")
    header_icon = "comment"
    index_url_name = f"{NAMESPACE}:index"
    index_results_url_name = f"{NAMESPACE}:results"
    permission_policy = page_permission_policy
    any_permission_required = EDITOR_ACTIONS
    default_ordering = "-latest_feedback"
    verbose_name = _("page with feedback")
    verbose_name_plural = _("pages with feedback")
    columns = [
        TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
        NumberColumn("useful_count", label=_("Useful"), sort_key="useful_count"),
        NumberColumn("not_useful_count", label=_("Not useful"), sort_key="not_useful_count"),
        DateColumn("latest_feedback", label=_("Latest"), sort_key="latest_feedback"),
        CommentsColumn("latest_comments", label=_("Latest comments")),
    ]
    list_export = ["title", "useful_count", "not_useful_count", "latest_feedback"]
    export_headings = {
        "title": _("Page"),
        "useful_count": _("Useful"),
        "not_useful_count": _("Not useful"),
        "latest_feedback": _("Latest"),
    }

    def get_base_queryset(self):
        return pages_with_feedback_for(self.request.user)

    def get_filename(self):
        return "page-feedback"

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        comments = PageFeedback.objects.exclude(comment="").order_by("-created_at", "-pk")
        prefetch_related_objects(
            pages, Prefetch("feedback", queryset=comments[:LATEST_COMMENTS], to_attr="latest_comments")
        )
        return pages


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, EDITOR_ACTIONS)
