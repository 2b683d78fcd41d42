"""Admin hooks: keep LA aliases of national guidance read-only, keep guides with new legal facts
from going live without the legal check, and add the guidance reports and the list of sources."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import (
    CouncilReadabilityReportView,
    LegalCheckReportView,
    ReadabilityReportView,
    ReviewDueReportView,
    plain_language_check_view,
)
from .checks import plain_language_problems
from .editor_check import plain_language_applies, submitted_message_replace
from .models import Source
from .selectors import (
    council_pages_for_readability,
    guides_for_legal_check,
    in_national_tree,
    legal_facts_changed,
    national_team_member,
)

SHARED_MESSAGE = (
    "“{title}” is shared from the national guidance, so it cannot be changed on this site. "
    "Ask the national content team to change it: the change then shows on every site."
)


def _is_national_alias(page):
    return bool(page.alias_of_id) and in_national_tree(Page.objects.get(pk=page.alias_of_id))


def _refuse_national_alias(request, page):
    """Only a superuser may convert, move, copy, unpublish or delete an LA's copy of a national page."""
    if request.user.is_superuser or not _is_national_alias(page):
        return None
    messages.error(request, SHARED_MESSAGE.format(title=page.title))
    return redirect("wagtailadmin_explore", page.get_parent().pk)


for hook_name in (
    "before_edit_page",
    "before_convert_alias_page",
    "before_copy_page",
    "before_unpublish_page",
    "before_delete_page",
):
    hooks.register(hook_name, _refuse_national_alias)


@hooks.register("before_move_page")
def _refuse_moving_alias(request, page, destination):
    # Registered on its own: Wagtail also passes the destination to move hooks.
    return _refuse_national_alias(request, page) or _refuse_national_alias(request, destination)


@hooks.register("before_create_page")
def _refuse_pages_under_alias(request, parent_page, page_class):
    if parent_page.alias_of_id and not request.user.is_superuser:
        messages.error(request, SHARED_MESSAGE.format(title=parent_page.title))
        return redirect("wagtailadmin_explore", parent_page.pk)
    return None


LEGAL_CHECK_MESSAGE = (
    "“{title}” says something about the law that has not been checked. Submit it instead: "
    "it goes live once a legal checker approves it."
)


def _refuse_unchecked_legal_facts(request, page):
    """Publishing a guide straight away is for changes that put no unchecked legal facts live."""
    if request.user.is_superuser or not legal_facts_changed(page):
        return None
    messages.error(request, LEGAL_CHECK_MESSAGE.format(title=page.get_admin_display_title()))
    return redirect("wagtailadmin_pages:edit", page.pk)


PLAIN_LANGUAGE_MESSAGE = (
    "“{title}” does not meet the plain language rules yet. {problems} Submit it instead: a moderator "
    "can approve it as an exception, giving the reason, which is kept."
)


def _refuse_plain_language_exceptions(request, page):
    """Only a moderator's recorded exception puts a page that breaks the plain language rules live.

    Pages under no plain language workflow (none assigned) are not held to it here either."""
    if request.user.is_superuser or not plain_language_applies(page):
        return None
    problems = plain_language_problems(page)
    if not problems:
        return None
    messages.error(
        request, PLAIN_LANGUAGE_MESSAGE.format(title=page.get_admin_display_title(), problems=" ".join(problems))
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_publish_page")
def _refuse_publishing_unchecked_legal_facts(request, page):
    return _refuse_unchecked_legal_facts(request, page.specific) or _refuse_plain_language_exceptions(
        request, page.specific
    )


@hooks.register("before_bulk_action")
def _refuse_bulk_actions_on_aliases(request, action_type, objects, action_class_instance):
    # Wagtail passes the action ("move", "publish"…) as action_type; the model says what is acted on.
    if not issubclass(action_class_instance.model, Page) or request.user.is_superuser:
        return None
    for page in objects:
        if _is_national_alias(page):
            return _refuse_national_alias(request, page)
        if action_type == "publish":
            latest = page.specific.get_latest_revision_as_object()
            refused = _refuse_unchecked_legal_facts(request, latest) or _refuse_plain_language_exceptions(
                request, latest
            )
            if refused is not None:
                return refused
    return None


class NationalTeamMenuItem(MenuItem):
    def is_shown(self, request):
        return national_team_member(request.user)


class GuideEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return guides_for_legal_check(request.user).exists()


@hooks.register("register_admin_urls")
def _register_report_urls():
    urls = [
        path("readability/", ReadabilityReportView.as_view(), name="readability"),
        path("our-pages/", CouncilReadabilityReportView.as_view(), name="council_readability"),
        path(
            "our-pages/results/",
            CouncilReadabilityReportView.as_view(results_only=True),
            name="council_readability_results",
        ),
        path("readability/results/", ReadabilityReportView.as_view(results_only=True), name="readability_results"),
        path("review-due/", ReviewDueReportView.as_view(), name="review_due"),
        path("review-due/results/", ReviewDueReportView.as_view(results_only=True), name="review_due_results"),
        path("legal-check/", LegalCheckReportView.as_view(), name="legal_check"),
        path("legal-check/results/", LegalCheckReportView.as_view(results_only=True), name="legal_check_results"),
    ]
    return [
        path("reports/guidance/", include((urls, "guidance_reports"), namespace="guidance_reports")),
        path(
            "guidance/plain-language-check/<int:page_id>/",
            plain_language_check_view,
            name="guidance_plain_language_check",
        ),
    ]


@hooks.register("insert_editor_js")
def _plain_language_check_script():
    return format_html('<script src="{}"></script>', static("guidance/js/plain-language-check.js"))


@hooks.register("register_reports_menu_item")
def _readability_menu_item():
    return NationalTeamMenuItem(
        "Readability", reverse("guidance_reports:readability"), name="readability", icon_name="doc-full", order=900
    )


class CouncilEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return council_pages_for_readability(request.user).exists()


@hooks.register("register_reports_menu_item")
def _council_readability_menu_item():
    return CouncilEditorsMenuItem(
        "Readability of our pages",
        reverse("guidance_reports:council_readability"),
        name="council-readability",
        icon_name="doc-full",
        order=905,
    )


@hooks.register("register_reports_menu_item")
def _review_due_menu_item():
    return NationalTeamMenuItem(
        "Past review date", reverse("guidance_reports:review_due"), name="review-due", icon_name="date", order=910
    )


@hooks.register("register_reports_menu_item")
def _legal_check_menu_item():
    return GuideEditorsMenuItem(
        "Legal check",
        reverse("guidance_reports:legal_check"),
        name="legal-check",
        icon_name="clipboard-list",
        order=920,
    )


class SourceViewSet(SnippetViewSet):
    """The public sources of the guides' facts, at /admin/snippets/guidance/source/. Shared by every
    guide (and so by every council): only the national team and the legal checkers may change it."""

    model = Source
    icon = "link"
    menu_label = "Sources"
    menu_name = "sources"
    list_display = ["title", "publisher", "url"]
    list_per_page = 50
    ordering = ["title"]


register_snippet(SourceViewSet)


@hooks.register("after_edit_page")
@hooks.register("after_create_page")
def _say_what_submitting_did(request, page):
    submitted_message_replace(request, page)
