"""Glossary links in page templates: the first use of each glossary word explains itself.

    {% load glossary_tags %}
    {% glossary_terms page.body page %}                 a page's rich text or StreamField
    {% glossary_links page %} … {% endglossary_links %}  everything the template writes in between

`{% glossary_terms %}` takes a StreamField value, a RichText value or a RichTextField's HTML (never
a plain text field: its text would be treated as HTML, as Wagtail's |richtext filter does). Its
words are the page's own, so they are searched when the page's words are English (languages.py).

`{% glossary_links %}` is for pages whose explaining words are spread through the template: the
step-by-step journey (stage summaries from portal.cases.stages), section indexes (an intro and each
guide's summary), the free legal advice page (its facts are in the template). That HTML mixes what
the template writes in the reader's language with the page's words, so it is searched only when
both are English. Headings, links and buttons inside are never linked (processing.py), so a whole
content column can be wrapped; leave forms outside (a CSRF token makes every render different).

Either way a term is linked once, at its first use inside the tag: use one tag per page, around
all of the page's explaining text. The audience is the page's own (`page.audience`, "adults"
unless it says "young_people"); pass `audience="young_people"` to override it.

Processing parses the whole HTML, so the result is cached. Each key holds the glossary version
(changed by any term being published, unpublished or deleted: see cache.py), the audience, the
reader's language, the language of the words, the site and a short digest: of the stored value and
the page's latest revision for {% glossary_terms %} (so a cached value is found without rendering
it), of the rendered HTML for {% glossary_links %} (so whatever the template shows, from wherever,
is covered). Two fields of one page never share an entry and an edited value never reads an old
one. Previews are never cached, and text that is not English is neither processed nor cached.
"""

import hashlib
import json

from django import template
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.template.base import token_kwargs
from django.utils.safestring import mark_safe
from wagtail.models import Site
from wagtail.rich_text import RichText
from wagtail.templatetags.wagtailcore_tags import richtext

from cms.glossary.audiences import audience_of
from cms.glossary.cache import glossary_version, processed_html_timeout
from cms.glossary.languages import is_glossary_language, page_language, reader_language, template_text_language
from cms.glossary.processing import glossary_link_terms
from cms.glossary.selectors import glossary_url_for

register = template.Library()


def _render(value, context):
    if hasattr(value, "render_as_block"):  # StreamValue (and any other block value)
        return str(value.render_as_block(context=context.flatten()))
    if isinstance(value, RichText):
        return str(value.__html__())
    return str(richtext(value))


def _digest(text):
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def _source_digest(value):
    if hasattr(value, "raw_data"):
        return _digest(json.dumps(list(value.raw_data), cls=DjangoJSONEncoder, sort_keys=True))
    if isinstance(value, RichText):
        return _digest(value.source)
    return _digest("" if value is None else str(value))


def _site_for(request, page):
    site = Site.find_for_request(request) if request is not None else None
    return site or (page.get_site() if page is not None and getattr(page, "pk", None) else None)


def glossary_cache_key(*, source, audience, site, language):
    """The cache key of one processed piece of HTML; `source` says what it was made from."""
    return ":".join(
        [
            "portal:glossary:html",
            f"v{glossary_version()}",
            source,
            audience,
            f"reader-{reader_language()}",
            f"words-{language}",
            f"s{site.pk if site else 0}",
        ]
    )


def _linked(*, context, html, page, audience, language, source):
    """`html()` with glossary words linked (`source` names the cache entry, None: never cached)."""
    if not is_glossary_language(language):
        return html()
    request = context.get("request")
    audience = audience or audience_of(page)
    site = _site_for(request, page)

    def process():
        url = glossary_url_for(site=site, audience=audience, request=request) if site else None
        return glossary_link_terms(html(), audience=audience, glossary_url=url, language=language)

    if source is None or getattr(request, "is_preview", False):
        return process()
    key = glossary_cache_key(source=source, audience=audience, site=site, language=language)
    processed = cache.get(key)
    if processed is None:
        processed = process()
        cache.set(key, processed, processed_html_timeout())
    return processed


@register.simple_tag(takes_context=True)
def glossary_terms(context, value, page=None, audience=None):
    page = page if page is not None else context.get("page")
    saved = page is not None and page.pk is not None
    source = f"p{page.pk}:r{page.latest_revision_id or 0}:{_source_digest(value)}" if saved else None
    html = _linked(
        context=context,
        html=lambda: _render(value, context),
        page=page,
        audience=audience,
        language=page_language(page),
        source=source,
    )
    return mark_safe(html)  # noqa: S308  (rendered HTML; glossary text is inserted escaped)


class GlossaryLinksNode(template.Node):
    def __init__(self, nodelist, page, audience):
        self.nodelist = nodelist
        self.page = page
        self.audience = audience

    def render(self, context):
        page = self.page.resolve(context) if self.page is not None else context.get("page")
        audience = self.audience.resolve(context) if self.audience is not None else None
        rendered = self.nodelist.render(context)
        html = _linked(
            context=context,
            html=lambda: str(rendered),
            page=page,
            audience=audience,
            language=template_text_language(page),
            source=f"t{_digest(str(rendered))}",
        )
        return mark_safe(html)  # noqa: S308  (the template's own output; glossary text is inserted escaped)


@register.tag("glossary_links")
def glossary_links(parser, token):
    """{% glossary_links [page] [audience="young_people"] %} … {% endglossary_links %}"""
    bits = token.split_contents()[1:]
    page = None
    if bits and "=" not in bits[0]:
        page = parser.compile_filter(bits.pop(0))
    options = token_kwargs(bits, parser)
    if bits or set(options) - {"audience"}:
        raise template.TemplateSyntaxError('Use {% glossary_links page audience="young_people" %}.')
    nodelist = parser.parse(("endglossary_links",))
    parser.delete_first_token()
    return GlossaryLinksNode(nodelist, page, options.get("audience"))
