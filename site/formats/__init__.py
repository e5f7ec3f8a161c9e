"""Date, time and number formats Django lacks (FORMAT_MODULE_PATH): Dari,
Somali and Tigrinya have none in Django, Arabic no date-and-time format.
Patterns follow CLDR; the month and day names they use are in
site/django_locale."""
