"""Pages in the language a person chose, or in English with a notice saying so.

Translations are made by editors with wagtail-localize, which keeps each one linked to its English
source page (same translation key, and a TranslationSource holding the English text it was
translated from). How a translated page reaches a reader:

- The language comes from the reader's choice (the language switcher sets Django's language
  cookie) or their browser. Addresses do not change with the language: a worker can send one link
  to every family, and each person reads it in the language they chose.
- Routing always follows the English tree of the council's site, whose guides are aliases of the
  national guidance (cms/guidance/sharing.py). A translated home page hands routing back to its
  English source (cms.home.models.HomePage.route), so no translated tree has to mirror the
  English one.
- Before a page is served, ``translation_to_read`` looks for its live translation in the reader's
  language: of the page itself (a council's own pages), or of the national page it is an alias of
  (a guide). If there is one, that is what is served, at the same address.
- If not, the English page is served with a short notice in the reader's language, saying so and
  how to ask for an interpreter (``content_language``, components/translation-notice.html).
- A translation whose English source was published again after the translation was made from it
  is *out of date* (``translation_is_out_of_date``): readers see a line saying the English page has
  changed, and editors see it in the "Translations out of date" report.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def _active_locale():
    """The Wagtail locale of the reader's language, or None for English or an unknown language."""
    language = translation.get_language() or DEFAULT_LANGUAGE
    if language == DEFAULT_LANGUAGE:
        return None
    return Locale.objects.filter(language_code=language).first()


def _content_source(page):
    """The page whose content `page` shows: the national original for an alias, else itself."""
    return page.alias_of if page.alias_of_id else page


def translation_to_read(page):
    """The live translation of `page`'s content in the reader's language, or None.

    None when the reader reads English, when the page is already in their language, or when
    nobody has translated it yet.
    """
    locale = _active_locale()
    if locale is None:
        return None
    source = _content_source(page)
    if source.locale_id == locale.pk:
        return None
    found = (
        Page.objects.live()
        .filter(translation_key=source.translation_key, locale=locale)
        .exclude(alias_of__isnull=False)  # an untranslated placeholder shows English: not a translation
        .first()
    )
    return found.specific if found is not None else None


def content_language(page):
    """The language code of the words on `page` (an alias shows its original's words)."""
    source = _content_source(page)
    return source.locale.language_code


def translation_is_out_of_date(page):
    """True when `page` is a translation whose English source was published after it was translated."""
    from wagtail_localize.models import TranslationSource

    if page.alias_of_id or page.locale.language_code == DEFAULT_LANGUAGE:
        return False
    english = page.get_translation_or_none(Locale.get_default())
    if english is None or english.last_published_at is None:
        return False
    source = TranslationSource.objects.filter(object_id=page.translation_key, locale=english.locale).first()
    return source is not None and english.last_published_at > source.last_updated_at


def out_of_date_translations():
    """Live translated pages whose English source has been published since they were translated."""
    from wagtail_localize.models import TranslationSource

    default = Locale.get_default()
    english_published = dict(
        Page.objects.filter(locale=default, alias_of__isnull=True).values_list("translation_key", "last_published_at")
    )
    snapshots = dict(TranslationSource.objects.filter(locale=default).values_list("object_id", "last_updated_at"))
    stale_keys = [
        key
        for key, snapshot in snapshots.items()
        if english_published.get(key) is not None and english_published[key] > snapshot
    ]
    return (
        Page.objects.live()
        .filter(translation_key__in=stale_keys, alias_of__isnull=True)
        .exclude(locale=default)
        .select_related("locale")
        .order_by("title")
    )
