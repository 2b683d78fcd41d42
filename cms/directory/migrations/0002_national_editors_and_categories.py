"""The "National content editors" group, and the directory's categories.

Categories are part of the product, not demo data: every LA's directory filters by them, and
their ids are published in the open data, so they are fixed here. cms/directory/seed.py lists
the same ids (it repairs a database where they were deleted). The group may also be created by
another app's migration: get_or_create makes the order not matter.
"""

from django.db import migrations

NATIONAL_EDITORS_GROUP = "National content editors"
TAXONOMY = {
    "uuid": "36c201f4-f1b4-533c-99e1-6cc5d5931e85",
    "name": "Family court portal categories",
    "description": "Kinds of help for families whose children's social care case may go to court.",
    "version": "1",
}
TERMS = [
    (
        "f84c8bf2-ec11-588b-9e02-02371ca58462",
        "legal-advice",
        "Legal advice",
        "Solicitors and advice lines that explain the law and your rights.",
    ),
    (
        "803e8d6b-f806-53e2-9960-f387151a260e",
        "family-support",
        "Family support",
        "Help for parents and families, from people who are not your social worker.",
    ),
    (
        "7af101c1-7981-5a76-b02d-74e26db248ff",
        "advocacy",
        "Advocacy",
        "Someone on your side who helps you say what you think in meetings.",
    ),
    (
        "fc542c48-39da-55c0-aaf6-03133b80b4e2",
        "domestic-abuse",
        "Domestic abuse",
        "Help if someone close to you hurts, scares or controls you.",
    ),
    (
        "c2d08494-ca1b-557e-9315-a855ad9a8a45",
        "mental-health",
        "Mental health",
        "Someone to talk to when you are struggling to cope.",
    ),
    (
        "7932a376-0db5-59f9-a15d-af7e74395c80",
        "drugs-and-alcohol",
        "Drugs and alcohol",
        "Help with drinking or drug use, for you or someone in your family.",
    ),
    (
        "c6c9f513-dc7b-5cf5-839d-eba672b30169",
        "housing-and-money",
        "Housing and money",
        "Help with a home, benefits, debt or bills.",
    ),
    (
        "fa687753-2421-5694-868b-2b0723966741",
        "young-people",
        "Support for young people",
        "Help for children and young people whose family is involved with children's services.",
    ),
]


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    group, _ = Group.objects.get_or_create(name=NATIONAL_EDITORS_GROUP)
    group.permissions.add(access_admin)

    Taxonomy = apps.get_model("directory", "Taxonomy")
    TaxonomyTerm = apps.get_model("directory", "TaxonomyTerm")
    taxonomy, _ = Taxonomy.objects.get_or_create(uuid=TAXONOMY["uuid"], defaults=TAXONOMY)
    for order, (term_id, slug, name, description) in enumerate(TERMS):
        TaxonomyTerm.objects.get_or_create(
            uuid=term_id,
            defaults={
                "taxonomy": taxonomy,
                "slug": slug,
                "name": name,
                "description": description,
                "sort_order": order,
            },
        )


def backwards(apps, schema_editor):
    # The group is left alone: another app may use it. The categories go with the tables.
    pass


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
