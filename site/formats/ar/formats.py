# What Django's Arabic formats leave to the English defaults: the date with
# the time (CLDR ar: "2 نوفمبر، 2026، 3:05 م"). The rest is Django's.
DATETIME_FORMAT = "j F، Y، g:i A"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y، g:i A"
