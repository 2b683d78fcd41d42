#!/usr/bin/env bash
# The README's "First deployment", done for real: from an empty PostgreSQL database to a working
# site with one council, with the production settings and gunicorn.
#
#   portal/tools/first_deployment_check.sh [postgres://user@host:5432/any_database]
#
# It makes a scratch database on that server (the URL names only the server: PORTAL_TEST_DATABASE_URL
# or DATABASE_URL if no argument), follows the README's steps in order, checks that a second
# `load_national_content` adds and updates nothing, starts gunicorn on a free port, and fetches the
# council's home page and a guide as its TLS proxy would (Host header, X-Forwarded-Proto: https).
# The database, the files and gunicorn are removed afterwards, pass or fail. CI runs it after
# `make test` (see .ci/run). Needs psql, curl and a role that may create databases.
set -euo pipefail
cd "$(dirname "$0")/../.."

server_url="${1:-${PORTAL_TEST_DATABASE_URL:-${DATABASE_URL:-}}}"
case "$server_url" in
  postgres://*|postgresql://*) ;;
  *) echo "first_deployment_check: give a postgres:// URL (argument or PORTAL_TEST_DATABASE_URL)" >&2; exit 2 ;;
esac
python=.venv/bin/python
base="${server_url%/*}"
scratch="portal_first_deployment_$$"
work="$(mktemp -d)"
gunicorn_pid=""

cleanup() {
  if [ -n "$gunicorn_pid" ]; then kill "$gunicorn_pid" 2>/dev/null || true; wait "$gunicorn_pid" 2>/dev/null || true; fi
  psql -q -X "$base/postgres" -c "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "first_deployment_check: FAILED: $*" >&2; exit 1; }
step() { echo "first_deployment_check: $*"; }

council_name="Firstshire Council"
council_host="help.firstshire.example"

step "an empty database, $scratch"
PGOPTIONS="-c client_min_messages=warning" psql -q -X "$base/postgres" -c "DROP DATABASE IF EXISTS $scratch" -c "CREATE DATABASE $scratch"

# The README's environment. The invitation email goes to the console here: a real site sets
# DJANGO_EMAIL_HOST (SMTP) or GOVUK_NOTIFY_API_KEY instead.
export DJANGO_SETTINGS_MODULE=portal.settings.production
DJANGO_SECRET_KEY="$($python -c 'import secrets; print(secrets.token_urlsafe(50))')"
export DJANGO_SECRET_KEY
export DJANGO_ALLOWED_HOSTS="$council_host"
export DATABASE_URL="$base/$scratch"
export PORTAL_BASE_URL="https://$council_host"
export PORTAL_VAR_DIR="$work/var"
export PORTAL_TASKS_BACKEND=django_tasks_db.DatabaseBackend
export DJANGO_EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
export DJANGO_LOG_LEVEL=WARNING
mkdir -p "$PORTAL_VAR_DIR"

step "migrate"
$python manage.py migrate --no-input -v0
step "collectstatic"
$python manage.py collectstatic --no-input -v0
step "load_national_content"
$python manage.py load_national_content >"$work/national-1.txt"
tail -n 1 "$work/national-1.txt"
grep -q "updated, 0 left alone" "$work/national-1.txt" || fail "the first load reported pages left alone"
step "load_national_content again: nothing may change"
$python manage.py load_national_content >"$work/national-2.txt"
tail -n 1 "$work/national-2.txt"
grep -q "^National content: 0 added, 0 updated, 0 left alone, 0 national services added.$" "$work/national-2.txt" \
  || fail "the second load_national_content changed something: $(cat "$work/national-2.txt")"
step "create_council"
$python manage.py create_council --name "$council_name" --slug firstshire --hostname "$council_host" \
  --brand-colour "#1d70b8" --admin-email digital.lead@firstshire.example >"$work/council-1.txt"
grep -q "Your account is ready" "$work/council-1.txt" || fail "the first LA admin was not sent an invitation"
grep -q "https://$council_host/accounts/login/code/" "$work/council-1.txt" \
  || fail "the invitation does not link to the council's own site"
step "create_council again: nothing may change"
$python manage.py create_council --name "$council_name" --slug firstshire --hostname "$council_host" \
  --brand-colour "#1d70b8" --admin-email digital.lead@firstshire.example | tee "$work/council-2.txt"
grep -q "nothing was changed" "$work/council-2.txt" || fail "a second create_council was not a no-op"
step "createsuperuser for the national team"
$python manage.py createsuperuser --no-input --email national.lead@guidance.example
step "check --deploy"
$python manage.py check --deploy --fail-level WARNING

port="$($python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
step "gunicorn on 127.0.0.1:$port"
.venv/bin/gunicorn portal.wsgi --bind "127.0.0.1:$port" --workers 2 --log-level warning &
gunicorn_pid=$!

fetch() {
  # As the council's TLS proxy sends it. Prints the status; the body goes to $work/page.html.
  curl -s -o "$work/page.html" -w '%{http_code}' --max-time 30 \
    -H "Host: $council_host" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$port$1"
}
for _ in $(seq 1 60); do
  [ "$(fetch /healthz 2>/dev/null || true)" = "200" ] && break
  kill -0 "$gunicorn_pid" 2>/dev/null || fail "gunicorn stopped"
  sleep 0.5
done
for path in / /pre-proceedings/letter-before-proceedings/ /what-words-mean/ /young-people/; do
  status="$(fetch "$path")"
  [ "$status" = "200" ] || fail "$path answered $status, not 200"
  grep -q "$council_name" "$work/page.html" || fail "$path does not show the council's name"
  step "$path: 200, shows $council_name"
done
fetch /pre-proceedings/letter-before-proceedings/ >/dev/null
grep -q "The letter before proceedings" "$work/page.html" || fail "the guide page does not show the guide"
step "passed"
