"""How several local authorities share one set of national guidance.

The guidance is written once, in a tree of its own: a NationalGuidancePage directly under
Wagtail's root, outside every site, with the guide sections, the journey page and the young
people's hub under it. The "National content editors" group writes there and "National content
moderators" publish. Each LA's site (its HomePage) shows that guidance through Wagtail aliases:
one alias of every national section, of the journey page and of the young people's hub, made with
`create_alias(recursive=True)`, so the LA site serves the same guides at its own address, with
its own header, colour and footer.
An alias has no content of its own: when a national page is published, Wagtail copies the new
version into all its aliases at once (Page.update_aliases), so every LA stays in step.
Wagtail does not alias pages added later under an aliased page, so a `page_published` handler
(signal_handlers.py) gives each newly published national page an alias under every LA copy of
its parent; moves and deletions are followed the same way.
LA staff edit only their own local pages (StandardPage under their home page). Aliases refuse
editing already; hooks (wagtail_hooks.py) stop anyone but a superuser from converting, moving,
copying, unpublishing or deleting them, or adding pages under them.
Links between guides resolve on whichever site shows them: a national page answers with the path
its aliases have on every LA site (NationalPageMixin), so alias slugs are kept the same.
"""

from django.db import transaction
from wagtail.models import Page

from cms.home.models import HomePage

from .selectors import in_national_tree, national_root


def _slug_for(*, page, parent):
    """Keep the national slug, so links resolve; only a clash with an LA's own page changes it."""
    if not Page.objects.child_of(parent).filter(slug=page.slug).exists():
        return None
    return f"{page.slug}-guidance"


def _alias_under(*, page, parent):
    return Page.objects.child_of(parent).filter(alias_of=page).first()


def _mirror(*, source, target):
    """Make sure every child of `source` has an alias under `target`, recursively. New aliases."""
    created = []
    for child in source.get_children().specific():
        alias = _alias_under(page=child, parent=target)
        if alias is None:
            created.append(
                child.create_alias(parent=target, recursive=True, update_slug=_slug_for(page=child, parent=target))
            )
        else:
            created.extend(_mirror(source=child, target=alias))
    return created


@transaction.atomic
def national_guidance_share(*, authority):
    """Show the national guidance on an LA's site and check its local pages for plain language.

    Aliases every national section and the journey page under the LA's home page (and anything
    missing further down). Safe to run again: it only adds what is missing. Returns the new aliases.
    """
    from .services import plain_language_workflow_assign

    home = authority.site.root_page
    # The caller's cached home page may not know about aliases added since it was loaded (by the
    # page_published handler): treebeard places new children by numchild, so refresh it first.
    home.refresh_from_db(fields=["numchild"])
    plain_language_workflow_assign(page=home)
    root = national_root()
    if root is None:
        return []
    return _mirror(source=root, target=home)


def _copies_of_parent(page, *, root):
    """Where the LA aliases of `page` belong: every LA home page, or every alias of its parent."""
    parent = page.get_parent()
    if parent.pk == root.pk:
        return list(HomePage.objects.all())
    return list(Page.objects.filter(alias_of=parent))


def national_page_share(*, page):
    """Give a national page an alias under every LA copy of its parent, if it has none yet."""
    root = national_root()
    if page.alias_of_id or not in_national_tree(page, root=root):
        return []
    created = []
    for target in _copies_of_parent(page, root=root):
        if _alias_under(page=page, parent=target) is None:
            created.append(
                page.create_alias(parent=target, recursive=True, update_slug=_slug_for(page=page, parent=target))
            )
    return created


def national_page_moved(*, page):
    """After a national page moves, move each LA alias under the LA's copy of the new parent."""
    root = national_root()
    if page.alias_of_id or not in_national_tree(page, root=root):
        return
    parent = page.get_parent()
    for alias in Page.objects.filter(alias_of=page):
        home = Page.objects.get(path=alias.path[: 2 * alias.steplen])
        target = home if parent.pk == root.pk else Page.objects.filter(alias_of=parent).descendant_of(home).first()
        if target is not None and alias.get_parent().pk != target.pk:
            alias.move(target, pos="last-child")


def national_page_deleted(*, page):
    """A national page's aliases go with it: otherwise they would become ordinary, unchecked copies."""
    for alias in Page.objects.filter(alias_of_id=page.pk):
        alias.delete()
