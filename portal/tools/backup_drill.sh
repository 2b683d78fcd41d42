#!/usr/bin/env bash
# Backup and restore drill: dump a PostgreSQL database with pg_dump, restore the dump into a new
# scratch database with pg_restore, and check that every table has the same number of rows.
#
#   portal/tools/backup_drill.sh postgres://user:pass@host:5432/portal
#
# Needs pg_dump, pg_restore and psql of the server's major version, and a role that may create
# databases. The scratch database and the dump are removed afterwards, pass or fail. Exit status 0
# means the backup restores completely. CI runs it after `make test` (see .ci/run); run it against
# a copy of production on the schedule in README, "Backups".
set -euo pipefail

source_url="${1:-${DATABASE_URL:-}}"
case "$source_url" in
  postgres://*|postgresql://*) ;;
  *) echo "backup_drill: give a postgres:// URL (argument or DATABASE_URL)" >&2; exit 2 ;;
esac
base="${source_url%/*}"
scratch="portal_restore_drill_$$"
scratch_url="$base/$scratch"
admin_url="$base/postgres"
work="$(mktemp -d)"

cleanup() {
  psql -q -X "$admin_url" -c "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

counts() {
  # Exact row counts of every table in the public schema, one "table count" per line, sorted.
  local url="$1" query
  query="$(psql -X -At "$url" -c "SELECT string_agg(format('SELECT %L, count(*) FROM public.%I', tablename, tablename), ' UNION ALL ') FROM pg_tables WHERE schemaname = 'public'")"
  if [ -z "$query" ]; then return 0; fi
  psql -X -At -F ' ' "$url" -c "$query" | sort
}

started=$(date +%s)
echo "backup_drill: dumping"
pg_dump --format=custom --no-owner --file="$work/portal.dump" "$source_url"
echo "backup_drill: dump is $(du -h "$work/portal.dump" | cut -f1); restoring into $scratch"
psql -q -X "$admin_url" -c "CREATE DATABASE $scratch" >/dev/null
pg_restore --no-owner --exit-on-error --dbname="$scratch_url" "$work/portal.dump"

counts "$source_url" >"$work/source.txt"
counts "$scratch_url" >"$work/restored.txt"
tables=$(wc -l <"$work/source.txt")
rows=$(awk '{ s += $2 } END { print s + 0 }' "$work/source.txt")
if ! diff -u "$work/source.txt" "$work/restored.txt"; then
  echo "backup_drill: FAILED: row counts differ after restore" >&2
  exit 1
fi
if [ "$tables" -eq 0 ]; then
  echo "backup_drill: FAILED: the source database has no tables" >&2
  exit 1
fi
echo "backup_drill: OK: $tables tables, $rows rows restored identically in $(( $(date +%s) - started )) s"
