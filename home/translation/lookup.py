"""What a page links, named in the page's own language.

wagtail-localize copies choosers and synchronised relations unchanged, so a
translation still links its source's snippets and pages; they are matched by
translation key among the translation's own language's objects, one query
for all of them."""


def by_translation_key(queryset, keys, locale_id):
    """{translation key: object} for the objects of `queryset` in one language."""
    return {
        obj.translation_key: obj
        for obj in queryset.filter(locale_id=locale_id, translation_key__in=set(keys))
    }


def in_locale(objects, locale_id):
    """Each of `objects` (of one model) as its translation with `locale_id`
    where one exists, else itself; None entries are left out."""
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    found = by_translation_key(
        type(objects[0])._default_manager.all(), [obj.translation_key for obj in objects], locale_id
    )
    return [found.get(obj.translation_key, obj) for obj in objects]
