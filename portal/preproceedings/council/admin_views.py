"""The LA admin's census screens, inside the Wagtail admin: the census return (readiness report and
XML download) and the council's outcome codes. LA admins of the council only: everyone else gets a 404
and a row in the access log (LAAdminRequiredMixin). The council is always the admin's own; the
collection year is a query parameter (?year=2026), so no URL names an object."""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from portal.authorities.admin_views import LAAdminMenuItem, LAAdminRequiredMixin
from portal.ops.headers import download_response

from ..census import census_xml
from ..readiness import readiness_report
from ..services import outcome_codes_ensure
from .forms import CensusYearForm, OutcomeCodeFormSet
from .selectors import outcome_codes_for_admin
from .services import census_return_download_record, outcome_codes_update

NAMESPACE = "preproceedings_council"


def _year(request):
    return CensusYearForm(request.GET or None).year_or_default()


class CensusReturnView(LAAdminRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """Choose the collection year, read what is missing per child, download the return."""

    audit_action = audit_view_action = "census_readiness_view"
    template_name = "preproceedings/admin/census_return.html"
    page_title = _("Census return")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = _year(self.request)
        authority = self.admin_membership.authority
        context.update(
            {
                "year_form": CensusYearForm(initial={"year": year}),
                "year": year,
                "year_end": year + 1,
                "authority": authority,
                "report": readiness_report(authority=authority, year=year),
                "download_url": f"{reverse(f'{NAMESPACE}:census_download')}?year={year}",
                "outcome_codes_url": reverse(f"{NAMESPACE}:outcome_codes"),
            }
        )
        return context


class CensusDownloadView(LAAdminRequiredMixin, View):
    """The XML file: an attachment, never cached, each download in the access log."""

    audit_action = "census_return_download"

    def get(self, request, *args, **kwargs):
        year = _year(request)
        authority = self.admin_membership.authority
        body = census_xml(authority=authority, year=year)
        census_return_download_record(authority=authority, year=year, downloaded_by=request.user, request=request)
        return download_response(
            body,
            filename=f"census-pre-proceedings-{authority.slug}-{year}.xml",
            content_type="application/xml; charset=utf-8",
        )


class OutcomeCodesView(LAAdminRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """The council's copy of the outcome code set (CS131): labels and the "issues proceedings" flag."""

    audit_action = "outcome_codes_update"
    template_name = "preproceedings/admin/outcome_codes.html"
    page_title = _("Outcome codes")
    header_icon = "list-ul"

    def _initial(self):
        return [
            {"code": code.code, "label": code.label, "issues_proceedings": code.issues_proceedings}
            for code in outcome_codes_for_admin(user=self.request.user)
        ]

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{NAMESPACE}:census"), "label": _("Census return")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        outcome_codes_ensure(authority=self.admin_membership.authority, ensured_by=request.user)
        initial = self._initial()
        return self.render_to_response(self.get_context_data(formset=OutcomeCodeFormSet(initial=initial)))

    def post(self, request, *args, **kwargs):
        initial = self._initial()
        formset = OutcomeCodeFormSet(request.POST, initial=initial)
        if formset.is_valid():
            # Only the council's own codes, in the order shown: extra forms sent are ignored.
            changes = {
                row["code"]: {
                    "label": form.cleaned_data["label"],
                    "issues_proceedings": form.cleaned_data["issues_proceedings"],
                }
                for row, form in zip(initial, formset.forms, strict=False)
            }
            try:
                outcome_codes_update(
                    authority=self.admin_membership.authority, changes=changes, updated_by=request.user, request=request
                )
            except ValidationError as error:
                return self.render_to_response(self.get_context_data(formset=formset, errors=error.messages))
            messages.success(request, _("The outcome codes have been saved."))
            return redirect(f"{NAMESPACE}:outcome_codes")
        return self.render_to_response(self.get_context_data(formset=formset))


class CensusViewSet(ViewSet):
    """The census return and the outcome codes, at /admin/preproceedings/."""

    name = NAMESPACE
    url_prefix = "preproceedings"
    icon = "table"
    menu_label = _("Census return")
    menu_item_class = LAAdminMenuItem
    menu_order = 8100
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("census/", CensusReturnView.as_view(), name="census"),
            path("census/download/", CensusDownloadView.as_view(), name="census_download"),
            path("outcome-codes/", OutcomeCodesView.as_view(), name="outcome_codes"),
        ]
