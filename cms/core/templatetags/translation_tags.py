from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import get_language_info

from cms.core.translation import content_language, translation_is_out_of_date

register = template.Library()


@register.inclusion_tag("components/translation-notice.html")
def translation_notice(page):
    """A notice when the page is not in the reader's language, or its translation is out of date."""
    if not hasattr(page, "alias_of_id"):
        return {}
    language = translation.get_language()
    shown = content_language(page)
    if shown != language:
        return {"untranslated": True, "language": language, "language_name": get_language_info(language)["name_local"]}
    return {"out_of_date": translation_is_out_of_date(page)}


@register.simple_tag
def content_language_attributes(page):
    """lang and dir for <main> when the page's words are in another language than the interface."""
    if not hasattr(page, "alias_of_id"):
        return ""
    shown = content_language(page)
    if shown == translation.get_language():
        return ""
    direction = "rtl" if get_language_info(shown)["bidi"] else "ltr"
    return format_html('lang="{}" dir="{}"', shown, direction)
