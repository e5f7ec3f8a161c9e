#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster on loopback and makes sure the role
# `samla` (password `samla`, allowed to create test databases) exists.
set -euo pipefail
action=${1:-start}
read -r version cluster _ < <(pg_lsclusters --no-header | head -n 1)
case "$action" in
start)
    pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
    for _ in $(seq 1 30); do
        su postgres -c "pg_isready -q -h 127.0.0.1" && break
        sleep 1
    done
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='samla'\"" | grep -q 1 \
        || su postgres -c "psql -qc \"CREATE ROLE samla LOGIN PASSWORD 'samla' CREATEDB\""
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='samla'\"" | grep -q 1 \
        || su postgres -c "createdb -O samla samla"
    ;;
stop)
    pg_ctlcluster "$version" "$cluster" stop
    ;;
esac
