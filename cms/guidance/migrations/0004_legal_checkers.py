"""The "Legal checkers" group, with admin access, and who may keep the list of sources.

Their page permission needs the NationalGuidancePage, which may not exist yet when migrations run:
services.guidance_permissions_ensure() grants it once it does, and makes the "Legal check" task
that names this group as its approvers.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Copied from cms/guidance/groups.py: a migration must not change when that module does.
LEGAL_CHECKERS = "Legal checkers"
SOURCE_PERMISSIONS = {
    "National content editors": ["add_source", "change_source"],
    "National content moderators": ["add_source", "change_source", "delete_source"],
    LEGAL_CHECKERS: ["add_source", "change_source"],
}


def create_group(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so they can be granted.
    app_config = apps.get_app_config("guidance")
    app_config.models_module = True  # the migration state's app stub lacks it; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    checkers, _ = Group.objects.get_or_create(name=LEGAL_CHECKERS)
    checkers.permissions.add(access_admin)
    for group_name, codenames in SOURCE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="guidance", codename__in=codenames))


def remove_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=LEGAL_CHECKERS).delete()
    for group in Group.objects.filter(name__in=list(SOURCE_PERMISSIONS)):
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label="guidance", codename__endswith="_source")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0003_legal_check"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
