#!/usr/bin/env bash
# Writes samla-backends.vcl for samla.vcl (see its header): one backend per
# app server given as HOST:PORT, all in the round-robin director, and the
# ACL of addresses allowed to PURGE (loopback and the app servers' hosts).
#   site/deploy/varnish/backends.sh 127.0.0.1:8001 127.0.0.1:8002 > samla-backends.vcl
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 HOST:PORT [HOST:PORT ...]" >&2; exit 2; }
number=0
hosts=()
for address in "$@"; do
    number=$((number + 1))
    host=${address%:*}
    port=${address##*:}
    hosts+=("$host")
    cat <<VCL
backend app$number {
    .host = "$host";
    .port = "$port";
    .probe = samla_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 10s;
}

VCL
done
echo "acl samla_purgers {"
echo "    \"localhost\";"
echo "    \"127.0.0.1\";"
echo "    \"::1\";"
for host in $(printf '%s\n' "${hosts[@]}" | sort -u | grep -vxE 'localhost|127\.0\.0\.1|::1' || true); do
    echo "    \"$host\";"
done
echo "}"
echo
echo "sub vcl_init {"
for ((index = 1; index <= number; index++)); do
    echo "    samla_app.add_backend(app$index);"
done
echo "}"
