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


def one_in_locale(obj, locale_id):
    """`obj` as its translation with `locale_id` where one exists, else
    itself; None stays None."""
    found = in_locale([obj], locale_id)
    return found[0] if found else None
