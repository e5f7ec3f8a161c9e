"""The security tests use the apps' own fixtures, so that stories, myths,
forecasts and translations are built here exactly as the app tests build them."""

from tests.campaigns.conftest import (  # noqa: F401
    forecast_index,
    make_forecast,
    make_myth,
    myth_index,
    organisation,
)
from tests.home.conftest import swedish_page  # noqa: F401
from tests.stories.conftest import add_story, library, sv  # noqa: F401
