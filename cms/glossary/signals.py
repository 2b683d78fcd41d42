"""Bump the glossary version whenever anything that processed pages depend on changes.

Saves are included as well as publishing: a save of a live term changes what is live (for
example a script or the shell), and an extra bump only costs one re-processing per page.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from .cache import glossary_version_bump
from .models import GlossaryPage, GlossaryTerm


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
@receiver(published, sender=GlossaryTerm)
@receiver(unpublished, sender=GlossaryTerm)
def glossary_term_changed(sender, **kwargs):
    glossary_version_bump()


# Links point at the A to Z page, so its URL is part of every processed page too.
@receiver(page_published, sender=GlossaryPage)
@receiver(page_unpublished, sender=GlossaryPage)
@receiver(post_delete, sender=GlossaryPage)
@receiver(post_page_move, sender=GlossaryPage)
def glossary_page_changed(sender, **kwargs):
    glossary_version_bump()
