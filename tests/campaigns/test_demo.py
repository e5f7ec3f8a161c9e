from django.db import transaction

import pytest

from campaigns.campaigns import demo as campaigns_demo
from campaigns.forecasts import demo as forecasts_demo
from campaigns.models import ForecastPage, MythPage, RumourReport
from campaigns.myths import demo as myths_demo
from campaigns.rumours import demo as rumours_demo
from home.demo import loader, pages

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
    for _twice in range(2):  # idempotent
        for domain in (myths_demo, rumours_demo, forecasts_demo, campaigns_demo):
            domain.load()
    for code in ("sv", "en", "ar"):
        myths = MythPage.objects.live().filter(locale__language_code=code)
        assert myths.count() == 5, code
        assert all(myth.is_example_content for myth in myths)
    assert RumourReport.objects.count() == len(loader.read(rumours_demo.CONTENT)["reports"])
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
    # The series come from the demo's CSV files through the import's parser;
    # each page's CSV download gives its file back.
    for slug in ("prognos-2026-1", "prognos-2026-2"):
        download = client.get(f"/sv/prognoser/{slug}/csv/").content.decode("utf-8-sig")
        assert download.replace("\r\n", "\n") == (forecasts_demo.FOLDER / f"{slug}.csv").read_text()
    html = client.get("/ar/prognoser/prognos-2026-2/").content.decode()
    assert "بيانات تجريبية." in html
    assert "القادمون الجدد المحالون إلى البلدية" in html
    assert "−15 مقارنة بالتوقع السابق (120)" in html
    older = client.get("/en/prognoser/prognos-2026-1/").content.decode()
    assert 'href="/en/prognoser/prognos-2026-2/"' in older
