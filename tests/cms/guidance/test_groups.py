"""The national groups (made by a data migration) and their page permissions (a service), starting
from a site with no national guidance yet (so this module shares no guidance tree between tests)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission, Page

from cms.guidance.groups import NATIONAL_EDITORS, NATIONAL_MODERATORS
from cms.guidance.models import NationalGuidancePage
from cms.guidance.services import WORKFLOW_NAME, guidance_permissions_ensure


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
    assert root.get_workflow().name == WORKFLOW_NAME
