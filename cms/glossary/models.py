from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, Page, RevisionMixin, WorkflowMixin
from wagtail.search import index

from .audiences import ADULTS, YOUNG_PEOPLE, audience_from_request, glossary_query_for
from .matching import whole_word_regex


def split_forms(text):
    """ "guardian, Guardians ,," -> ["guardian", "Guardians"]: the other forms an editor typed."""
    return [form.strip() for form in (text or "").split(",") if form.strip()]


class GlossaryTerm(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model):
    """A word families meet in letters, meetings and court, and what it means in plain words.

    One glossary serves every local authority: the law is the same everywhere, and families
    move between areas. Changes are drafted and published (and can go through a workflow), so
    a wrong explanation is never live by accident. Pages link the first use of each live term
    to its explanation (see processing.py).
    """

    term = models.CharField(
        max_length=80,
        unique=True,
        help_text="The word or phrase as people will see it, like “children's guardian”.",
    )
    slug = models.SlugField(
        max_length=80,
        unique=True,
        blank=True,
        help_text="Used in links to this word. Leave it empty to make it from the word.",
    )
    meaning = models.TextField(
        max_length=600,
        help_text="What it means, for grown-ups, in one or two short sentences. Write it as you would say it.",
    )
    meaning_young = models.TextField(
        "meaning for children and young people",
        max_length=600,
        blank=True,
        help_text="The same for children and young people (about 8 to 17). "
        "Leave it empty to use the grown-ups' meaning.",
    )
    avoid = models.BooleanField(
        "word to avoid",
        default=False,
        help_text="Tick this for a word to replace with plain words, or to explain every time it is used "
        "(the Family Justice Young People's Board's “word busting”). Pages that use it are flagged "
        "unless this glossary explains it.",
    )
    also = models.CharField(
        "other forms",
        max_length=255,
        blank=True,
        help_text="Other ways the word is written, separated by commas, like “guardian, guardians”. "
        "They link to this explanation too.",
    )
    not_in = models.CharField(
        "not in these phrases",
        max_length=500,
        blank=True,
        help_text="Phrases where the word means something else, separated by commas, like “contact us, "
        "contact your” for “contact”. The word is never linked inside them.",
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("meaning"),
        FieldPanel("meaning_young"),
        FieldPanel("avoid"),
        FieldPanel("also"),
        FieldPanel("not_in"),
    ]

    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("also", boost=2),
        index.AutocompleteField("also"),
        index.SearchField("meaning"),
        index.SearchField("meaning_young"),
        index.FilterField("live"),
        index.FilterField("avoid"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = "glossary term"

    def __str__(self):
        return self.term

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.term)[:80]
        super().save(*args, **kwargs)

    @property
    def forms(self):
        """The term and its other forms, without repeats (ignoring case), the term first."""
        seen, forms = set(), []
        for form in [self.term.strip(), *split_forms(self.also)]:
            if form and form.lower() not in seen:
                seen.add(form.lower())
                forms.append(form)
        return forms

    @property
    def not_in_phrases(self):
        """The phrases in which this word means something else, and is never linked."""
        return split_forms(self.not_in)

    @property
    def anchor(self):
        return f"term-{self.slug}"

    def meaning_for(self, audience):
        if audience == YOUNG_PEOPLE and self.meaning_young.strip():
            return self.meaning_young
        return self.meaning

    def clean(self):
        super().clean()
        self.term = self.term.strip()
        if not self.slug:
            self.slug = slugify(self.term)[:80]
        if not self.slug:
            raise ValidationError({"term": "The word must contain at least one letter or number."})
        # A form that belongs to two terms would link to whichever came first: refuse it here.
        taken = {}
        for other in GlossaryTerm.objects.exclude(pk=self.pk).only("term", "also"):
            for form in other.forms:
                taken[form.lower()] = other.term
        clashes = [form for form in self.forms if form.lower() in taken]
        if clashes:
            field = "term" if clashes[0] == self.forms[0] else "also"
            listed = ", ".join(f"“{form}” (in “{taken[form.lower()]}”)" for form in clashes)
            raise ValidationError({field: f"Another glossary term already explains {listed}."})
        # A "not in" phrase that does not contain the word could never stop it being linked.
        uses = whole_word_regex(self.forms)
        pointless = [phrase for phrase in self.not_in_phrases if uses is None or not uses.search(phrase)]
        if pointless:
            listed = ", ".join(f"“{phrase}”" for phrase in pointless)
            raise ValidationError({"not_in": f"These phrases do not contain the word or its other forms: {listed}."})


def _glossary_parent_page_types():
    # Strings, not imports: cms.guidance may not be installed (or may be installed later).
    parents = ["home.HomePage"]
    if apps.is_installed("cms.guidance"):
        parents.append("guidance.NationalGuidancePage")
    return parents


class GlossaryPage(Page):
    """The A to Z of every live glossary term: where the links in guides lead without JavaScript."""

    intro = models.TextField(
        blank=True,
        help_text="One or two short sentences under the title, like “Words you may hear, and what they mean.”",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = _glossary_parent_page_types()
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "glossary (A to Z) page"

    def get_context(self, request, *args, **kwargs):
        from .languages import GLOSSARY_LANGUAGE, is_glossary_language, page_language, reader_language, same_language
        from .selectors import glossary_letters, glossary_terms_live

        context = super().get_context(request, *args, **kwargs)
        # The terms and meanings are English; the page around them is in the page's language, and
        # what the template writes is in the reader's: mark each where it differs from its surroundings.
        reader = reader_language()
        context["words_lang"] = "" if is_glossary_language(reader) else GLOSSARY_LANGUAGE
        context["reader_lang"] = "" if same_language(page_language(self), reader) else reader
        audience = audience_from_request(request)
        context["audience"] = audience
        context["young_people"] = audience == YOUNG_PEOPLE
        terms = glossary_terms_live()
        context["term_count"] = len(terms)
        context["letters"] = glossary_letters(terms, audience=audience)
        context["switch_query"] = glossary_query_for(ADULTS if audience == YOUNG_PEOPLE else YOUNG_PEOPLE)
        return context
