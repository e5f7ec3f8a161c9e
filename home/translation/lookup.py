"""What a page links, named in the page's own language.

wagtail-localize copies choosers and synchronised relations unchanged, so a
translation still links its source's snippets and pages; they are matched by
translation key among the translation's own language's objects, one query
for all of them."""

from operator import attrgetter

from django.db.models import Exists, F, IntegerField, OuterRef, Q, QuerySet, Value


def by_translation_key(queryset, keys, locale_id):
    """{translation key: object} for the objects of `queryset` in one language."""
    return {
        obj.translation_key: obj
        for obj in queryset.filter(locale_id=locale_id, translation_key__in=set(keys))
    }


def in_key_order(queryset, keys, locale_id):
    """The objects of `queryset` in one language, in the order of `keys`, each
    once: the pages an editor chose, as this language's pages. A key with no
    object in that language is left out."""
    found = by_translation_key(queryset, keys, locale_id)
    return [found[key] for key in dict.fromkeys(keys) if key in found]


def translated(obj, translations):
    """`obj` as its translation in `translations` ({translation key: object})
    where there is one, else itself; None stays None."""
    if obj is None:
        return None
    return translations.get(obj.translation_key, obj)


def in_locale(objects, locale_id):
    """Each of `objects` (of one model) as its translation with `locale_id`
    where one exists, else itself; None entries are left out."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    found = by_translation_key(
        type(objects[0])._default_manager.all(), [obj.translation_key for obj in objects], locale_id
    )
    return [translated(obj, found) for obj in objects]


def linked_in_locale(linked, locale_id):
    """The objects of the queryset `linked` (what a page links: an m2m
    relation, or a foreign key as a filter on the primary key) each as its
    translation with `locale_id` where one exists, else itself, in their
    order: one query for the objects and their translations together. An
    unsaved relation (a preview's) is a list, looked up as in_locale."""
    if not isinstance(linked, QuerySet):
        return in_locale(list(linked), locale_id)
    return linked_translated(list(linked_with_translations(linked, locale_id)), locale_id)


def linked_with_translations(linked, locale_id):
    """The queryset linked_in_locale() reads: the objects of `linked` and
    their translations with `locale_id`, the linked ones marked `is_linked`."""
    return (
        linked.model._default_manager.filter(translation_key__in=linked.values("translation_key"))
        .filter(Q(locale_id=locale_id) | Q(pk__in=linked.values("pk")))
        .annotate(is_linked=Exists(linked.filter(pk=OuterRef("pk"))))
    )


def linked_translated(rows, locale_id):
    """The linked ones of `rows` (read by linked_with_translations()), each
    as its translation with `locale_id` among them where there is one."""
    found = {row.translation_key: row for row in rows if row.locale_id == locale_id}
    return [translated(row, found) for row in rows if row.is_linked]


def linked_in_locale_for_each(pages, names):
    """What each of the saved `pages` (of one model: a listing's) links by
    the foreign keys or many-to-many fields `names`, as linked_in_locale()
    reads for one page, for all of them in one query: {name: {page id: the
    objects it links, in their model's order, each as its translation in
    the page's language where one exists, else itself}}. The objects of
    every name have the same fields (one UNION ALL)."""
    page_model = type(pages[0])
    locale_ids = {page.pk: page.locale_id for page in pages}
    selects, models = [], {}
    for name in names:
        links, owner, linked = _links(page_model, name, list(locale_ids))
        models[name] = model = links.model._meta.get_field(linked).related_model
        fields = model._meta.concrete_fields
        selects.append(
            links.filter(**{f"{linked}__isnull": False})
            .order_by()
            .annotate(relation=Value(name), linked_by=F(owner))
            .values_list("relation", "linked_by", *(f"{linked}__{field.name}" for field in fields))
        )
        selects.append(
            model._default_manager.filter(
                translation_key__in=links.values(f"{linked}__translation_key"),
                locale_id__in=set(locale_ids.values()),
            )
            .order_by()
            .annotate(relation=Value(name), linked_by=Value(None, IntegerField()))
            .values_list("relation", "linked_by", *(field.name for field in fields))
        )
    first, *others = selects
    linked_by_page = {name: {page_id: [] for page_id in locale_ids} for name in names}
    translations = {}
    for name, page_id, *values in first.union(*others, all=True):
        model = models[name]
        obj = model.from_db(
            first.db, [field.attname for field in model._meta.concrete_fields], values
        )
        if page_id is None:
            translations[name, obj.translation_key, obj.locale_id] = obj
        else:
            linked_by_page[name][page_id].append(obj)
    return {
        name: {
            page_id: [
                translations.get((name, obj.translation_key, locale_ids[page_id]), obj)
                for obj in sorted(objects, key=attrgetter(*models[name]._meta.ordering))
            ]
            for page_id, objects in by_page.items()
        }
        for name, by_page in linked_by_page.items()
    }


def _links(page_model, name, page_ids):
    """(a queryset with a row per link of the pages `page_ids` by the field
    `name`, its field to the page, its field to the object linked): a
    many-to-many field's through rows, or the pages themselves for a
    foreign key."""
    field = page_model._meta.get_field(name)
    if field.many_to_many:
        through = field.remote_field.through
        page_field = field.m2m_field_name()
        return (
            through.objects.filter(**{f"{page_field}__in": page_ids}),
            page_field,
            field.m2m_reverse_field_name(),
        )
    return page_model.objects.filter(pk__in=page_ids), "pk", name
