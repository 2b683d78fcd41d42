"""Speed benchmark: the production configuration on PostgreSQL, with a large council's worth of data.

    make bench
    python -m portal.tools.bench [--seconds 5] [--cases 10000] [--documents 100000] [--workers 4]
                                 [--redis-url redis://127.0.0.1:6379/14] [--no-readme]

1. Creates the database named by PORTAL_BENCH_DATABASE_URL (default
   postgres://postgres@127.0.0.1:5432/portal_bench) if it is missing, and migrates it.
2. Loads the demo data, then enlarges it with bulk inserts (bulk.py) to --cases cases and
   --documents shared documents (each case gets a parent, a first stage, a child with a closed
   pre-proceedings period; the documents share one stored file). Run again, it only tops up what
   is missing.
3. Collects static files (hashed and compressed, as in production) into var/bench/.
4. Starts gunicorn with portal.settings.production (DEBUG off; SECURE_SSL_REDIRECT off, as behind a
   TLS proxy, which is what the X-Forwarded-Proto header says), signs in as a demo parent, a demo
   worker, the demo data role and the area person (staff with the demo authenticator), and measures
   requests per second and p50/p99 latency with wrk (wrk.py) at concurrency 1 and 16 for: a static
   file (the baseline), the home page, a guide and the directory (from the page cache), search, the
   family's case page, a document download, the worker's case list and a case in their workspace,
   and the pre-proceedings figures of a council and of its family justice area.
5. Counts the database queries of the family's case page and the worker's two pages, in a Django
   process on the same database with the same session cookies (the second view of each page).
   This and the other steps that run inside Django are in bench_tasks.py.
6. Starts gunicorn again with the page cache off (PORTAL_PAGE_CACHE_SECONDS=0) and measures the
   home page, the guide and the directory rendered afresh on every request (the cache of published
   content is off too, so each request is like the first view after a publish); then, if Redis answers
   at --redis-url, again with the shared Redis cache (CACHE_URL) for the cached pages.
7. Prints the tables and writes them into README.md between <!-- bench:start --> and
   <!-- bench:end --> (unless --no-readme). The goals (bench_report.py) are printed as met or not
   met; the run exits 1 only if a cached anonymous page falls below half the static file's rate (a
   floor the project already meets: see bench_report.py). Search has no target: its results are
   never cached, because what people type is never stored (cms/core/cache.py). Each measurement
   lasts --seconds; the whole run takes a few minutes once the data is loaded.

Client and server share the machine, so absolute numbers are modest: the fractions are the point.
"""

import argparse
import datetime
import json
import os
import re
import secrets
import shutil
import socket
import subprocess  # noqa: S404  (runs our own Django steps in fresh processes)
import sys
import time
from urllib.parse import urlsplit

from .bench_report import (
    README_END,
    README_START,
    below_floors,
    goals_missed,
    query_table,
    rate_shown,
    readme_with_results,
    speed_table,
)
from .bench_tasks import PARENT
from .server import BASE_DIR, DEMO_PASSWORD, Client, csrf_token, demo_load, manage, production_env, serving
from .wrk import WrkError, wrk_run, wrk_version

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/portal_bench"
DEFAULT_REDIS = "redis://127.0.0.1:6379/14"
WORKER = "worker@northbrook.example"
# The figures' readers: a council's data role, and a family justice area's person (both demo accounts).
FIGURES = [
    ("council figures", "data@northbrook.example", "/admin/preproceedings/insight/"),
    ("area figures", "area@familyjustice.example", "/admin/preproceedings/area/"),
]
CONCURRENCY = (1, 16)
PUBLIC = ("home", "guide", "directory")
COUNTED = ("family case page", "worker case list", "worker case page")  # their database queries


# Steps in a Django process ------------------------------------------------------------------------


def in_django(env, task, *options, stdin=None):
    """Run one of bench_tasks.py's tasks in a fresh process with the production settings; its JSON."""
    completed = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "portal.tools.bench_tasks", task, *options],
        cwd=BASE_DIR,
        env=env,
        input=stdin,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])


# Signing in ---------------------------------------------------------------------------------------


def sign_in(port):
    """A signed-in client for the demo parent, their case page and one of their downloads."""
    client = Client(port, compressed=True)
    _, _, page = client.request("GET", "/accounts/login/", decode=True)
    status, _, _ = client.request(
        "POST",
        "/accounts/login/",
        {"csrfmiddlewaretoken": csrf_token(page), "login": PARENT, "password": DEMO_PASSWORD},
    )
    if status != 302:
        raise SystemExit(f"Signing in as {PARENT} failed (HTTP {status}).")
    status, headers, _ = client.request("GET", "/my-family/")
    case_path = urlsplit(headers.get("Location", "")).path
    _, _, html = client.request("GET", case_path, decode=True)
    document = re.search(rb'href="(/my-family/[^"]+/documents/[0-9a-f-]+/)"', html).group(1).decode()
    return client, case_path, document + "download/"


def staff_sign_in(port, env, email):
    """A signed-in client for a demo staff account: password, then the authenticator code (worked out
    from the published demo secret in a Django process, as the demo_totp_code command does)."""
    client = Client(port, compressed=True)
    _, _, page = client.request("GET", "/accounts/login/", decode=True)
    status, headers, _ = client.request(
        "POST", "/accounts/login/", {"csrfmiddlewaretoken": csrf_token(page), "login": email, "password": DEMO_PASSWORD}
    )
    step = urlsplit(headers.get("Location", "")).path
    if status != 302 or "2fa" not in step:
        raise SystemExit(f"Signing in as {email} did not ask for the second factor (HTTP {status}, {step}).")
    code = in_django(env, "totp-code")
    _, _, page = client.request("GET", step, decode=True)
    status, _, _ = client.request("POST", step, {"csrfmiddlewaretoken": csrf_token(page), "code": code})
    if status != 302:
        raise SystemExit(f"The second factor for {email} was refused (HTTP {status}).")
    return client


# Measuring ----------------------------------------------------------------------------------------


def wrk_headers(cookies):
    """What a browser behind the TLS proxy sends: the site's host name, gzip and Brotli, cookies."""
    headers = ["Host: localhost", "X-Forwarded-Proto: https", "Accept-Encoding: gzip, deflate, br"]
    if cookies:
        headers.append("Cookie: " + "; ".join(f"{name}={value}" for name, value in cookies.items()))
    return headers


def answers_200(port, path, cookies):
    """wrk counts a redirect (to the sign-in page, say) as a success: check the page itself comes."""
    client = Client(port, compressed=True)
    client.cookies = dict(cookies or {})
    status, headers, _ = client.request("GET", path)
    if status != 200:
        raise SystemExit(f"GET {path} answered HTTP {status} {headers.get('Location', '')}, not 200.")


def measure_all(port, plan, *, seconds, warm_connections):
    """Rows of figures for [(name, path, cookies)], each at every concurrency."""
    rows = []
    for name, path, cookies in plan:
        url = f"http://127.0.0.1:{port}{path}"
        answers_200(port, path, cookies)
        try:
            # Warm up: caches, database connections, compiled templates in every worker.
            wrk_run(url, connections=warm_connections, seconds=1, headers=wrk_headers(cookies), warm_up=True)
            for concurrency in CONCURRENCY:
                result = wrk_run(url, connections=concurrency, seconds=seconds, headers=wrk_headers(cookies))
                rows.append({"name": name, "path": path, "concurrency": concurrency, **result})
                print(f"  {name:<26} c={concurrency:<3} {rate_shown(result['rps']):>7} req/s", flush=True)
        except WrkError as error:
            raise SystemExit(str(error)) from error
        answers_200(port, path, cookies)
    return rows


def redis_answers(url):
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 6379), timeout=2):
            return True
    except OSError:
        return False


# Running ------------------------------------------------------------------------------------------


def database_ensure(url):
    """Create the benchmark database if it does not exist (connecting to the server's postgres database)."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise SystemExit(f"Use a plain database name (letters, digits, _), not {name!r}.")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f"CREATE DATABASE {name}")  # the name is checked above


def bench_secret_key(var_dir):
    """The benchmark's own secret key, kept in var/bench/ from one run to the next, so that sessions
    stored by an earlier run still decode (Django logs a warning for each one that does not)."""
    path = var_dir / "secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def prepare(env, args, started):
    """The database migrated, loaded and enlarged, static files collected: what enlarge() reports."""
    database = env["DATABASE_URL"]
    print(f"Database {database}: creating if needed, migrating, loading and enlarging the demo data…", flush=True)
    database_ensure(database)
    manage(env, "migrate", "--no-input", "-v0")
    demo_load(env)
    print(f"Migrated and loaded the demo data in {time.monotonic() - started:.0f} s.", flush=True)
    data = in_django(env, "enlarge", f"--cases={args.cases}", f"--documents={args.documents}")
    manage(env, "collectstatic", "--no-input", "-v0")
    print(f"{data['cases']} cases, {data['documents']} documents; ready in {time.monotonic() - started:.0f} s.")
    return data


def measure_passes(env, data, args):
    """Every measurement, in the table's order, and the query counts."""
    found = data["targets"]
    options = {"seconds": args.seconds, "warm_connections": min(4, args.workers)}
    with serving(env, args.workers) as port:
        family, case_path, download_path = sign_in(port)
        worker = staff_sign_in(port, env, WORKER)
        _, _, home = Client(port, compressed=True).request("GET", "/", decode=True)
        static_path = re.search(rb'href="(/static/css/[^"]+\.css)"', home).group(1).decode()
        public = [(page, found[page]) for page in PUBLIC if found[page]]
        plan = [("static file", static_path, None)] + [(f"{page} (cached)", path, None) for page, path in public]
        cached = measure_all(port, plan, **options)
        signed_in = [("family case page", case_path, family.cookies)]
        signed_in += [("document download", download_path, family.cookies)]
        signed_in += [(name, found[name], worker.cookies) for name in ("worker case list", "worker case page")]
        figures = [(name, path, staff_sign_in(port, env, email).cookies) for name, email, path in FIGURES]
        search = [("search", found["search"], None)] if found["search"] else []
        others = measure_all(port, search + signed_in + figures, **options)
    print("Counting database queries…", flush=True)
    counted = [{"name": name, "path": path, "cookies": cookies} for name, path, cookies in signed_in if name in COUNTED]
    queries = in_django(env, "count-queries", stdin=json.dumps(counted))

    print("The page cache off (PORTAL_PAGE_CACHE_SECONDS=0):", flush=True)
    with serving({**env, "PORTAL_PAGE_CACHE_SECONDS": "0"}, args.workers) as port:
        uncached = measure_all(port, [(f"{page} (uncached)", path, None) for page, path in public], **options)
    shared = []
    if args.redis_url and redis_answers(args.redis_url):
        print(f"The shared Redis cache (CACHE_URL={args.redis_url}):", flush=True)
        redis_env = {**env, "CACHE_URL": args.redis_url}
        in_django(redis_env, "new-generation")
        with serving(redis_env, args.workers) as port:
            shared = measure_all(port, [(f"{page} (cached, Redis)", path, None) for page, path in public], **options)
    elif args.redis_url:
        print(f"Redis does not answer at {args.redis_url}: no Redis pass (start Redis, or pass --redis-url '').")
    return cached + shared + uncached + others, queries


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5, help="length of each measurement (whole seconds)")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1), help="gunicorn workers")
    parser.add_argument("--redis-url", default=DEFAULT_REDIS, help="Redis for the shared-cache pass ('' for none)")
    parser.add_argument("--no-readme", action="store_true", help="print the tables but leave README.md alone")
    args = parser.parse_args(argv)

    version = wrk_version()  # before anything slow: say at once if wrk is missing
    started, load = time.monotonic(), os.getloadavg()[0]
    var_dir = BASE_DIR / "var" / "bench"
    var_dir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(var_dir / "cache", ignore_errors=True)  # cached pages of an earlier run
    database = os.environ.get("PORTAL_BENCH_DATABASE_URL", DEFAULT_DATABASE)
    # One environment (and so one secret key) for every server and process: sessions stay valid.
    env = production_env(database_url=database, var_dir=var_dir, DJANGO_SECRET_KEY=bench_secret_key(var_dir))
    env.pop("CACHE_URL", None)  # the default: a file cache that every gunicorn worker shares
    env.pop("PORTAL_PAGE_CACHE_SECONDS", None)  # the default: the page cache on
    data = prepare(env, args, started)
    rows, queries = measure_passes(env, data, args)

    options = argv if argv is not None else sys.argv[1:]
    command = " ".join(["python -m portal.tools.bench", *options]) if options else "make bench"
    summary = (
        f"Measured on {datetime.date.today():%Y-%m-%d} with `{command}`: {data['cases']:,} cases and "
        f"{data['documents']:,} shared documents on PostgreSQL; gunicorn with {args.workers} sync workers; "
        f"{version} with one thread; {os.cpu_count()} CPUs shared by server and load generator (load average "
        f"{load:.1f} when the run began); {args.seconds:g} s per measurement; {time.monotonic() - started:.0f} s "
        "for the whole run."
    )
    block = "\n\n".join([summary, speed_table(rows), "Database queries per page view:", query_table(queries)])
    print()
    print("Paths: " + ", ".join(f"{row['name']} {row['path']}" for row in rows if row["concurrency"] == 1))
    print()
    print(block)
    print()
    for missed in goals_missed(rows, queries):
        print(f"Goal not met yet: {missed}")
    if not args.no_readme:
        write_readme(block)
    failures = below_floors(rows)
    for failure in failures:
        print(f"Below the floor (a regression): {failure}")
    return 1 if failures else 0


def write_readme(block):
    readme = BASE_DIR / "README.md"
    try:
        readme.write_text(readme_with_results(readme.read_text(), block))
    except ValueError as error:
        print(f"{error} README.md is unchanged.")
        return
    print(f"Wrote the tables into README.md between {README_START} and {README_END}.")


if __name__ == "__main__":
    sys.exit(main())
