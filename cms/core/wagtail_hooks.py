from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import page_permission_policy

from .admin_views import OutOfDateTranslationsReportView
from .translation import translation_to_read


# After Wagtail's own hooks (order 0), so view restrictions on the routed page are checked first.
@hooks.register("before_serve_page", order=100)
def serve_translation(page, request, serve_args, serve_kwargs):
    """Serve the reader's language's translation of a page at the same address (translation.py)."""
    translated = translation_to_read(page)
    if translated is None:
        return None
    request.portal_routed_page = page  # breadcrumbs follow the address (cms.guidance.selectors)
    return translated.serve(request, *serve_args, **serve_kwargs)


@hooks.register("register_admin_urls")
def _register_translation_report_urls():
    urls = [
        path("", OutOfDateTranslationsReportView.as_view(), name="out_of_date"),
        path("results/", OutOfDateTranslationsReportView.as_view(results_only=True), name="out_of_date_results"),
    ]
    return [path("reports/translations/", include((urls, "translation_reports"), namespace="translation_reports"))]


class PageEditorMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, ["change"])


@hooks.register("register_reports_menu_item")
def _out_of_date_translations_menu_item():
    return PageEditorMenuItem(
        "Translations out of date",
        reverse("translation_reports:out_of_date"),
        name="translations-out-of-date",
        icon_name="globe",
        order=920,
    )
