"""Scope, audit and form plumbing shared by every view of the staff workspace."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.cases.access import refusal_log
from portal.cases.selectors import case_get_for_worker_by_pk, worker_authority
from portal.ops.form_errors import apply_service_errors
from portal.ops.headers import private_response
from portal.ops.once import once_field_add, submit_once

URL_NAMESPACE = "cases"


def index_url():
    return reverse(f"{URL_NAMESPACE}:index")


def case_url(name, case, *args):
    """A URL in the workspace's namespace for one case, like case_url("stage", case)."""
    return reverse(f"{URL_NAMESPACE}:{name}", args=[case.pk, *args])


class WorkerOnlyMixin:
    """Only workers get past dispatch; every refusal is a 404 and a row in the access log.

    Non-workers (LA editors, LA admins, superusers without a worker membership) get 404 rather
    than Wagtail's "permission denied" redirect, so the admin says no more than the family area
    does about what exists. Responses are never cached: they hold family data.
    """

    audit_name = "staff_workspace"

    def dispatch(self, request, *args, **kwargs):
        self.authority = worker_authority(request.user)
        try:
            if self.authority is None:
                raise Http404
            self.load_objects()
            response = super().dispatch(request, *args, **kwargs)
        except Http404:
            # The worker's own LA, so their LA admin sees the attempt; never the target's LA.
            refusal_log(request, action=self.audit_name, authority=self.authority)
            raise
        return private_response(response)

    def load_objects(self):
        """Fetch the objects named in the URL through scoped selectors. Raise Http404 if out of scope."""


class CaseScopedMixin(WorkerOnlyMixin):
    """A view about one case, fetched by pk through the worker's scope."""

    def load_objects(self):
        self.case = case_get_for_worker_by_pk(user=self.request.user, pk=self.kwargs["pk"])

    @cached_property
    def workspace_url(self):
        return case_url("workspace", self.case)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": index_url(), "label": gettext("Cases")},
            {"url": self.workspace_url, "label": self.case.family_name},
            {"url": "", "label": self.get_page_title()},
        ]


class CaseActionFormView(CaseScopedMixin, WagtailAdminTemplateMixin, FormView):
    """One action on a case: a form whose valid data is handed to a service.

    Subclasses set `form_class`, `page_title` and `submit_button_label`, and implement
    `perform(form)`, which calls the service and returns the success message. A ValidationError
    from the service is shown on the form, and nothing is changed.
    """

    template_name = "cases/admin/action_form.html"
    header_icon = "group"
    submit_button_label = _("Save")
    submit_button_active_label = _("Saving…")
    error_message = _("Nothing was saved. Check the messages below.")
    intro = ""
    # The field a service's field-less ValidationError is about, if any (the file, for uploads).
    plain_error_field = None

    def get_page_subtitle(self):
        return self.case.family_name

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(self.get_extra_form_kwargs())
        return kwargs

    def get_form(self, form_class=None):
        # A one-off token: a double click or a resend does the action once (portal/ops/once.py).
        return once_field_add(super().get_form(form_class))

    @method_decorator(submit_once)
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)

    def get_extra_form_kwargs(self):
        return {}

    def perform(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            success_message = self.perform(form)
        except ValidationError as error:
            apply_service_errors(form, error, plain_error_field=self.plain_error_field)
            return self.form_invalid(form)
        messages.success(self.request, success_message)
        return redirect(self.get_success_url())

    def form_invalid(self, form):
        messages.validation_error(self.request, self.error_message, form)
        return super().form_invalid(form)

    def get_success_url(self):
        return self.workspace_url

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context.update(
            {
                "case": self.case,
                "intro": self.intro,
                "action_url": self.request.get_full_path(),
                "cancel_url": self.workspace_url,
                "submit_button_label": self.submit_button_label,
                "submit_button_active_label": self.submit_button_active_label,
                "media": form.media,
            }
        )
        return context
