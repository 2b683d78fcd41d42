"""LA separation in Wagtail's page chooser.

Wagtail is not multi-tenant: its page chooser lists every page in the tree, drafts included, to
anyone who can open the admin. So an editor of one LA choosing a page to link to would see the
titles of another LA's unpublished pages. Here the chooser (browse and search) leaves out every
LA's pages except those of LAs the person has page permissions in. Pages outside any LA's site
(shared national content) stay available. Superusers see everything.
"""

from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.authorities.selectors import authorities_with_site


@hooks.register("construct_page_chooser_queryset")
def only_own_la_pages_in_chooser(pages, request):
    user = request.user
    if user.is_superuser:
        return pages
    explorable = PagePermissionPolicy().explorable_instances(user)
    for authority in authorities_with_site():
        home = authority.site.root_page
        if not explorable.filter(path__startswith=home.path).exists():
            pages = pages.exclude(path__startswith=home.path)
    return pages
