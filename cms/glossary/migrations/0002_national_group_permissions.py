"""The glossary is shared by every LA, so only the national content team may change it.

Editors draft terms; moderators also publish them. LA groups get nothing here on purpose.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "National content editors"
MODERATORS = "National content moderators"
GRANTS = {
    EDITORS: ["add_glossaryterm", "change_glossaryterm"],
    MODERATORS: ["add_glossaryterm", "change_glossaryterm", "publish_glossaryterm", "delete_glossaryterm"],
}


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so they can be granted.
    app_config = apps.get_app_config("glossary")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    term_type = ContentType.objects.get(app_label="glossary", model="glossaryterm")
    for group_name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            # Wagtail adds publish_* for draftable models after migrating; the same row, made early.
            permission, _ = Permission.objects.get_or_create(
                content_type=term_type,
                codename=codename,
                defaults={"name": f"Can {codename.split('_')[0]} glossary term"},
            )
            group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=list(GRANTS)):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="glossary"))


class Migration(migrations.Migration):
    dependencies = [
        ("glossary", "0001_initial"),
        ("guidance", "0002_national_content_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
