"""Keep guides' legal advice buttons in step with each council's "Get free legal advice now" page.

A guide's button to the national free legal advice guide goes to the council's own page when it is
live (selectors.legal_advice_link_override). A guide's body is processed for glossary words and the
result is cached by the glossary version (cms/glossary/cache.py), not by the page cache, so
publishing, unpublishing, moving or deleting the council's page moves that version on too, as the
glossary does for its own A to Z page; otherwise a button could keep pointing at a page that is gone.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.glossary.cache import glossary_version_bump

from .models import LegalAdvicePage


@receiver(page_published, sender=LegalAdvicePage)
@receiver(page_unpublished, sender=LegalAdvicePage)
@receiver(post_delete, sender=LegalAdvicePage)
@receiver(post_page_move, sender=LegalAdvicePage)
def legal_advice_page_changed(sender, **kwargs):
    glossary_version_bump()
