"""The security tests use the apps' own fixtures, so that stories, myths,
forecasts and translations are built here exactly as the app tests build them."""

from tests.campaigns.conftest import (  # noqa: F401
    forecast_index,
    make_forecast,
    make_myth,
    myth_index,
    organisation,
    topic,
)
from tests.home.conftest import arabic_draft, swedish_page  # noqa: F401
from tests.stories.conftest import add_story, facets, library, organisations, sv  # noqa: F401
