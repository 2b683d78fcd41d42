"""Keep every LA's aliases in step with the national guidance tree (see sharing.py)."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, post_page_move

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
