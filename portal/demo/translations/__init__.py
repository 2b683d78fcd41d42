"""Demo translations of three pages: each council's home page, its "Get free legal advice now" page
and the national "letter before proceedings" guide, into every language the portal ships.

They are made the way an editor's would be, through wagtail-localize: the English page becomes a
TranslationSource, each piece of its text is given a translation (the modules beside this file,
one per language, keyed by the English text), and the translated page is saved from those. So the
demo's translations stay linked to their English pages and show as out of date when the English
changes, exactly like an editor's.

Like the interface translations, these were drafted for this project and need checking by a
qualified translator before live use (README, "Languages").
"""

import importlib

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from cms.directory.models import LegalAdvicePage
from cms.guidance.selectors import national_root

LETTER_GUIDE_SLUG = "letter-before-proceedings"


class MissingDemoTranslation(Exception):
    pass


def strings_for(language_code):
    """{English text: translation} for one language (portal/demo/translations/<code>.py)."""
    return importlib.import_module(f"{__name__}.{language_code.replace('-', '_')}").STRINGS


def pages_to_translate(*, authorities):
    """The English pages the demo translates, parents before children."""
    pages = []
    for authority in authorities:
        home = authority.site.root_page.specific
        pages.append(home)
        pages.extend(LegalAdvicePage.objects.child_of(home).filter(locale=home.locale))
    root = national_root()
    if root is not None:
        guide = Page.objects.descendant_of(root).filter(slug=LETTER_GUIDE_SLUG).first()
        if guide is not None:
            pages.append(guide.specific)
    return pages


def _parents_ensure(*, page, locale):
    """A translated page needs its parent in the same language: an untranslated parent becomes a
    placeholder (an alias of the English page), as wagtail-localize's own tree sync does."""
    parent = page.get_parent()
    if parent.is_root() or parent.get_translation_or_none(locale) is not None:
        return
    parent.specific.copy_for_translation(locale, copy_parents=True, alias=True)


def page_translate(*, page, locale, strings):
    """Translate `page` into `locale` from `strings` and publish it. Does nothing if it exists."""
    existing = page.get_translation_or_none(locale)
    if existing is not None and not existing.alias_of_id:
        return existing
    source, _ = TranslationSource.update_or_create_from_instance(page)
    _parents_ensure(page=page, locale=locale)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        if entry.msgid == page.slug:
            entry.msgstr = page.slug  # the same address in every language (cms/core/translation.py)
        elif entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        else:
            raise MissingDemoTranslation(f"{locale.language_code}: no translation for {entry.msgid!r}")
    translation.import_po(po, tool_name="Portal demo data")
    # wagtail-localize publishes after the transaction commits; publish now, so the page is live
    # as soon as this returns (inside load_demo_data's transaction, or a test's).
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    return translated.specific


def translations_seed(*, authorities):
    """Translate the demo pages into every language in settings.LANGUAGES but English."""
    pages = pages_to_translate(authorities=authorities)
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        strings = strings_for(code)
        for page in pages:
            page_translate(page=page, locale=locale, strings=strings)
