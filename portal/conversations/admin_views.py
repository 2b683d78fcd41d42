"""The workers' side, in the Wagtail admin (/admin/questions/): unanswered questions and unopened documents.

Scoped like the case workspace (portal.cases.admin_views.mixins.WorkerOnlyMixin): only workers get in,
they see only their own LA's cases, anything else is a 404 written to the access log, and
responses are never cached.
"""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from portal.audit.services import audit_allowed
from portal.cases.admin_views.mixins import WorkerOnlyMixin, case_url
from portal.cases.selectors import worker_authority
from portal.ops.form_errors import apply_service_errors
from portal.ops.once import once_field_add, submit_once

from . import selectors, services
from .forms import ReplyForm

QUESTIONS_NAMESPACE = "questions"


def thread_url(thread):
    return reverse(f"{QUESTIONS_NAMESPACE}:thread", args=[thread.public_id])


class WorkerMenuItem(MenuItem):
    """Shown only to workers. Hiding it is a courtesy: the views check for themselves."""

    def is_shown(self, request):
        return worker_authority(request.user) is not None


class QuestionIndexView(WorkerOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    audit_name = "staff_question_list"
    template_name = "conversations/admin/question_index.html"
    page_title = _("Questions")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        user = self.request.user
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "threads": [
                    {"thread": thread, "url": thread_url(thread), "case_url": case_url("workspace", thread.case)}
                    for thread in selectors.unanswered_threads_for_worker(user=user)
                ],
                "unopened": [
                    {"receipt": receipt, "case_url": case_url("workspace", receipt.document.case)}
                    for receipt in selectors.unopened_receipts_for_worker(user=user)
                ],
                "unopened_days": selectors.unopened_days(),
            }
        )
        audit_allowed(actor=user, action="staff_question_list", authority=self.authority, request=self.request)
        return context


class ThreadView(WorkerOnlyMixin, WagtailAdminTemplateMixin, FormView):
    """One question and its replies; the worker replies here."""

    audit_name = "staff_question"
    template_name = "conversations/admin/thread.html"
    form_class = ReplyForm
    header_icon = "help"
    page_title = _("Question")

    def load_objects(self):
        self.thread = selectors.thread_get_for_worker(user=self.request.user, thread_id=self.kwargs["thread_id"])

    def get_page_subtitle(self):
        return self.thread.case.family_name

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(f"{QUESTIONS_NAMESPACE}:index"), "label": gettext("Questions")},
            {"url": "", "label": self.thread.case.family_name},
        ]

    def get_form(self, form_class=None):
        return once_field_add(super().get_form(form_class))

    @method_decorator(submit_once)
    def post(self, request, *args, **kwargs):
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.thread_reply(thread=self.thread, worker=self.request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            apply_service_errors(form, error)
            return self.form_invalid(form)
        messages.success(self.request, gettext("Your reply has been sent. They have been told there is an update."))
        return redirect(thread_url(self.thread))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        thread = self.thread
        context.update(
            {
                "thread": thread,
                "thread_messages": selectors.messages_for_thread(thread=thread),
                "case_url": case_url("workspace", thread.case),
                "action_url": self.request.get_full_path(),
                "submit_button_label": gettext("Send reply"),
                "submit_button_active_label": gettext("Sending…"),
                "media": context["form"].media,
            }
        )
        if self.request.method == "GET":
            audit_allowed(
                actor=self.request.user,
                action="staff_question_view",
                obj=thread,
                authority=thread.case.authority,
                request=self.request,
            )
        return context


class QuestionViewSet(ViewSet):
    name = QUESTIONS_NAMESPACE
    url_prefix = "questions"
    icon = "help"
    menu_label = _("Questions")
    menu_item_class = WorkerMenuItem
    menu_order = 160
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("", QuestionIndexView.as_view(), name="index"),
            path("<uuid:thread_id>/", ThreadView.as_view(), name="thread"),
        ]
