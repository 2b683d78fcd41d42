"""Writes for the guidance set-up: national group page permissions, the workflows, and legal checks."""

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from cms.home.models import HomePage

from .groups import LEGAL_CHECKER_PAGE_PERMISSIONS, LEGAL_CHECKERS, NATIONAL_PAGE_PERMISSIONS
from .models import GuidePage, LegalCheckTask, PlainLanguageTask
from .selectors import legal_facts_fingerprint, national_root

WORKFLOW_NAME = "Plain language check"
GUIDE_WORKFLOW_NAME = "Plain language and legal check"
LEGAL_CHECK_TASK_NAME = "Legal check"


@transaction.atomic
def guidance_permissions_ensure():
    """Give the national groups their page permissions on the national root, put every LA home page
    through the plain language check and the national tree through the plain language and legal
    check. Safe to run again.

    The groups themselves come from data migrations; the national root is created later (by the
    seed, or by a superuser), so its page permissions can only be granted once it exists.
    Returns the national root, or None if there is none yet.
    """
    root = national_root()
    for home in HomePage.objects.all():
        plain_language_workflow_assign(page=home)
    if root is None:
        return None
    # wagtail-localize's "Translate this page": the national team translates the national guides.
    translate = Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")
    for group_name, codenames in NATIONAL_PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(translate)
        _page_permissions_grant(group=group, page=root, codenames=codenames)
    # Legal checkers only need to reach the guides (Wagtail lists pages by page permission); the
    # legal check task lets them into a guide's editor while it waits for them.
    legal_checkers, _ = Group.objects.get_or_create(name=LEGAL_CHECKERS)
    _page_permissions_grant(group=legal_checkers, page=root, codenames=LEGAL_CHECKER_PAGE_PERMISSIONS)
    guide_workflow_assign(page=root)
    return root


def _page_permissions_grant(*, group, page, codenames):
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _workflow_with_tasks(*, name, tasks):
    """The named workflow, made with `tasks` (in order) the first time it is needed."""
    workflow, created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if created or not workflow.workflow_tasks.exists():
        for sort_order, task in enumerate(tasks):
            WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": sort_order})
    return workflow


def _plain_language_task():
    return PlainLanguageTask.objects.filter(name=WORKFLOW_NAME).first() or PlainLanguageTask.objects.create(
        name=WORKFLOW_NAME
    )


def _legal_check_task():
    task = LegalCheckTask.objects.filter(name=LEGAL_CHECK_TASK_NAME).first()
    if task is None:
        task = LegalCheckTask.objects.create(name=LEGAL_CHECK_TASK_NAME)
        task.groups.add(Group.objects.get_or_create(name=LEGAL_CHECKERS)[0])
    return task


def plain_language_workflow():
    """The "Plain language check" workflow with its single task, created the first time it is needed."""
    return _workflow_with_tasks(name=WORKFLOW_NAME, tasks=[_plain_language_task()])


def guide_workflow():
    """The national guidance's workflow: the plain language check, then the legal check."""
    return _workflow_with_tasks(name=GUIDE_WORKFLOW_NAME, tasks=[_plain_language_task(), _legal_check_task()])


def plain_language_workflow_assign(*, page):
    """Pages under `page` go through the plain language check when submitted for moderation.

    A workflow already assigned to this very page (chosen by an administrator) is kept.
    """
    workflow = plain_language_workflow()
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def guide_workflow_assign(*, page):
    """Pages under `page` go through the plain language and legal check when submitted.

    Replaces the plain language check alone (what the national root had before the legal check
    existed); any other workflow an administrator chose for this page is kept.
    """
    workflow = guide_workflow()
    assigned, created = WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    if not created and assigned.workflow.name == WORKFLOW_NAME:
        assigned.workflow = workflow
        assigned.save(update_fields=["workflow"])
    return assigned.workflow


@transaction.atomic
def legal_check_record(*, page, role):
    """Record that a legal checker in `role` has checked the legal facts of the guide's latest
    version today. Called by the "Legal check" task as it is approved; the version is the one the
    workflow then publishes.

    Writes only the legal check fields, on the page itself rather than in a revision (see
    GuidePage.with_content_json), and updates `page` in place so that it is not saved back stale.
    """
    role = " ".join((role or "").split())
    if not role:
        raise ValidationError({"role": "Say what your role is, for example council solicitor."})
    if not isinstance(page, GuidePage):
        raise ValidationError("Only guides have a legal check.")
    checked = {
        "legal_checked_on": timezone.localdate(),
        "legal_checked_by_role": role[:100],
        "legal_checked_fingerprint": legal_facts_fingerprint(page.get_latest_revision_as_object()),
    }
    GuidePage.objects.filter(pk=page.pk).update(**checked)
    for name, value in checked.items():
        setattr(page, name, value)
    return page
