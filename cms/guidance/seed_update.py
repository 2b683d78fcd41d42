"""Bring national pages that only the seed has ever saved up to date with the seed text.

`guidance_seed` only adds what is missing. This module is the other half of
`manage.py load_national_content`: when the seed text of a section, guide, the journey page or
the young people's hub changes, an existing installation gets the new text too, unless an editor
has worked on that page.

The rule for "only the seed has saved it" (`seeded_only`): the page is live, unlocked, has no
unpublished changes and no workflow under way, and every one of its revisions was saved without a
user. The seed saves revisions without a user; the Wagtail admin always records the person who
saves. So one save by an editor (a draft, a submission for moderation, a publish) makes the page
theirs for good, even if they later put the seed's words back. That errs towards keeping people's
work: such a page is never overwritten, only listed so the national team can compare it by hand.

A page whose text already equals the seed is left as it is, so running the seed again adds no
revisions. `review_by` is not compared: it is a date the seed works out from today.
"""

from .models import GuidePage, GuideSectionPage, JourneyPage, YoungPeopleHubPage


def seeded_only(page):
    """True if nobody but the seed has saved the page (see the module docstring)."""
    return (
        page.live
        and not page.locked
        and not page.has_unpublished_changes
        and not page.workflow_in_progress
        and not page.revisions.filter(user__isnull=False).exists()
    )


def _without_ids(data):
    """StreamField data without its block ids, which differ on every build of the same text."""
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


def stream_data(*, field, value):
    """The comparable form of a StreamField value, or of raw block data for that field."""
    if isinstance(value, list):
        value = field.stream_block.to_python(value)
    # Block by block: a StreamValue hands back unread raw data as it was given, in older formats.
    return _without_ids(
        [{"type": child.block_type, "value": child.block.get_prep_value(child.value)} for child in value]
    )


class SeedUpdate:
    """Compares existing national pages with the seed and updates those only the seed has saved.

    `left_alone` lists the pages an editor has changed whose text differs from the seed.
    """

    def __init__(self):
        self.left_alone = []

    def apply(self, page, wanted):
        """Set `wanted` ({field: value}) on the page and publish it, if it differs and is seed-only.

        A value may be a callable taking the page, for comparing and setting fields that are not
        plain attributes (the body, the sources)."""
        differs = [name for name, value in wanted.items() if not _same(page, name, value)]
        if not differs:
            return False
        if not seeded_only(page):
            self.left_alone.append(page)
            return False
        for name in differs:
            _set(page, name, wanted[name])
        page.save_revision().publish()
        return True

    def sections(self, *, root, specs):
        for spec in specs:
            section = GuideSectionPage.objects.child_of(root).filter(slug=spec["slug"]).first()
            if section is not None:
                self.apply(section, {"title": spec["title"], "intro": spec.get("intro", "")})

    def guides(self, *, root, specs, body_for, sources_for):
        """`body_for(spec)` builds a guide's body data; `sources_for(slug)` its Sources."""
        guides = {page.slug: page for page in GuidePage.objects.descendant_of(root).filter(alias_of__isnull=True)}
        for spec in specs:
            page = guides.get(spec["slug"])
            if page is None:
                continue
            pair = guides.get(spec.get("pair") or "")
            self.apply(
                page,
                {
                    "title": spec["title"],
                    "audience": spec["audience"],
                    "summary": spec["summary"],
                    "other_version_id": pair.pk if pair is not None else None,
                    "body": StreamData(body_for(spec)),
                    "sources": SourceList(sources_for(spec["slug"])),
                },
            )

    def single(self, *, root, model, spec, fields):
        page = model.objects.child_of(root).first()
        if page is not None:
            self.apply(page, {name: spec[name] for name in fields})

    def journey(self, *, root, spec):
        self.single(root=root, model=JourneyPage, spec=spec, fields=("title", "intro"))

    def young_people_hub(self, *, root, spec):
        fields = ("title", "intro", "people_to_talk_to", "younger_text")
        self.single(root=root, model=YoungPeopleHubPage, spec=spec, fields=fields)


class StreamData:
    """A StreamField value given as raw block data, compared without block ids."""

    def __init__(self, raw):
        self.raw = raw

    def same(self, page, name):
        field = page._meta.get_field(name)
        return stream_data(field=field, value=getattr(page, name)) == stream_data(field=field, value=self.raw)

    def set(self, page, name):
        setattr(page, name, self.raw)


class SourceList:
    """A guide's ordered list of Sources."""

    def __init__(self, sources):
        self.sources = list(sources)

    def same(self, page, name):
        return [row.source_id for row in page.sources.all()] == [source.pk for source in self.sources]

    def set(self, page, name):
        from .seed import guide_sources_set

        guide_sources_set(page, self.sources)


def _same(page, name, value):
    if isinstance(value, StreamData | SourceList):
        return value.same(page, name)
    return getattr(page, name) == value


def _set(page, name, value):
    if isinstance(value, StreamData | SourceList):
        value.set(page, name)
    else:
        setattr(page, name, value)


def guidance_update(*, sections=None, guides=None):
    """Update the national pages only the seed has saved to the seed text; return the pages an
    editor has changed whose text differs from it (left alone). Run after `guidance_seed`, which
    makes any page that is missing."""
    from .content.young_people_hub import YOUNG_PEOPLE_HUB
    from .seed import JOURNEY, _guide_sources, guide_body, page_finder, seed_content, seed_sources, sources_get_or_build
    from .selectors import national_root

    root = national_root()
    if root is None:
        return []
    if sections is None or guides is None:
        sections, guides = seed_content()
    source_specs, source_urls = seed_sources()
    sources = sources_get_or_build(specs=source_specs)
    national_guides = {page.slug: page for page in GuidePage.objects.descendant_of(root).filter(alias_of__isnull=True)}
    page_for_slug = page_finder(root=root, national_guides=national_guides)
    update = SeedUpdate()
    update.sections(root=root, specs=sections)
    update.guides(
        root=root,
        specs=guides,
        body_for=lambda spec: guide_body(spec["body"], page_for_slug=page_for_slug),
        sources_for=lambda slug: _guide_sources(slug=slug, urls=source_urls.get(slug, []), sources=sources),
    )
    update.journey(root=root, spec=JOURNEY)
    update.young_people_hub(root=root, spec=YOUNG_PEOPLE_HUB)
    return update.left_alone
