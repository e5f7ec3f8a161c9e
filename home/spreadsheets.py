"""Text written to CSV files that people open in spreadsheet programs.

A cell starting with "=", "+", "-" or "@" is read as a formula (OWASP "CSV
injection"): a reader's feedback comment "=HYPERLINK(…)" would become a live
link or command in the spreadsheet of the communicator who downloads it.
Such text gets a leading apostrophe, which spreadsheets take as "this is
text". Wagtail already writes formulas as text in its XLSX downloads, not in
its CSV downloads."""

from django.utils import translation

# Full-width forms too: some spreadsheet programs read them as formulas.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def as_spreadsheet_text(text):
    """`text` as a spreadsheet shows it, never as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def from_spreadsheet_text(text):
    """The text that as_spreadsheet_text() was given, so a downloaded file imports unchanged."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


class SpreadsheetSafeExportMixin:
    """For Wagtail report and listing views with "Download CSV"."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return as_spreadsheet_text(value)
        return value

    def stream_csv(self, queryset):
        """Wagtail writes the CSV rows while the answer streams, after the view
        has returned and the user's admin language is no longer active: each
        row is written in the language the view ran in."""
        rows = super().stream_csv(queryset)
        language = translation.get_language()

        def in_the_views_language():
            while True:
                with translation.override(language):
                    row = next(rows, None)
                if row is None:
                    return
                yield row

        return in_the_views_language()
