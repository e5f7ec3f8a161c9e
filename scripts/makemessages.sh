#!/usr/bin/env bash
# Extracts the public UI strings of one app folder (site, home, stories,
# campaigns) into <folder>/locale/<lang>/LC_MESSAGES/django.po. Admin-only
# strings are left out by the layout's names: models, blocks, admin wiring
# (wagtail_hooks, *_admin modules, reports, inboxes, the CSV import), notifications, the
# admin-only folders (editorial, translation, outbox, readability; of privacy
# only the export view: its registry's texts are the public privacy notice), admin
# templates (templates/<app>/<domain>/admin/), migrations and demo content:
# the admin is in Swedish and English, the public site in eight languages.
# The two-factor sign-in pages (home/security/two_factor.py,
# home/templates/home/security/two_factor/) are in: the admin has no catalogue
# of its own, and without one they would be English in the Swedish admin that
# every Publisher passes through.
# With --all it extracts every string of the folder, admin-only ones too, into
# a Swedish catalogue only: tests/home/test_catalogues.py checks that each has
# Swedish somewhere Django looks (<app>/admin_locale/sv, the public catalogues,
# Wagtail's and Django's own).
# Usage: scripts/makemessages.sh [--all] <folder> [<python>]
set -euo pipefail
scope=public
if [[ $1 == --all ]]; then
    scope=all
    shift
fi
folder=$1
root=$(cd "$(dirname "$0")/.." && pwd)
python=${2:-$root/.venv/bin/python}
languages=(sv en ar fa prs so ti uk)
mkdir -p "$folder/locale"
cd "$folder"
if [[ $scope == all ]]; then
    "$python" "$root/manage.py" makemessages -lsv --no-obsolete --no-location \
        --ignore='migrations/*' --ignore='locale/*' --ignore='admin_locale/*' -v 0
    exit
fi
"$python" "$root/manage.py" makemessages "${languages[@]/#/-l}" --no-obsolete --no-location \
    --ignore='migrations/*' --ignore='locale/*' --ignore='management/*' \
    --ignore='models/*' --ignore='models.py' --ignore='example_content.py' --ignore='blocks.py' \
    --ignore='wagtail_hooks.py' --ignore='*_admin.py' --ignore='reports.py' --ignore='inbox.py' \
    --ignore='csv_import.py' \
    --ignore='notifications.py' --ignore='demo/*' \
    --ignore='editorial/*' --ignore='translation/*' --ignore='privacy/views.py' --ignore='outbox/*' \
    --ignore='readability/*' --ignore='municipalities/*' \
    --ignore='templates/*/admin/*' --ignore='templates/wagtail_localize/*' -v 0

# gettext does not know the plural rules of Dari, Somali and Tigrinya (CLDR's;
# tests/home/test_plural_forms.py checks them), and a catalogue created before
# its app had a plural string has no Plural-Forms header at all.
for pair in "prs:nplurals=2; plural=(n > 1);" "so:nplurals=2; plural=(n != 1);" "ti:nplurals=2; plural=(n > 1);"; do
    language=${pair%%:*}
    catalogue="locale/$language/LC_MESSAGES/django.po"
    sed -i "s/nplurals=INTEGER; plural=EXPRESSION;/${pair#*:}/" "$catalogue"
    grep -q '^"Plural-Forms:' "$catalogue" ||
        sed -i "/^\"Content-Transfer-Encoding:/a \"Plural-Forms: ${pair#*:}\\\\n\"" "$catalogue"
done
