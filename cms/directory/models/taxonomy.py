import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Taxonomy(models.Model):
    """A list of categories (Open Referral UK "taxonomy"). The portal has one of its own."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=120)
    description = models.TextField()
    version = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "taxonomies"

    def __str__(self):
        return self.name


class TaxonomyTerm(models.Model):
    """A category families can filter the directory by, like "Legal advice"."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.PROTECT, related_name="terms")
    name = models.CharField(max_length=80, unique=True, help_text=_("As families would say it, like “Legal advice”."))
    slug = models.SlugField(max_length=80, unique=True, help_text=_("Used in the web address of a filtered list."))
    description = models.TextField(help_text=_("One plain sentence saying what belongs here."))
    sort_order = models.PositiveSmallIntegerField(default=0, help_text=_("Lower numbers come first in the filter."))

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "category"
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name
