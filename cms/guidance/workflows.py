"""The "Plain language check" workflow task.

A page that meets its audience's readability (LIX) target and uses no glossary "avoid" word
without explanation is approved as soon as it is submitted, so it goes live straight away. Any
other page waits until a moderator approves it as an exception (or asks for changes). A
moderator is anyone who may publish the page: the national content moderators for national
guidance, an LA's own moderators for its local pages. Wagtail's page permissions already say
who that is, so the task has no groups of its own to keep in step.
"""

from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, TaskState
from wagtail.permissions import page_permission_policy

from .checks import plain_language_problems


class PlainLanguageTask(Task):
    def start(self, workflow_state, user=None):
        task_state = super().start(workflow_state, user=user)
        page = task_state.revision.as_object()
        if not plain_language_problems(page):
            # As the last task, finish the workflow here, with no user: Wagtail publishes a finished
            # workflow as the user who finished it, and the submitter (an editor) may not publish.
            # Otherwise leave the workflow to move on to the next task, whose approver publishes.
            is_last = not workflow_state.workflow.workflow_tasks.filter(
                task__active=True, sort_order__gt=self._sort_order_in(workflow_state.workflow)
            ).exists()
            task_state.approve(user=None, update=is_last, comment="Meets the plain language rules.")
        return task_state

    def _sort_order_in(self, workflow):
        return workflow.workflow_tasks.get(task=self).sort_order or 0

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
            ("approve", _("Approve as an exception"), False),
            ("approve", _("Approve as an exception, with comment"), True),
        ]

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
