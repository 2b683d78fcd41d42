"""Writes for the guidance set-up: national group page permissions and the plain language workflow."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from cms.home.models import HomePage

from .groups import NATIONAL_PAGE_PERMISSIONS
from .models import PlainLanguageTask
from .selectors import national_root

WORKFLOW_NAME = "Plain language check"


@transaction.atomic
def guidance_permissions_ensure():
    """Give the national groups their page permissions on the national root, and put the national
    tree and every LA home page through the plain language check. Safe to run again.

    The groups themselves come from a data migration; the national root is created later (by the
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
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    plain_language_workflow_assign(page=root)
    return root


def plain_language_workflow():
    """The "Plain language check" workflow with its single task, created the first time it is needed."""
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if created or not workflow.workflow_tasks.exists():
        task = PlainLanguageTask.objects.filter(name=WORKFLOW_NAME).first()
        if task is None:
            task = PlainLanguageTask.objects.create(name=WORKFLOW_NAME)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def plain_language_workflow_assign(*, page):
    """Pages under `page` go through the plain language check when submitted for moderation.

    A workflow already assigned to this very page (chosen by an administrator) is kept.
    """
    workflow = plain_language_workflow()
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})
    return workflow
