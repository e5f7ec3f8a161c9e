"""Two demo forecasts (forecasts.yaml) whose series are CSV files read by the
admin's own CSV import, so the demo data passes the same checks as an import."""

from pathlib import Path

from campaigns.forecasts.csv_import import parse_csv
from campaigns.forecasts.series import series_to_stream
from campaigns.models import ForecastIndexPage, ForecastPage
from home.demo import loader
from home.models import Organisation

FOLDER = Path(__file__).parent


def series_from_csv(file_name):
    series, errors = parse_csv((FOLDER / file_name).read_bytes())
    if errors:
        raise ValueError(f"{file_name}: {' '.join(errors)}")
    return series_to_stream(series)


def load():
    content = loader.read(FOLDER / "forecasts.yaml")
    home = loader.source_home()
    index = loader.add_page(home, ForecastIndexPage, content["index"])
    for record in content["forecasts"]:
        forecast = loader.add_page(
            index,
            ForecastPage,
            record,
            translated=False,
            exclude=["series"],
            series=series_from_csv(record["series"]),
            source_organisation=Organisation.objects.get(
                name=record["source_organisation"], locale=home.locale
            ),
        )
        loader.translate(forecast, loader.translations(record, content["series_texts"]))
