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
from functools import cached_property

from django.http import Http404
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
from portal.ops.headers import download_response, private_response

from . import MEASURES, insight_measure, insight_measures
from .area import area_table, area_tables
from .charts import bar_chart
from .forms import InsightMonthsForm

NAMESPACE = "preproceedings_insight"
AREA_NAMESPACE = "preproceedings_area"


class FiguresRequiredMixin:
    """What the council's and the area's screens share: only the people `membership_for(user)` finds
    (everyone else a 404 and a row in the access log), and the months chosen (?from=YYYY-MM&to=YYYY-MM).
    A subclass gives `membership_for`, `namespace` and `log(request, key="")`: one access log row per
    view, or per download of the measure `key`."""

    audit_action = ""

    def dispatch(self, request, *args, **kwargs):
        self.membership = self.membership_for(request.user)
        if self.membership is None:
            own = staff_membership_for(request.user)
            refusal_log(request, action=self.audit_action, authority=own.authority if own is not None else None)
            raise Http404
        self.form = InsightMonthsForm(request.GET)
        self.date_from, self.date_to = self.form.dates()
        return super().dispatch(request, *args, **kwargs)

    def months_query(self):
        return {"from": self.date_from.strftime("%Y-%m"), "to": self.date_to.strftime("%Y-%m")}

    def csv_url(self, key):
        return f"{reverse(f'{self.namespace}:csv')}?{urlencode({'measure': key, **self.months_query()})}"

    def measure_key(self):
        """The ?measure=<key> asked for; a 404 for anything else."""
        key = self.request.GET.get("measure", "")
        if key not in MEASURES:
            raise Http404
        return key

    def csv_response(self, content, *, prefix, key):
        name = f"{prefix}-{key}-{self.date_from:%Y-%m}-to-{self.date_to:%Y-%m}.csv"
        return download_response(content, filename=name, content_type="text/csv; charset=utf-8")


class FiguresPageView(WagtailAdminTemplateMixin, TemplateView):
    """A figures page (with FiguresRequiredMixin): logged, never cached, with the months form."""

    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request, *args, **kwargs):
        self.log(request)
        return private_response(super().get(request, *args, **kwargs))

    def get_context_data(self, **kwargs):
        months_form = self.form if self.form.is_bound else InsightMonthsForm(self.months_query())
        return super().get_context_data(
            months_form=months_form, date_from=self.date_from, date_to=self.date_to, **kwargs
        )


class InsightMenuItem(MenuItem):
    """Shown to LA admins and the data role. Hiding it is a courtesy: the views check for themselves."""

    def is_shown(self, request):
        return insight_membership_for(request.user) is not None


class InsightRequiredMixin(FiguresRequiredMixin):
    """LA admins and the data role, their own council's figures only."""

    namespace = NAMESPACE
    membership_for = staticmethod(insight_membership_for)

    def log(self, request, key=""):
        authority = self.membership.authority
        audit_allowed(actor=request.user, action=self.audit_action, request=request, authority=authority, detail=key)


class InsightView(InsightRequiredMixin, FiguresPageView):
    audit_action = "insight_view"
    template_name = "preproceedings/admin/insight.html"
    page_title = _("Pre-proceedings figures")

    def get_context_data(self, **kwargs):
        authority = self.membership.authority
        measures = insight_measures(authority=authority, date_from=self.date_from, date_to=self.date_to)
        charts = [
            {"measure": measure, "chart": bar_chart(measure), "csv_url": self.csv_url(measure.key)}
            for measure in measures
        ]
        return super().get_context_data(authority=authority, charts=charts, **kwargs)


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
        key = self.measure_key()
        authority = self.membership.authority
        measure = insight_measure(authority=authority, key=key, date_from=self.date_from, date_to=self.date_to)
        self.log(request, key)
        return self.csv_response(measure_csv(measure), prefix=authority.slug, key=key)


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


class AreaRequiredMixin(FiguresRequiredMixin):
    """The area's people, their own area's figures only."""

    namespace = AREA_NAMESPACE
    membership_for = staticmethod(area_membership_for)

    @cached_property
    def authorities(self):
        return area_authorities(self.membership.area)

    def log(self, request, key=""):
        area = self.membership.area
        detail = f"{area}: {key}" if key else f"{area}"
        audit_allowed(actor=request.user, action=self.audit_action, request=request, detail=detail)


class AreaInsightView(AreaRequiredMixin, FiguresPageView):
    audit_action = "area_insight_view"
    template_name = "preproceedings/admin/area.html"
    page_title = _("Family justice area figures")

    def get_context_data(self, **kwargs):
        tables = area_tables(authorities=self.authorities, date_from=self.date_from, date_to=self.date_to)
        return super().get_context_data(
            area=self.membership.area,
            authorities=self.authorities,
            tables=[{"table": table, "csv_url": self.csv_url(table.key)} for table in tables],
            **kwargs,
        )


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
        key = self.measure_key()
        if not self.authorities:  # an area with no councils yet
            raise Http404
        measures = [
            insight_measure(authority=authority, key=key, date_from=self.date_from, date_to=self.date_to)
            for authority in self.authorities
        ]
        self.log(request, key)
        return self.csv_response(area_csv(area_table(measures), self.authorities), prefix="area", key=key)


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
