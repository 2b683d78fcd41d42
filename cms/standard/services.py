"""Writes for a council's own standard pages (privacy, accessibility, contact)."""

from django.db import transaction

from .models import StandardPage


@transaction.atomic
def standard_page_ensure(*, home, slug, title, purpose, paragraphs):
    """The standard page with this slug under a council's home page, made and published if missing.

    An existing page is returned as it is, whatever its text: it is the council's to write.
    """
    page = StandardPage.objects.child_of(home).filter(slug=slug).first()
    if page is None:
        body = [{"type": "text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}]
        page = home.add_child(instance=StandardPage(title=title, slug=slug, purpose=purpose, body=body))
        page.save_revision().publish()
    return page
