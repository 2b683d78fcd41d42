import pytest
from django.contrib.auth.models import Group


@pytest.mark.django_db
def test_only_the_national_team_may_change_the_shared_glossary(authority_a):
    editors = Group.objects.get(name="National content editors")
    moderators = Group.objects.get(name="National content moderators")
    editor_codes = set(
        editors.permissions.filter(content_type__app_label="glossary").values_list("codename", flat=True)
    )
    moderator_codes = set(
        moderators.permissions.filter(content_type__app_label="glossary").values_list("codename", flat=True)
    )
    assert editor_codes == {"add_glossaryterm", "change_glossaryterm"}
    assert "publish_glossaryterm" in moderator_codes
    la_groups = Group.objects.filter(name__startswith=authority_a.name)
    assert la_groups.exists()
    assert not any(group.permissions.filter(content_type__app_label="glossary").exists() for group in la_groups)
