"""Facets: slugs shared by every translation make filter links language-independent."""

from django.db import IntegrityError

from wagtail.models import Locale

import pytest

from stories.models import TargetGroup


def test_slug_is_filled_in_from_the_name_and_kept_by_translations(sv, translate_all):
    group = TargetGroup.objects.create(name="Ensamkommande barn", locale=sv)
    translate_all([group], {"ar": {"Ensamkommande barn": "الأطفال غير المصحوبين"}})

    arabic = group.get_translation(Locale.objects.get(language_code="ar"))
    assert group.slug == "ensamkommande-barn"
    assert (arabic.name, arabic.slug) == ("الأطفال غير المصحوبين", "ensamkommande-barn")


def test_a_facet_named_only_in_a_non_latin_script_still_gets_a_usable_slug(db):
    group = TargetGroup.objects.create(name="طلاب", locale=Locale.objects.get(language_code="ar"))
    assert group.slug and group.slug.isascii()


def test_slugs_are_unique_within_a_language(sv):
    TargetGroup.objects.create(name="Nyanlända", locale=sv)
    with pytest.raises(IntegrityError):
        TargetGroup.objects.create(name="Nyanlända", locale=sv)
