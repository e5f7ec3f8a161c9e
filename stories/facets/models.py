"""The facets a story is filed under. Each is a translatable snippet: its name
is translated, its slug is shared by every translation so that a filter link
means the same thing in every language."""

import uuid

from django.db import models
from django.db.models import QuerySet, Value
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.translation.lookup import linked_in_locale, linked_translated, linked_with_translations


class Facet(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("Used in filter links; the same in every language. Filled in from the name."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="%(app_label)s_%(class)s_unique_slug"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name) or uuid.uuid4().hex[:8]
        super().save(*args, **kwargs)


class Activity(Facet):
    """Verksamhet: the line of work a story comes from."""

    class Meta(Facet.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")


class TargetGroup(Facet):
    """Målgrupp: whom the work was for."""

    class Meta(Facet.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class ExampleType(Facet):
    """Typ av exempel: text, film, report, guidance."""

    class Meta(Facet.Meta):
        verbose_name = _("example type")
        verbose_name_plural = _("example types")


def facets_of_language(facet_models, locale_id):
    """{name: the facets of its model in `facet_models` ({name: Facet
    subclass}) in one language, by name}, in one query (UNION ALL)."""
    facets = {name: [] for name in facet_models}
    for name, facet in _facets_read_together(
        {name: model.objects.filter(locale_id=locale_id) for name, model in facet_models.items()}
    ):
        facets[name].append(facet)
    return facets


def linked_facets_in_locale(linked, locale_id):
    """{name: the facets its queryset in `linked` ({name: a queryset of one
    Facet subclass, e.g. what a story links}) holds, each as its translation
    with `locale_id` where one exists}: home.translation.lookup's
    linked_in_locale() for several kinds of facet in one query (UNION ALL)."""
    if not all(isinstance(facets, QuerySet) for facets in linked.values()):
        return {name: linked_in_locale(facets, locale_id) for name, facets in linked.items()}
    read = {name: [] for name in linked}
    candidates = {
        name: linked_with_translations(facets, locale_id) for name, facets in linked.items()
    }
    for name, facet in _facets_read_together(candidates, "is_linked"):
        read[name].append(facet)
    return {name: linked_translated(facets, locale_id) for name, facets in read.items()}


def _facets_read_together(querysets, *annotations):
    """(name, facet) for the rows of `querysets` ({name: a queryset of one
    Facet subclass}), in one query (UNION ALL), by name within each; the
    facets carry `annotations` (names of the querysets' annotations).

    A UNION needs the same columns, so the models must have the same fields:
    a field added to one kind of facet fails here, not in the database."""
    columns = {
        tuple(field.attname for field in queryset.model._meta.concrete_fields)
        for queryset in querysets.values()
    }
    if len(columns) != 1:
        raise TypeError(f"Facet models with different fields: {columns}")
    field_names = list(columns.pop())
    first, *others = [
        queryset.order_by()
        .annotate(facet_name=Value(name))
        .values_list("facet_name", *annotations, *field_names)
        for name, queryset in querysets.items()
    ]
    rows = first.union(*others, all=True).order_by("facet_name", "name")
    for name, *values in rows:
        facet = querysets[name].model.from_db(rows.db, field_names, values[len(annotations) :])
        for annotation, value in zip(annotations, values, strict=False):
            setattr(facet, annotation, value)
        yield name, facet
