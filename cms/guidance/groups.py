"""The national content groups: names and permissions, shared by the data migration and services."""

NATIONAL_EDITORS = "National content editors"
NATIONAL_MODERATORS = "National content moderators"

# Page permissions on the NationalGuidancePage (granted by services.guidance_permissions_ensure,
# because the page does not exist yet when the migrations run). The same as an LA's own groups.
NATIONAL_PAGE_PERMISSIONS = {
    NATIONAL_EDITORS: ["add_page", "change_page"],
    NATIONAL_MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}

# Permissions on the root collection (granted in the migration): editors may upload and choose
# images and documents for guides; moderators may also change and delete them.
NATIONAL_COLLECTION_PERMISSIONS = {
    NATIONAL_EDITORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
    ],
    NATIONAL_MODERATORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
    ],
}
