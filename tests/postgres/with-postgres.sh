#!/usr/bin/env bash
# with-postgres.sh COMMAND [ARG...]
# Runs COMMAND against a throwaway PostgreSQL 15 cluster: created in a temporary folder, listening
# on a free loopback port only, with fsync off, and removed afterwards whatever COMMAND does.
# COMMAND finds it through AGENTP_PG_HOST / AGENTP_PG_PORT / AGENTP_PG_USER (trust auth, superuser).
# As root the server runs as the "postgres" system user, because PostgreSQL refuses root.
set -euo pipefail

bindir=/usr/lib/postgresql/15/bin
if [[ ! -x $bindir/initdb ]]; then
    echo "with-postgres: PostgreSQL 15 is not installed (run scripts/install-deps.sh --tests)" >&2
    exit 1
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/agentp-pg.XXXXXX")
as=()
if [[ $(id -u) == 0 ]]; then
    chown postgres: "$dir"
    as=(runuser -u postgres --)
fi
stop() {
    "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

"${as[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

# A port from a range unlikely to be taken; another one when the start fails (it was taken).
started=0
for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + (RANDOM % 20000)))
    if "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if ((started == 0)); then
    echo "with-postgres: the server did not start:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
fi

export AGENTP_PG_HOST=127.0.0.1 AGENTP_PG_PORT=$port AGENTP_PG_USER=postgres
"$@"
