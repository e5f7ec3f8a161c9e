import pytest

from campaigns.models import MythTopic
from tests.factories import campaigns as factories


def translate_to(page, home, **fields):
    """A published translation of `page` under `home`'s tree, as wagtail-localize makes it."""
    translation = page.copy_for_translation(home.locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(page).objects.get(pk=translation.pk)


@pytest.fixture
def myth_index(source_home):
    return factories.myth_index(source_home)


@pytest.fixture
def organisation(source_home):
    return factories.example_organisation(source_home.locale)


@pytest.fixture
def topic(source_home):
    return MythTopic.objects.create(name="Boende", locale=source_home.locale)


@pytest.fixture
def make_myth(myth_index, organisation):
    def make(slug="myt", parent=None, live=True, **fields):
        return factories.myth(parent or myth_index, organisation, slug, live, **fields)

    return make


@pytest.fixture
def forecast_index(source_home):
    return factories.forecast_index(source_home)


@pytest.fixture
def make_forecast(forecast_index, organisation):
    def make(slug, date, edition=1, series=None, live=True, **fields):
        return factories.forecast(
            forecast_index, organisation, slug, date, edition, series, live, **fields
        )

    return make
