"""Editor report: translations whose English page has changed since they were translated."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from .translation import out_of_date_translations


def editable_out_of_date_translations(user):
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return out_of_date_translations().filter(pk__in=editable.values("pk"))


class OutOfDateTranslationsReportView(ReportView):
    page_title = _("Translations out of date")
    header_icon = "globe"
    index_url_name = "translation_reports:out_of_date"
    index_results_url_name = "translation_reports:out_of_date_results"
    columns = [
        TitleColumn("title", label=_("Translated page"), url_name="wagtailadmin_pages:edit"),
        Column("language", label=_("Language"), accessor=lambda page: page.locale.get_display_name()),
        Column("last_published_at", label=_("Translation last published")),
    ]
    list_export = ["title", "language", "last_published_at"]

    def dispatch(self, request, *args, **kwargs):
        if not page_permission_policy.user_has_any_permission(request.user, ["change"]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return editable_out_of_date_translations(self.request.user)
