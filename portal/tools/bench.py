"""Speed benchmark: the production configuration on PostgreSQL, with a large council's worth of data.

    make bench
    python -m portal.tools.bench [--seconds 5] [--cases 10000] [--documents 100000] [--workers 4]

1. Creates the database named by PORTAL_BENCH_DATABASE_URL (default
   postgres://postgres@127.0.0.1:5432/portal_bench) if it is missing, and migrates it.
2. Loads the demo data, then enlarges it with bulk inserts to --cases cases and --documents shared
   documents (each case gets a parent, a first stage, a child with a closed pre-proceedings period;
   the documents share one stored file). Run
   again, it only tops up what is missing.
3. Collects static files (hashed and compressed, as in production) into var/bench/.
4. Starts gunicorn with portal.settings.production (DEBUG off; SECURE_SSL_REDIRECT off, as behind a
   TLS proxy, which is what the X-Forwarded-Proto header says), signs in as a demo parent, and
   measures requests per second and p50/p99 latency at concurrency 1 and 16 for: a static file
   (the baseline), the home page, a guide (or a standard page), search, the directory, the
   family's case page, a document download, and the pre-proceedings figures of a council and of its
   family justice area (signed in as the demo data role and area person, with the demo
   authenticator). Each measurement lasts --seconds (or 5,000
   requests); the whole run takes a few minutes on two cores.
5. Prints a table with each page's throughput as a fraction of the static file's, then stops the
   server. Exits 1 if an anonymous page reaches less than 1/2, or the family's case page less
   than 1/20, of the static file's throughput. Search has no target: its results are never cached,
   because what people type is never stored (cms/core/cache.py).

The client (server.py) is Python threads with http.client on loopback, one connection per request
(gunicorn's sync workers close every connection anyway), asking for gzip and Brotli like a
browser. Client and server share the machine, so absolute numbers are modest: the fractions are the point.

The bulk inserts that enlarge the data are in bulk.py.
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess  # noqa: S404  (runs our own enlarging step)
import sys
import threading
import time
from urllib.parse import urlsplit

from .server import (
    BASE_DIR,
    DEMO_PASSWORD,
    Client,
    csrf_token,
    free_port,
    manage,
    production_env,
    server_start,
    server_stop,
)

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/portal_bench"
PARENT = "parent.one@family.example"
# The figures' readers: a council's data role, and a family justice area's person (both demo accounts).
FIGURES = [
    ("council figures", "data@northbrook.example", "/admin/preproceedings/insight/"),
    ("area figures", "area@familyjustice.example", "/admin/preproceedings/area/"),
]
MAX_REQUESTS = 5000
CONCURRENCY = (1, 16)
ANONYMOUS_TARGET = 1 / 2
SIGNED_IN_TARGET = 1 / 20


# What to measure ----------------------------------------------------------------------------------


def targets():
    """The addresses to measure, found in the database: {name: path}, None where there is none."""
    from django.urls import NoReverseMatch, reverse
    from wagtail.models import Page, Site

    site = Site.objects.get(is_default_site=True)
    live = Page.objects.live().public().descendant_of(site.root_page)

    def first_path(model_label):
        app_label, model = model_label.split(".")
        page = live.filter(content_type__app_label=app_label, content_type__model=model).order_by("path").first()
        return page.get_url_parts()[2] if page else None

    try:
        search = reverse("search") + "?q=court"
    except NoReverseMatch:
        search = None
    return {
        "home": "/",
        "guide": first_path("guidance.guidepage") or first_path("standard.standardpage"),
        "search": search,
        "directory": first_path("directory.directorypage"),
    }


# Measuring ----------------------------------------------------------------------------------------


def sign_in(port):
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
    code = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "portal.tools.bench", "--totp-code"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    _, _, page = client.request("GET", step, decode=True)
    status, _, _ = client.request("POST", step, {"csrfmiddlewaretoken": csrf_token(page), "code": code})
    if status != 302:
        raise SystemExit(f"The second factor for {email} was refused (HTTP {status}).")
    return client


def measure(port, path, concurrency, seconds, cookies=None):
    """Requests per second and latencies (seconds) for GET `path`, `concurrency` at a time."""
    latencies, failures = [], []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def visitor():
        client = Client(port, compressed=True)
        client.cookies = dict(cookies or {})
        while time.monotonic() < deadline:
            with lock:
                if len(latencies) >= MAX_REQUESTS:
                    return
            started = time.monotonic()
            status, _, _ = client.request("GET", path)
            elapsed = time.monotonic() - started
            with lock:
                (latencies if status == 200 else failures).append(elapsed if status == 200 else status)

    threads = [threading.Thread(target=visitor) for _ in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    if failures:
        raise SystemExit(f"GET {path} failed: HTTP {sorted(set(failures))}")
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "rps": len(ordered) / elapsed,
        "p50": statistics.median(ordered),
        "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
    }


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


def report(rows):
    static = {row["concurrency"]: row["rps"] for row in rows if row["name"] == "static file"}
    lines = [
        f"| {'page':<14} | {'concurrency':>11} | {'requests':>8} | {'req/s':>7} | {'p50 ms':>7} | {'p99 ms':>7} "
        f"| {'× static':>8} | {'target':>6} |",
        f"|{'-' * 16}|{'-' * 12}:|{'-' * 9}:|{'-' * 8}:|{'-' * 8}:|{'-' * 8}:|{'-' * 9}:|{'-' * 7}:|",
    ]
    failures = []
    for row in rows:
        fraction = row["rps"] / static[row["concurrency"]]
        target = row.get("target")
        shown = f"≥ {target:.2f}" if target else "—"
        lines.append(
            f"| {row['name']:<14} | {row['concurrency']:>11} | {row['requests']:>8} | {row['rps']:>7.0f} "
            f"| {row['p50'] * 1000:>7.1f} | {row['p99'] * 1000:>7.1f} | {fraction:>8.2f} | {shown:>6} |"
        )
        if target and fraction < target:
            failures.append(f"{row['name']} at concurrency {row['concurrency']}: {fraction:.2f} < {target:.2f}")
    return "\n".join(lines), failures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5, help="length of each measurement")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1), help="gunicorn workers")
    parser.add_argument("--enlarge-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--totp-code", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.totp_code:  # run by staff_sign_in(), in a process with the production settings
        import django

        django.setup()
        from portal.accounts.mfa import totp_code
        from portal.demo.builders import DEMO_TOTP_SECRET

        print(totp_code(DEMO_TOTP_SECRET))
        return 0

    if args.enlarge_only:  # run by main() below, in a process with the production settings
        import django

        django.setup()
        from .bulk import enlarge

        print(json.dumps({**enlarge(cases=args.cases, documents=args.documents), "targets": targets()}))
        return 0

    started = time.monotonic()
    database = os.environ.get("PORTAL_BENCH_DATABASE_URL", DEFAULT_DATABASE)
    var_dir = BASE_DIR / "var" / "bench"
    var_dir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(var_dir / "cache", ignore_errors=True)  # cached pages of an earlier run
    env = production_env(database_url=database, var_dir=var_dir)
    env.pop("CACHE_URL", None)  # the default: a file cache that every gunicorn worker shares
    print(f"Database {database}: creating if needed, migrating, loading and enlarging the demo data…", flush=True)
    database_ensure(database)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "load_demo_data", "--force")
    print(f"Migrated and loaded the demo data in {time.monotonic() - started:.0f} s.", flush=True)
    enlarged = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "portal.tools.bench", "--enlarge-only", f"--cases={args.cases}"]
        + [f"--documents={args.documents}"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(enlarged.stdout.strip().splitlines()[-1])
    manage(env, "collectstatic", "--no-input", "-v0")
    print(f"{data['cases']} cases, {data['documents']} documents; ready in {time.monotonic() - started:.0f} s.")

    port = free_port()
    server = server_start(env, port, args.workers)
    try:
        family, case_path, download_path = sign_in(port)
        _, _, home = Client(port, compressed=True).request("GET", "/", decode=True)
        static_path = re.search(rb'href="(/static/css/[^"]+\.css)"', home).group(1).decode()
        plan = [("static file", static_path, None, None)]
        # Search results are never cached (what people type is not stored: cms/core/cache.py), so
        # search is measured and shown but has no target.
        plan += [
            (name, path, None, None if name == "search" else ANONYMOUS_TARGET)
            for name, path in data["targets"].items()
            if path is not None
        ]
        plan += [
            ("family case", case_path, family.cookies, SIGNED_IN_TARGET),
            ("download", download_path, family.cookies, None),
        ]
        # The figures are counted afresh on every request (never cached): no target, measured to see
        # that they stay usable at this size.
        plan += [(name, path, staff_sign_in(port, env, email).cookies, None) for name, email, path in FIGURES]
        rows = []
        for name, path, cookies, target in plan:
            measure(port, path, 2, 0.5, cookies)  # warm up: caches, connections, compiled templates
            for concurrency in CONCURRENCY:
                result = measure(port, path, concurrency, args.seconds, cookies)
                rows.append({"name": name, "path": path, "concurrency": concurrency, "target": target, **result})
                print(f"  {name:<14} c={concurrency:<3} {result['rps']:7.0f} req/s", flush=True)
    finally:
        server_stop(server)
    table, failures = report(rows)
    print()
    print(f"{data['cases']} cases, {data['documents']} shared documents; gunicorn with {args.workers} sync workers;")
    print(f"{os.cpu_count()} CPUs shared by server and client; {args.seconds:g} s per measurement.")
    print("Paths: " + ", ".join(f"{row['name']} {row['path']}" for row in rows if row["concurrency"] == 1))
    print()
    print(table)
    print()
    print(f"Whole run: {time.monotonic() - started:.0f} s.")
    for failure in failures:
        print(f"Below target: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
