from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin_views import NAMESPACE, FeedbackReportMenuItem, FeedbackReportView


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    urlpatterns = [
        path("", FeedbackReportView.as_view(), name="index"),
        path("results/", FeedbackReportView.as_view(results_only=True), name="results"),
    ]
    return [path("reports/feedback/", include((urlpatterns, NAMESPACE)))]


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackReportMenuItem(
        _("Feedback"), reverse(f"{NAMESPACE}:index"), name="page-feedback", icon_name="comment", order=1300
    )
