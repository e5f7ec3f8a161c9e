"""What a page links, named in the page's own language.

wagtail-localize copies choosers and synchronised relations unchanged, so a
translation still links its source's snippets and pages; they are matched by
translation key among the translation's own language's objects, one query
for all of them."""

from django.db.models import Exists, OuterRef, Q, QuerySet


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
