"""The national groups and the legal checkers (made by data migrations) and their page permissions
(a service), starting from a site with no national guidance yet (so this module shares no guidance
tree between tests)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page, Workflow, WorkflowPage

from cms.guidance.groups import LEGAL_CHECKERS, NATIONAL_EDITORS, NATIONAL_MODERATORS
from cms.guidance.models import NationalGuidancePage
from cms.guidance.services import (
    GUIDE_WORKFLOW_NAME,
    guidance_permissions_ensure,
    plain_language_workflow,
    plain_language_workflow_assign,
)


@pytest.mark.django_db
def test_the_migration_creates_the_national_groups_with_admin_access_and_collection_permissions():
    for name in (NATIONAL_EDITORS, NATIONAL_MODERATORS):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()
        codenames = set(
            GroupCollectionPermission.objects.filter(group=group).values_list("permission__codename", flat=True)
        )
        assert {"choose_image", "add_document", "choose_document"} <= codenames
    moderator_codenames = GroupCollectionPermission.objects.filter(group__name=NATIONAL_MODERATORS).values_list(
        "permission__codename", flat=True
    )
    assert "delete_document" in moderator_codenames
    assert not GroupCollectionPermission.objects.filter(
        group__name=NATIONAL_EDITORS, permission__codename="delete_document"
    ).exists()


@pytest.mark.django_db
def test_the_migration_creates_the_legal_checkers_and_lets_them_keep_the_sources():
    checkers = Group.objects.get(name=LEGAL_CHECKERS)
    assert checkers.permissions.filter(codename="access_admin").exists()

    def source_codenames(group_name):
        permissions = Group.objects.get(name=group_name).permissions.filter(content_type__model="source")
        return sorted(permissions.values_list("codename", flat=True))

    assert source_codenames(LEGAL_CHECKERS) == ["add_source", "change_source"]
    assert source_codenames(NATIONAL_EDITORS) == ["add_source", "change_source"]
    assert source_codenames(NATIONAL_MODERATORS) == ["add_source", "change_source", "delete_source"]
    # Nothing else: they check guides through the workflow, not by editing or publishing them.
    assert not checkers.permissions.exclude(codename__in=["access_admin", "add_source", "change_source"]).exists()


@pytest.mark.django_db
def test_page_permissions_are_granted_once_the_national_root_exists():
    assert guidance_permissions_ensure() is None
    assert not GroupPagePermission.objects.filter(group__name=NATIONAL_EDITORS).exists()
    root = Page.get_first_root_node().add_child(instance=NationalGuidancePage(title="National", slug="national"))
    assert guidance_permissions_ensure() == root
    guidance_permissions_ensure()  # safe to repeat

    def codenames(group_name):
        permissions = GroupPagePermission.objects.filter(group__name=group_name, page=root)
        return sorted(permissions.values_list("permission__codename", flat=True))

    assert codenames(NATIONAL_EDITORS) == ["add_page", "change_page"]
    assert codenames(NATIONAL_MODERATORS) == ["add_page", "change_page", "lock_page", "publish_page", "unlock_page"]
    assert codenames(LEGAL_CHECKERS) == ["lock_page"]
    workflow = root.get_workflow()
    assert workflow.name == GUIDE_WORKFLOW_NAME
    assert [str(task.specific._meta.verbose_name) for task in workflow.tasks] == ["Plain language check", "Legal check"]
    assert list(workflow.tasks.last().specific.groups.all()) == [Group.objects.get(name=LEGAL_CHECKERS)]


@pytest.mark.django_db
def test_a_national_tree_set_up_before_the_legal_check_gets_it_and_a_chosen_workflow_is_kept():
    root = Page.get_first_root_node().add_child(instance=NationalGuidancePage(title="National", slug="national"))
    plain_language_workflow_assign(page=root)  # what the national root had before the legal check
    guidance_permissions_ensure()
    assert Page.objects.get(pk=root.pk).get_workflow().name == GUIDE_WORKFLOW_NAME

    chosen = Workflow.objects.create(name="Chosen by an administrator")
    WorkflowPage.objects.filter(page=root).update(workflow=chosen)
    guidance_permissions_ensure()
    assert Page.objects.get(pk=root.pk).get_workflow() == chosen
    assert plain_language_workflow().workflow_tasks.count() == 1  # the LA pages' workflow is unchanged
