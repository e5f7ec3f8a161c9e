from django.db import transaction

import pytest

from campaigns import demo
from campaigns.models import ForecastPage, MythPage, RumourReport
from home.demo import pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def commit_callbacks_run_at_once(monkeypatch):
    """wagtail-localize publishes a translation when its transaction commits.
    `load_demo` commits after each translation; inside a test's transaction
    the callbacks would all run at the end, publishing stale copies."""
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def test_demo_loads_five_marked_myths_in_three_languages_and_is_idempotent(
    client, commit_callbacks_run_at_once
):
    pages.load()
    demo.load()
    demo.load()
    for code in ("sv", "en", "ar"):
        myths = MythPage.objects.live().filter(locale__language_code=code)
        assert myths.count() == 5, code
        assert all(myth.is_example_content for myth in myths)
    assert RumourReport.objects.count() == len(demo.demo_content.REPORTS)
    assert RumourReport.objects.filter(status="answered", answered_by__isnull=False).exists()

    html = client.get("/ar/myter/bostadskon/").content.decode()
    assert "يتقدم القادمون الجدد على الجميع في طابور السكن" in html
    assert "محتوى تجريبي." in html
    # Related myths point to the Arabic translation, not to the Swedish page.
    assert 'href="/ar/myter/kommunens-skyldighet-att-ta-emot/"' in html
    assert client.get("/en/myter/").status_code == 200

    for code in ("sv", "en", "ar"):
        forecasts = ForecastPage.objects.live().filter(locale__language_code=code)
        assert forecasts.count() == 2, code
        assert all(forecast.is_example_content for forecast in forecasts)
        # The demo's figures keep the forecast rules the editor and the import check.
        assert all(series.valid for forecast in forecasts for series in forecast.data()), code
    html = client.get("/ar/prognoser/prognos-2026-2/").content.decode()
    assert "بيانات تجريبية." in html
    assert "القادمون الجدد المحالون إلى البلدية" in html
    assert "−15 مقارنة بالتوقع السابق (120)" in html
    older = client.get("/en/prognoser/prognos-2026-1/").content.decode()
    assert 'href="/en/prognoser/prognos-2026-2/"' in older
