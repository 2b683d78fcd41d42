"""The pre-proceedings figures in the Wagtail admin.

* A council's, at /admin/preproceedings/insight/ (charts and tables) and .../insight/csv/?measure=<key>
  (one measure as CSV), for the council's LA admins and read-only data role (insight_membership_for),
  their own council only.
* A family justice area's, at /admin/preproceedings/area/ and .../area/csv/?measure=<key>, for the
  area's people (area_membership_for): every council of the area side by side, small numbers hidden
  (area.py).

No URL names a council or a case, and the figures are counts, so nothing on these screens names a
family. Everyone else gets a 404, written to the access log; each view and download is logged too.
"""

import csv
import io

from django.http import Http404, HttpResponse
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from portal.audit.services import audit_allowed
from portal.authorities.selectors import (
    area_authorities,
    area_membership_for,
    insight_membership_for,
    staff_membership_for,
)
from portal.cases.access import refusal_log
from portal.ops.headers import private_response

from . import MEASURES, insight_measure, insight_measures
from .area import area_tables
from .charts import bar_chart
from .forms import InsightMonthsForm

NAMESPACE = "preproceedings_insight"
AREA_NAMESPACE = "preproceedings_area"


class InsightMenuItem(MenuItem):
    """Shown to LA admins and the data role. Hiding it is a courtesy: the views check for themselves."""

    def is_shown(self, request):
        return insight_membership_for(request.user) is not None


class InsightRequiredMixin:
    """LA admins and the data role only; everyone else a 404 and a row in the access log."""

    audit_action = ""

    def dispatch(self, request, *args, **kwargs):
        self.membership = insight_membership_for(request.user)
        if self.membership is None:
            own = staff_membership_for(request.user)
            refusal_log(request, action=self.audit_action, authority=own.authority if own is not None else None)
            raise Http404
        self.form = InsightMonthsForm(request.GET)
        self.date_from, self.date_to = self.form.dates()
        return super().dispatch(request, *args, **kwargs)

    def months_query(self):
        return {"from": self.date_from.strftime("%Y-%m"), "to": self.date_to.strftime("%Y-%m")}


class InsightView(InsightRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    audit_action = "insight_view"
    template_name = "preproceedings/admin/insight.html"
    page_title = _("Pre-proceedings figures")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        audit_allowed(
            actor=request.user, action=self.audit_action, request=request, authority=self.membership.authority
        )
        return private_response(super().get(request, *args, **kwargs))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        authority = self.membership.authority
        csv_url = reverse(f"{NAMESPACE}:csv")
        measures = insight_measures(authority=authority, date_from=self.date_from, date_to=self.date_to)
        context.update(
            {
                "authority": authority,
                "months_form": self.form if self.form.is_bound else InsightMonthsForm(self.months_query()),
                "date_from": self.date_from,
                "date_to": self.date_to,
                "charts": [
                    {
                        "measure": measure,
                        "chart": bar_chart(measure),
                        "csv_url": f"{csv_url}?{urlencode({'measure': measure.key, **self.months_query()})}",
                    }
                    for measure in measures
                ],
            }
        )
        return context


def measure_csv(measure):
    """The measure's table as CSV text: the same columns and rows as on the page."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(column) for column in measure.columns])
    writer.writerows([str(value) for value in row] for row in measure.rows)
    return buffer.getvalue()


class InsightCsvView(InsightRequiredMixin, View):
    audit_action = "insight_csv"

    def get(self, request, *args, **kwargs):
        key = request.GET.get("measure", "")
        if key not in MEASURES:
            raise Http404
        authority = self.membership.authority
        measure = insight_measure(authority=authority, key=key, date_from=self.date_from, date_to=self.date_to)
        audit_allowed(actor=request.user, action=self.audit_action, request=request, authority=authority, detail=key)
        response = HttpResponse(measure_csv(measure), content_type="text/csv; charset=utf-8")
        name = f"{authority.slug}-{key}-{self.date_from:%Y-%m}-to-{self.date_to:%Y-%m}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["X-Content-Type-Options"] = "nosniff"
        return private_response(response)


class InsightViewSet(ViewSet):
    """The figures, at /admin/preproceedings/insight/."""

    name = NAMESPACE
    url_prefix = "preproceedings/insight"
    icon = "table"
    menu_label = _("Pre-proceedings figures")
    menu_item_class = InsightMenuItem
    menu_order = 8150
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("", InsightView.as_view(), name="index"),
            path("csv/", InsightCsvView.as_view(), name="csv"),
        ]


class AreaMenuItem(MenuItem):
    """Shown to a family justice area's people. Hiding it is a courtesy: the views check for themselves."""

    def is_shown(self, request):
        return area_membership_for(request.user) is not None


class AreaRequiredMixin:
    """The area's people only; everyone else a 404 and a row in the access log."""

    audit_action = ""

    def dispatch(self, request, *args, **kwargs):
        self.membership = area_membership_for(request.user)
        if self.membership is None:
            own = staff_membership_for(request.user)
            refusal_log(request, action=self.audit_action, authority=own.authority if own is not None else None)
            raise Http404
        self.authorities = area_authorities(self.membership.area)
        self.form = InsightMonthsForm(request.GET)
        self.date_from, self.date_to = self.form.dates()
        return super().dispatch(request, *args, **kwargs)

    def months_query(self):
        return {"from": self.date_from.strftime("%Y-%m"), "to": self.date_to.strftime("%Y-%m")}

    def log(self, request, detail=""):
        area = self.membership.area
        audit_allowed(actor=request.user, action=self.audit_action, request=request, detail=f"{area}{detail}")


class AreaInsightView(AreaRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    audit_action = "area_insight_view"
    template_name = "preproceedings/admin/area.html"
    page_title = _("Family justice area figures")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        self.log(request)
        return private_response(super().get(request, *args, **kwargs))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        csv_url = reverse(f"{AREA_NAMESPACE}:csv")
        tables = area_tables(authorities=self.authorities, date_from=self.date_from, date_to=self.date_to)
        context.update(
            {
                "area": self.membership.area,
                "authorities": self.authorities,
                "months_form": self.form if self.form.is_bound else InsightMonthsForm(self.months_query()),
                "date_from": self.date_from,
                "date_to": self.date_to,
                "tables": [
                    {
                        "table": table,
                        "csv_url": f"{csv_url}?{urlencode({'measure': table.key, **self.months_query()})}",
                    }
                    for table in tables
                ],
            }
        )
        return context


def area_csv(table, authorities):
    """An area table as CSV text: the same lines, hidden cells and totals as on the page."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["", *(authority.name for authority in authorities), str(_("Area"))])
    writer.writerows([str(line.label), *(str(cell) for cell in line.cells), str(line.total)] for line in table.lines)
    return buffer.getvalue()


class AreaCsvView(AreaRequiredMixin, View):
    audit_action = "area_insight_csv"

    def get(self, request, *args, **kwargs):
        key = request.GET.get("measure", "")
        if key not in MEASURES:
            raise Http404
        tables = area_tables(authorities=self.authorities, date_from=self.date_from, date_to=self.date_to)
        table = next((table for table in tables if table.key == key), None)
        if table is None:  # an area with no councils yet
            raise Http404
        self.log(request, detail=f": {key}")
        response = HttpResponse(area_csv(table, self.authorities), content_type="text/csv; charset=utf-8")
        name = f"area-{key}-{self.date_from:%Y-%m}-to-{self.date_to:%Y-%m}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["X-Content-Type-Options"] = "nosniff"
        return private_response(response)


class AreaInsightViewSet(ViewSet):
    """The area's figures, at /admin/preproceedings/area/."""

    name = AREA_NAMESPACE
    url_prefix = "preproceedings/area"
    icon = "table"
    menu_label = _("Family justice area figures")
    menu_item_class = AreaMenuItem
    menu_order = 8160
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("", AreaInsightView.as_view(), name="index"),
            path("csv/", AreaCsvView.as_view(), name="csv"),
        ]
