"""The guidance workflow tasks: "Plain language check" and "Legal check".

Plain language check. A page that meets its audience's readability (LIX) target and uses no glossary "avoid" word
without explanation is approved as soon as it is submitted, so it goes live straight away. Any
other page waits until a moderator approves it as an exception, giving a reason that is kept as
the task's comment (or asks for changes). Publishing such a page straight away is refused
(wagtail_hooks.py), so the exception always has its reason. A
moderator is anyone who may publish the page: the national content moderators for national
guidance, an LA's own moderators for its local pages. Wagtail's page permissions already say
who that is, so the task has no groups of its own to keep in step.

Legal check. It comes after the plain language check in the national guidance's workflow, so it is
the last step before a guide goes live and a legal checker approves exactly what is published. It
runs only when the guide's legal facts (GuidePage.legal_fact_fields) are not the ones a check in the
last year approved (selectors.legal_check_needed); otherwise it is skipped, so changing only a
title or summary publishes straight away. Its approvers are the members of its groups (the "Legal
checkers" group, chosen like any Wagtail group approval task); while it waits, only they may edit
the guide. Approving asks for the approver's role ("council solicitor"), and records the date, the
role and what was checked on the guide (services.legal_check_record).

Wagtail publishes a finished workflow as the user who finished it. Neither an editor whose change
skipped the legal check nor a legal checker may publish, so a workflow that ends at this task is
finished here, as nobody unless the user may publish the page (the plain language task does the same).
"""

from django import forms
from django.db import transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Page, Task, TaskState
from wagtail.permissions import page_permission_policy

from .checks import plain_language_problems


def _is_last_task(task, workflow):
    """True when no active task follows `task` in `workflow`."""
    sort_order = workflow.workflow_tasks.get(task=task).sort_order or 0
    return not workflow.workflow_tasks.filter(task__active=True, sort_order__gt=sort_order).exists()


def _publisher(page, user):
    """Who a finished workflow is published as: the user if they may publish the page, else nobody."""
    if user is not None and isinstance(page, Page) and page.permissions_for_user(user).can_publish():
        return user
    return None


class ExceptionReasonForm(TaskStateCommentForm):
    """Approving a page that breaks the plain language rules needs a reason, kept as the task's comment."""

    comment = forms.CharField(
        label=_("Why is an exception right for this page?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: the legal words are needed, and each one is explained on the page."),
    )


class PlainLanguageTask(Task):
    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        page = task_state.revision.as_object()
        if not plain_language_problems(page):
            # As the last task, finish the workflow here, with no user: Wagtail publishes a finished
            # workflow as the user who finished it, and the submitter (an editor) may not publish.
            # Otherwise leave the workflow to move on to the next task, whose approver publishes.
            is_last = _is_last_task(self, workflow_state.workflow)
            task_state.approve(user=None, update=is_last, comment="Meets the plain language rules.")
        return task_state

    def user_can_moderate(self, obj, user):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        return isinstance(obj, Page) and obj.permissions_for_user(user).can_publish()

    def user_can_access_editor(self, obj, user):
        return self.user_can_moderate(obj, user)

    def user_can_lock(self, obj, user):
        return self.user_can_moderate(obj, user)

    def get_actions(self, obj, user):
        if not self.user_can_moderate(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve as an exception, giving your reason"), True),
        ]

    def get_form_for_action(self, action):
        return ExceptionReasonForm if action == "approve" else super().get_form_for_action(action)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        publishable = page_permission_policy.instances_user_has_permission_for(user, "publish")
        page_ids = publishable.annotate(str_id=Cast("pk", CharField())).values("str_id")
        return states.filter(
            workflow_state__base_content_type__app_label="wagtailcore",
            workflow_state__base_content_type__model="page",
            workflow_state__object_id__in=page_ids,
        )

    @classmethod
    def get_description(cls):
        return _(
            "Publishes pages that meet their readability target and explain any hard words. "
            "Other pages wait for someone who may publish them to approve the exception."
        )

    class Meta:
        verbose_name = _("Plain language check")
        verbose_name_plural = _("Plain language checks")


class LegalCheckApprovalForm(TaskStateCommentForm):
    """Approving the legal check: the approver's role (recorded on the guide) and a comment."""

    role = forms.CharField(
        label=_("Your role"),
        max_length=100,
        help_text=_("For example council solicitor or family law barrister. Not your name."),
    )
    field_order = ["role", "comment"]


class LegalCheckTask(AbstractGroupApprovalTask):
    def start(self, workflow_state, user=None):
        from .selectors import legal_check_needed

        revision = workflow_state.content_object.get_latest_revision()
        if legal_check_needed(revision.as_object()):
            return super().start(workflow_state, user=user)
        # Nothing for the legal checkers: skip without telling them (super().start would email them).
        task_state = self.get_task_state_class().objects.create(
            workflow_state=workflow_state,
            revision=revision,
            task=self,
            status=TaskState.STATUS_SKIPPED,
            finished_at=timezone.now(),
            comment="The legal facts are the ones last checked.",
        )
        if _is_last_task(self, workflow_state.workflow):
            workflow_state.update(user=_publisher(revision.as_object(), user))
        return task_state

    def get_actions(self, obj, user):
        if not (user.is_active and (user.is_superuser or self._user_in_groups(user))):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve the legal facts"), True),
        ]

    def get_form_for_action(self, action):
        return LegalCheckApprovalForm if action == "approve" else super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name != "approve":
            return super().on_action(task_state, user, action_name, **kwargs)
        from .services import legal_check_record

        page = task_state.workflow_state.content_object.specific
        legal_check_record(page=page, role=kwargs.get("role", ""))
        workflow_state = task_state.workflow_state
        is_last = _is_last_task(self, workflow_state.workflow)
        task_state.approve(user=user, update=not is_last, comment=kwargs.get("comment", ""))
        if is_last:
            workflow_state.update(user=_publisher(page, user))
        return None

    @classmethod
    def get_description(cls):
        return _(
            "Guides whose legal facts have not been checked in the last year wait for a member of the "
            "chosen groups to check them. Other changes skip this step."
        )

    class Meta:
        verbose_name = _("Legal check")
        verbose_name_plural = _("Legal checks")
