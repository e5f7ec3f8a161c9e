# Dari (CLDR fa_AF, Gregorian calendar, Latin digits like Django's Persian):
# "2 نومبر 2026", 24-hour clock.
DATE_FORMAT = "j F Y"
TIME_FORMAT = "G:i"
DATETIME_FORMAT = "j F Y، ساعت G:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "Y/n/j"
SHORT_DATETIME_FORMAT = "Y/n/j،‏ G:i"
FIRST_DAY_OF_WEEK = 6  # Saturday, as in Afghanistan
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
