"""{% glossary_terms value page %}: render rich text or a StreamField with glossary words linked.

    {% load glossary_tags %}
    {% glossary_terms page.body page %}

`value` is a StreamField value, a RichText value or a RichTextField's HTML (never a plain text
field: its text would be treated as HTML, as Wagtail's |richtext filter does). The audience is
the page's own (`page.audience`, "adults" unless it says "young_people"); pass
`audience="young_people"` to override it.

Processing parses the whole HTML, so the result is cached per page revision: the key holds the
page id, its latest revision id, the audience, the language, the site, the glossary version
(changed by any term being published, unpublished or deleted: see cache.py) and a short digest of
the stored value, so two fields of one page never share an entry and an edited value never reads
an old one. Previews are never cached.
"""

import hashlib
import json

from django import template
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Site
from wagtail.rich_text import RichText
from wagtail.templatetags.wagtailcore_tags import richtext

from cms.glossary.audiences import audience_of
from cms.glossary.cache import glossary_version, processed_html_timeout
from cms.glossary.processing import glossary_link_terms
from cms.glossary.selectors import glossary_url_for

register = template.Library()


def _render(value, context):
    if hasattr(value, "render_as_block"):  # StreamValue (and any other block value)
        return str(value.render_as_block(context=context.flatten()))
    if isinstance(value, RichText):
        return str(value.__html__())
    return str(richtext(value))


def _source_digest(value):
    if hasattr(value, "raw_data"):
        source = json.dumps(list(value.raw_data), cls=DjangoJSONEncoder, sort_keys=True)
    elif isinstance(value, RichText):
        source = value.source
    else:
        source = "" if value is None else str(value)
    return hashlib.blake2b(source.encode(), digest_size=8).hexdigest()


def _site_for(request, page):
    site = Site.find_for_request(request) if request is not None else None
    return site or (page.get_site() if page is not None else None)


def glossary_cache_key(*, page, audience, site, value):
    return ":".join(
        [
            "portal:glossary:html",
            f"v{glossary_version()}",
            f"p{page.pk}",
            f"r{page.latest_revision_id or 0}",
            audience,
            get_language() or "",
            f"s{site.pk if site else 0}",
            _source_digest(value),
        ]
    )


@register.simple_tag(takes_context=True)
def glossary_terms(context, value, page=None, audience=None):
    page = page if page is not None else context.get("page")
    request = context.get("request")
    audience = audience or audience_of(page)
    site = _site_for(request, page)

    def process():
        url = glossary_url_for(site=site, audience=audience, request=request) if site else None
        return glossary_link_terms(_render(value, context), audience=audience, glossary_url=url)

    if page is None or page.pk is None or getattr(request, "is_preview", False):
        return mark_safe(process())  # noqa: S308  (rendered HTML; glossary text is inserted escaped)

    key = glossary_cache_key(page=page, audience=audience, site=site, value=value)
    html = cache.get(key)
    if html is None:
        html = process()
        cache.set(key, html, processed_html_timeout())
    return mark_safe(html)  # noqa: S308  (as above)
