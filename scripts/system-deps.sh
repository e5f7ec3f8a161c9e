#!/usr/bin/env bash
# Installs the Debian packages that the tests and benchmarks use (nginx-light:
# `make bench` serves the cached pages as static files for comparison). As root it
# installs what is missing; otherwise it says what to install.
set -euo pipefail
packages=(chromium postgresql redis-server varnish wrk nginx-light gettext nodejs fonts-noto-core fonts-noto-extra fonts-dejavu-core libraqm0)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Lighthouse (tests/browser/lighthouse) installs with npm, which Debian packages
# apart from nodejs; a Node.js from elsewhere brings its own.
command -v npm >/dev/null || missing+=(npm)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
