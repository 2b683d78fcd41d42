"""The LA admin's evaluation screens, inside the Wagtail admin, at /admin/evaluation/.

List the council's evaluation projects, start one, close one, download an extract. Everything is
fetched through selectors scoped to the admin's own council, so anything else is a 404, written to
the access log (LAAdminRequiredMixin). Making an extract is a POST: it writes its log row.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import HeaderButton

from portal.authorities.admin_views import LAAdminMenuItem, LAAdminRequiredMixin
from portal.ops.form_errors import apply_service_errors
from portal.ops.headers import download_response
from portal.ops.once import FIELD as ONCE_FIELD
from portal.ops.once import once_field_add, submit_once

from ..extract import COLUMNS, MINIMUM_ROWS
from .forms import EvaluationProjectCreateForm
from .selectors import evaluation_project_get_for_admin, evaluation_projects_for_admin
from .services import evaluation_extract_make, evaluation_project_close, evaluation_project_create

NAMESPACE = "preproceedings_evaluation"


def _status(project):
    return _("Closed") if project.closed_at else _("Open")


class ProjectMixin(LAAdminRequiredMixin):
    """Views about one project, found only through the admin-scoped selector."""

    def get_object(self):
        return evaluation_project_get_for_admin(user=self.request.user, project_id=self.kwargs["project_id"])

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{NAMESPACE}:index"), "label": _("Evaluation extracts")},
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.object)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["project"] = self.object
        context["once_form"] = once_field_add(forms.Form())
        context["cancel_url"] = reverse(f"{NAMESPACE}:index")
        return context


class ProjectIndexView(LAAdminRequiredMixin, BaseListingView):
    audit_action = audit_view_action = "evaluation_project_list"
    page_title = _("Evaluation extracts")
    header_icon = "download"
    paginate_by = 50
    index_url_name = f"{NAMESPACE}:index"
    default_ordering = "-created_at"
    verbose_name = _("evaluation project")
    verbose_name_plural = _("evaluation projects")
    template_name = "preproceedings/admin/evaluation_index.html"
    columns = [
        TitleColumn("name", label=_("Evaluation"), url_name=f"{NAMESPACE}:extract", id_accessor="pk"),
        DateColumn("created_at", label=_("Started"), sort_key="created_at"),
        Column("created_by", label=_("Started by")),
        Column("status", label=_("Status"), accessor=_status),
    ]

    def get_base_queryset(self):
        return evaluation_projects_for_admin(user=self.request.user)

    def get_header_buttons(self):
        return [HeaderButton(label=_("Start an evaluation project"), url=reverse(f"{NAMESPACE}:add"), icon_name="plus")]


class ProjectCreateView(LAAdminRequiredMixin, WagtailAdminTemplateMixin, FormView):
    audit_action = "evaluation_project_create"
    form_class = EvaluationProjectCreateForm
    page_title = _("Start an evaluation project")
    header_icon = "download"
    template_name = "preproceedings/admin/evaluation_form.html"

    @method_decorator(submit_once)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return once_field_add(super().get_form(form_class))

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{NAMESPACE}:index"), "label": _("Evaluation extracts")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["submit_button_label"] = _("Start the project")
        context["submit_button_active_label"] = _("Saving…")
        return context

    def form_valid(self, form):
        form.cleaned_data.pop(ONCE_FIELD, None)
        try:
            project = evaluation_project_create(
                authority=self.admin_membership.authority, name=form.cleaned_data["name"], created_by=self.request.user
            )
        except ValidationError as error:
            apply_service_errors(form, error)
            return self.form_invalid(form)
        messages.success(self.request, _("%(name)s has been started, with its own key.") % {"name": project})
        return redirect(f"{NAMESPACE}:index")


class ExtractView(ProjectMixin, WagtailAdminTemplateMixin, TemplateView):
    """What the extract holds (GET), and the file itself (POST): an attachment nobody caches."""

    audit_action = "evaluation_extract"
    page_title = _("Download an evaluation extract")
    header_icon = "download"
    template_name = "preproceedings/admin/evaluation_extract.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = COLUMNS
        context["minimum_rows"] = MINIMUM_ROWS
        return context

    def post(self, request, *args, **kwargs):
        try:
            content = evaluation_extract_make(project=self.object, generated_by=request.user, request=request)
        except ValidationError as error:
            return self.render_to_response(self.get_context_data(errors=error.messages))
        name = f"evaluation-{self.object.pk}-{timezone.localdate():%Y-%m-%d}.zip"
        response = download_response(content, filename=name, content_type="application/zip")
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response


class CloseView(ProjectMixin, WagtailAdminTemplateMixin, TemplateView):
    audit_action = "evaluation_project_close"
    page_title = _("Close an evaluation project")
    header_icon = "download"
    template_name = "preproceedings/admin/evaluation_close.html"

    @method_decorator(submit_once)  # a double click closes once (portal/ops/once.py)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            evaluation_project_close(project=self.object, closed_by=request.user)
        except ValidationError as error:
            return self.render_to_response(self.get_context_data(errors=error.messages))
        messages.success(request, _("%(name)s is closed: it makes no more extracts.") % {"name": self.object})
        return redirect(f"{NAMESPACE}:index")


class EvaluationViewSet(ViewSet):
    """The council's evaluation projects and their extracts, at /admin/evaluation/."""

    name = NAMESPACE
    url_prefix = "evaluation"
    icon = "download"
    menu_label = _("Evaluation extracts")
    menu_item_class = LAAdminMenuItem
    menu_order = 8200
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("", ProjectIndexView.as_view(), name="index"),
            path("add/", ProjectCreateView.as_view(), name="add"),
            path("<int:project_id>/", ExtractView.as_view(), name="extract"),
            path("<int:project_id>/close/", CloseView.as_view(), name="close"),
        ]
