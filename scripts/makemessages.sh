#!/usr/bin/env bash
# Extracts the public UI strings of one app folder (site, home, stories,
# campaigns) into <folder>/locale/<lang>/LC_MESSAGES/django.po. Admin-only
# labels (models, hooks, blocks, migrations, demo content) are left out: the
# admin is in Swedish and English, the public site in eight languages.
# The two-factor sign-in pages (home/two_factor.py, home/templates/home/two_factor/)
# are in: the admin has no catalogue of its own, and without one they would be
# English in the Swedish admin that every Publisher passes through.
# Usage: scripts/makemessages.sh <folder> [<python>]
set -euo pipefail
folder=$1
root=$(cd "$(dirname "$0")/.." && pwd)
python=${2:-$root/.venv/bin/python}
languages=(sv en ar fa prs so ti uk)
mkdir -p "$folder/locale"
cd "$folder"
"$python" "$root/manage.py" makemessages "${languages[@]/#/-l}" --no-obsolete --no-location \
    --ignore='migrations/*' --ignore='models/*' --ignore='models.py' --ignore='wagtail_hooks.py' \
    --ignore='reports.py' --ignore='blocks.py' --ignore='demo*.py' --ignore='editorial_setup.py' \
    --ignore='admin_*.py' --ignore='templates/*/admin/*' --ignore='templates/wagtail_localize/*' --ignore='translation_review.py' --ignore='translation_st*.py' --ignore='middleware.py' --ignore='workflow_actions.py' --ignore='notifications.py' --ignore='management/*' --ignore='locale/*' -v 0

# gettext does not know the plural rules of Dari, Somali and Tigrinya.
for pair in "prs:nplurals=2; plural=(n > 1);" "so:nplurals=2; plural=(n != 1);" "ti:nplurals=2; plural=(n > 1);"; do
    language=${pair%%:*}
    sed -i "s/nplurals=INTEGER; plural=EXPRESSION;/${pair#*:}/" "locale/$language/LC_MESSAGES/django.po"
done
