"""The national content groups and the legal checkers: names and permissions, shared by the data
migrations and services."""

NATIONAL_EDITORS = "National content editors"
NATIONAL_MODERATORS = "National content moderators"
# People who check the guides' legal facts (a council solicitor, a family law barrister). They
# approve the "Legal check" workflow task; they neither edit nor publish guides otherwise.
LEGAL_CHECKERS = "Legal checkers"

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

# Legal checkers' page permission on the NationalGuidancePage (granted by the same service): locking
# is the least a page permission can give, and it lets them reach the guides in the admin.
LEGAL_CHECKER_PAGE_PERMISSIONS = ["lock_page"]

# Permissions on the sources of the guides (granted in the migration): the national team and the
# legal checkers keep the list up to date; only moderators delete a source (and only one no guide uses).
SOURCE_PERMISSIONS = {
    NATIONAL_EDITORS: ["add_source", "change_source"],
    NATIONAL_MODERATORS: ["add_source", "change_source", "delete_source"],
    LEGAL_CHECKERS: ["add_source", "change_source"],
}
