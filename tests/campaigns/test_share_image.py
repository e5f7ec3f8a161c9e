import io

import pytest
from PIL import Image, features

from campaigns.models import MythPage
from campaigns.myths import share_image
from home.models import HomePage
from tests.factories import campaigns as factories

pytestmark = pytest.mark.django_db


def png_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    assert image.format == "PNG"
    return image


@pytest.fixture(scope="module")
def translated_myth(module_db):
    """A myth page with translations in Arabic and Tigrinya, as wagtail-localize
    makes them; built once for this module."""
    with module_db.unblock():
        homes = {home.locale.language_code: home for home in HomePage.objects.all()}
        myth_index = factories.myth_index(homes["sv"])
        organisation = factories.example_organisation(homes["sv"].locale)
        myth = factories.myth(
            myth_index, organisation, "bild", claim="Barn som söker asyl får inte gå i skolan."
        )
        for code, claim in (
            ("ar", "الأطفال طالبو اللجوء لا يحق لهم الذهاب إلى المدرسة."),
            ("ti", "ደቂ ዑቕባ ሓተትቲ ናብ ቤት ትምህርቲ ክኸዱ ኣይፍቀደሎምን እዩ።"),
        ):
            myth_index.copy_for_translation(
                homes[code].locale, copy_parents=True
            ).save_revision().publish()
            translation = myth.copy_for_translation(homes[code].locale)
            translation.claim = claim
            translation.save_revision().publish()
    return myth


@pytest.mark.parametrize("language", ["sv", "ar", "ti"])
def test_share_image_is_a_png_of_open_graph_size_in_each_language(
    client, translated_myth, language
):
    page = MythPage.objects.get(
        translation_key=translated_myth.translation_key, locale__language_code=language
    )
    image = png_of(client.get(f"/{language}/myths/{page.pk}/share.png"))
    assert image.size == (1200, 630)
    # The claim is drawn: the text area is not blank.
    assert image.crop((70, 100, 1130, 400)).convert("L").getextrema()[0] < 100


def test_share_image_is_cached_and_cacheable(client, translated_myth, monkeypatch):
    url = f"/sv/myths/{translated_myth.pk}/share.png"
    first = client.get(url)
    monkeypatch.setattr(share_image, "render", lambda *args: pytest.fail("rendered twice"))
    second = client.get(url)
    assert second.content == first.content
    assert "max-age" in second["Cache-Control"]


def test_share_image_in_another_language_address_is_not_found(client, translated_myth):
    assert client.get(f"/ar/myths/{translated_myth.pk}/share.png").status_code == 404


def test_arabic_is_shaped_right_to_left_with_raqm():
    assert features.check("raqm"), "libraqm0 is missing: run make system-deps"
    image = Image.open(io.BytesIO(share_image.render("مرحبا بكم", "false", "ar")))
    # Right-to-left text starts at the right margin and leaves the left side empty.
    claim_band = image.crop((0, 100, 1200, 200)).convert("L")
    left, right = claim_band.crop((0, 0, 400, 100)), claim_band.crop((800, 0, 1200, 100))
    assert right.getextrema()[0] < 100
    assert left.getextrema()[0] == 255


def test_share_image_without_raqm_is_still_a_png(client, translated_myth, monkeypatch):
    monkeypatch.setattr(share_image, "raqm_available", lambda: False)
    share_image._font.cache_clear()
    share_image._covers.cache_clear()
    page = MythPage.objects.get(
        translation_key=translated_myth.translation_key, locale__language_code="ar"
    )
    try:
        assert png_of(client.get(f"/ar/myths/{page.pk}/share.png")).size == (1200, 630)
    finally:
        share_image._font.cache_clear()
        share_image._covers.cache_clear()
