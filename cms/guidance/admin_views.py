"""Editor reports: the readability of every guide, guides past their review date, and guides
whose legal facts need checking."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from .checks import plain_language_check, readability_target
from .selectors import (
    council_pages_for_readability,
    guides_due_legal_check,
    guides_for_legal_check,
    guides_for_user,
    legal_check_status,
    national_team_member,
    page_for_editing,
)


class GuideReportView(ReportView):
    """A report on the national guides the user may edit. Only the national team sees it."""

    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not national_team_member(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def _audience(page):
    return page.get_audience_display()


class ReadabilityReportView(GuideReportView):
    page_title = _("Readability")
    index_url_name = "guidance_reports:readability"
    index_results_url_name = "guidance_reports:readability_results"
    columns = [
        TitleColumn("title", label=_("Guide"), url_name="wagtailadmin_pages:edit"),
        Column("audience", label=_("Audience"), accessor=_audience),
        Column("readability_score", label=_("LIX")),
        Column("target", label=_("Target (LIX or lower)")),
        Column("result", label=_("Result")),
    ]
    list_export = ["title", "audience", "readability_score", "target", "result"]
    export_headings = {"readability_score": _("LIX"), "target": _("Target"), "result": _("Result")}

    def get_queryset(self):
        return guides_for_user(self.request.user).order_by("-readability_score", "title")

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.target = readability_target(page)
            passes = page.readability_score is not None and page.readability_score <= page.target
            page.result = _("Pass") if passes else _("Over target")
        return object_list


class CouncilReadabilityReportView(ReportView):
    """The readability of a council's own pages, for its editors and moderators: the same verdict as
    the editor's panel and the workflow (checks.plain_language_check), for what is live now."""

    page_title = _("Readability of our pages")
    header_icon = "doc-full"
    index_url_name = "guidance_reports:council_readability"
    index_results_url_name = "guidance_reports:council_readability_results"
    columns = [
        TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
        Column("score", label=_("LIX")),
        Column("target", label=_("Target (LIX or lower)")),
        Column("avoid", label=_("Words to avoid")),
        Column("result", label=_("Result")),
    ]
    list_export = ["title", "score", "target", "avoid", "result"]
    export_headings = {"score": _("LIX"), "target": _("Target"), "avoid": _("Words to avoid"), "result": _("Result")}

    def get_queryset(self):
        return council_pages_for_readability(self.request.user)

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            check = plain_language_check(page)
            page.score, page.target = check.score, check.target
            page.avoid = ", ".join(check.avoid_words)
            page.result = _("Pass") if check.passes else _("Needs a moderator's exception")
        return object_list


class ReviewDueReportView(GuideReportView):
    page_title = _("Past review date")
    header_icon = "date"
    index_url_name = "guidance_reports:review_due"
    index_results_url_name = "guidance_reports:review_due_results"
    columns = [
        TitleColumn("title", label=_("Guide"), url_name="wagtailadmin_pages:edit"),
        Column("audience", label=_("Audience"), accessor=_audience),
        Column("review_by", label=_("Review by")),
        Column("last_published_at", label=_("Last published")),
    ]
    list_export = ["title", "audience", "review_by", "last_published_at"]

    def get_queryset(self):
        return guides_for_user(self.request.user).filter(review_by__lt=timezone.localdate()).order_by("review_by")


class LegalCheckReportView(ReportView):
    """Guides whose live version needs a legal check: never checked, checked over a year ago, or
    changed since the check. Anyone who edits, publishes or legally checks guides sees their own
    (the same page permissions as the rest of the admin, so a council sees only its own guides)."""

    page_title = _("Legal check")
    header_icon = "clipboard-list"
    index_url_name = "guidance_reports:legal_check"
    index_results_url_name = "guidance_reports:legal_check_results"
    columns = [
        TitleColumn("title", label=_("Guide"), url_name="wagtailadmin_pages:edit"),
        Column("audience", label=_("Audience"), accessor=_audience),
        Column("legal_check", label=_("Status")),
        DateColumn("legal_checked_on", label=_("Last checked")),
        Column("legal_checked_by_role", label=_("Checked by")),
    ]
    list_export = ["title", "audience", "legal_check", "legal_checked_on", "legal_checked_by_role"]
    export_headings = {
        "legal_check": _("Status"),
        "legal_checked_on": _("Last checked"),
        "legal_checked_by_role": _("Checked by"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not guides_for_legal_check(request.user).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return guides_due_legal_check(self.request.user)

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            # The live version's legal facts, as saved with it (not worked out again per row).
            page.legal_check = legal_check_status(page, fingerprint=page.legal_facts_fingerprint).label
        return object_list


@require_POST
def plain_language_check_view(request, page_id):
    """The plain language panel's answer for the editor's form as it stands (editor_check.py).

    The form is bound to the page's latest draft and validated as the editor's save would, which
    puts each valid field's value on the draft; nothing is saved. Invalid fields keep the draft's
    values, so the check still answers while, say, the title is empty.
    """
    draft = page_for_editing(user=request.user, page_id=page_id)
    if draft is None:
        raise Http404
    form_class = draft.get_edit_handler().get_form_class()
    form = form_class(
        request.POST, request.FILES, instance=draft, parent_page=draft.get_parent(), for_user=request.user
    )
    form.is_valid()
    return TemplateResponse(
        request, "guidance/panels/plain_language_result.html", {"check": plain_language_check(form.instance)}
    )
