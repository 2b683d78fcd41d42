"""Keep every LA's aliases in step with the national guidance tree (see sharing.py)."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Page
from wagtail.signals import copy_for_translation_done, page_published, post_page_move

from .sharing import national_page_deleted, national_page_moved, national_page_share


@receiver(page_published)
def share_published_national_page(sender, instance, alias=False, **kwargs):
    # Wagtail sends this for each alias it updates too (alias=True): those are copies already.
    if not alias:
        national_page_share(page=instance)


@receiver(post_page_move)
def follow_moved_national_page(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if parent_page_before.pk != parent_page_after.pk:
        national_page_moved(page=instance)


@receiver(pre_delete, sender=Page)
def delete_aliases_of_national_page(sender, instance, **kwargs):
    national_page_deleted(page=instance)


@receiver(copy_for_translation_done)
def give_translated_tree_the_same_permissions(sender, source_obj, target_obj, **kwargs):
    """A translated copy of a top-level page (the national guidance, a council's home) is a new tree:
    the groups that may edit or publish the English one get the same rights on it, so the national
    team translates the national guides and each council's editors their own pages."""
    if not isinstance(source_obj, Page) or source_obj.depth != 2:
        return
    for permission in GroupPagePermission.objects.filter(page=source_obj):
        GroupPagePermission.objects.get_or_create(
            group=permission.group, page=target_obj, permission=permission.permission
        )
