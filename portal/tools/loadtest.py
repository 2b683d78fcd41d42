"""Load test on loopback: gunicorn with the production settings on PostgreSQL, driven by threads.

    python -m portal.tools.loadtest [--users 20] [--seconds 30] [--database postgres://…/postgres]
    python -m portal.tools.loadtest --restart-postgres   # SECURITY-TESTS case 28, on a CI machine

It makes a scratch database (dropped afterwards), migrates it, loads the demo data, starts gunicorn
on 127.0.0.1, and runs virtual users for a bounded time. Each one, in a loop: opens public pages,
signs in as a demo family member (password), opens their family area and downloads a document,
then signs out. The client (server.py) uses only the standard library; every request goes to 127.0.0.1.

Each virtual user sends its own X-Forwarded-For (the server trusts one proxy here), as real
people behind a proxy would, so the per-address sign-in throttle sees many people, not one.

Reports requests, errors, and latency percentiles per kind. Exits 1 on any error (or, with
--restart-postgres: on a request slower than 30 s, or /healthz not 200 at the end).
"""

import argparse
import os
import re
import secrets
import shutil
import statistics
import subprocess  # noqa: S404  (runs psql and pg_ctlcluster)
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from .server import (
    DEMO_PASSWORD,
    Client,
    csrf_token,
    demo_load,
    free_port,
    manage,
    production_env,
    server_start,
    server_stop,
)

FAMILY = ["parent.one@family.example", "parent.two@family.example", "young.person@family.example"]
PUBLIC_PAGES = ["/", "/privacy/", "/contact/", "/accessibility/", "/healthz"]
SLOW_SECONDS = 30


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = defaultdict(list)
        self.errors = []
        self.statuses = defaultdict(int)

    def record(self, kind, seconds, status, ok):
        with self.lock:
            self.times[kind].append(seconds)
            self.statuses[status] += 1
            if not ok:
                self.errors.append(f"{kind}: HTTP {status}")


def timed(stats, kind, client, method, path, body=None, expect=(200,)):
    started = time.monotonic()
    try:
        status, headers, data = client.request(method, path, body)
    except OSError as exc:
        stats.record(kind, time.monotonic() - started, f"error {type(exc).__name__}", False)
        return None, None, b""
    stats.record(kind, time.monotonic() - started, status, status in expect)
    return status, headers, data


def virtual_user(number, port, deadline, stats, tolerate):
    address = f"10.{number // 250}.{number % 250}.{secrets.randbelow(250) + 1}"
    email = FAMILY[number % len(FAMILY)]
    expect_ok = (200, *tolerate)
    while time.monotonic() < deadline:
        client = Client(port, address=address, timeout=SLOW_SECONDS + 5)
        for path in PUBLIC_PAGES:
            timed(stats, "public page", client, "GET", path, expect=expect_ok)
        status, _, page = timed(stats, "sign-in page", client, "GET", "/accounts/login/", expect=expect_ok)
        if status != 200:  # no form to post (the database was down): start again, as a person would
            continue
        body = {"csrfmiddlewaretoken": csrf_token(page), "login": email, "password": DEMO_PASSWORD}
        # While PostgreSQL restarts, saving the new session can fail mid-request: Django answers 400
        # (SessionInterrupted), as transient as a 503; the person simply signs in again.
        sign_in_ok = (302, *tolerate, *((400,) if tolerate else ()))
        status, headers, _ = timed(stats, "sign in", client, "POST", "/accounts/login/", body, expect=sign_in_ok)
        if status != 302:
            continue
        _, headers, _ = timed(stats, "family area", client, "GET", "/my-family/", expect=(302, 200, *tolerate))
        case_path = urlsplit(headers.get("Location", "")).path if headers else ""
        if case_path:
            _, _, html = timed(stats, "family area", client, "GET", case_path, expect=expect_ok)
            for document_path in sorted(set(re.findall(rb'href="(/my-family/[^"]+/documents/[0-9a-f-]+/)"', html)))[:1]:
                download = document_path.decode() + "download/"
                timed(stats, "download", client, "GET", download, expect=expect_ok)
        status, _, page = timed(stats, "sign out", client, "GET", "/accounts/logout/", expect=expect_ok)
        if status != 200:
            continue
        timed(
            stats,
            "sign out",
            client,
            "POST",
            "/accounts/logout/",
            {"csrfmiddlewaretoken": csrf_token(page)},
            expect=(302, *tolerate),
        )


def psql(admin_url, sql):
    subprocess.run(["psql", "-X", "-q", admin_url, "-c", sql], check=True, capture_output=True)  # noqa: S603,S607


def restart_postgres(after, report):
    time.sleep(after)
    clusters = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True, check=True).stdout  # noqa: S607
    version, name = clusters.split()[:2]
    started = time.monotonic()
    subprocess.run(["pg_ctlcluster", version, name, "restart"], check=True)  # noqa: S603,S607
    report.append(f"PostgreSQL {version}/{name} restarted in {time.monotonic() - started:.1f} s")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument(
        "--database",
        default=os.environ.get("PORTAL_TEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
        help="a PostgreSQL server URL; a scratch database is made next to the one named",
    )
    parser.add_argument("--restart-postgres", action="store_true", help="restart PostgreSQL part-way through")
    args = parser.parse_args(argv)

    database = f"portal_loadtest_{os.getpid()}"
    admin_url = args.database
    db_url = f"{admin_url.rsplit('/', 1)[0]}/{database}"
    var_dir = Path(tempfile.mkdtemp(prefix="portal-loadtest-"))
    port = free_port()
    # One trusted proxy, so each virtual user's X-Forwarded-For counts as its own address.
    env = production_env(database_url=db_url, var_dir=var_dir, PORTAL_TRUSTED_PROXY_COUNT="1")
    server = None
    report = []
    try:
        psql(admin_url, f"CREATE DATABASE {database}")
        manage(env, "migrate", "--no-input", "-v0")
        demo_load(env)
        manage(env, "collectstatic", "--no-input", "-v0")
        server = server_start(env, port, args.workers)
        probe = Client(port, address="10.255.0.1")

        stats = Stats()
        deadline = time.monotonic() + args.seconds
        tolerate = (503,) if args.restart_postgres else ()
        threads = [
            threading.Thread(target=virtual_user, args=(n, port, deadline, stats, tolerate), daemon=True)
            for n in range(args.users)
        ]
        if args.restart_postgres:
            threads.append(threading.Thread(target=restart_postgres, args=(args.seconds / 3, report), daemon=True))
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(args.seconds + SLOW_SECONDS + 30)
        elapsed = time.monotonic() - started

        health = None
        for _ in range(30):  # the service must recover by itself
            try:
                health = probe.request("GET", "/healthz", timeout=5)[0]
            except OSError:
                health = None
            if health == 200:
                break
            time.sleep(1)
        return _report(stats, elapsed, args, report, health)
    finally:
        if server is not None:
            server_stop(server)
        try:
            psql(admin_url, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        finally:
            shutil.rmtree(var_dir, ignore_errors=True)


def _report(stats, elapsed, args, report, health):
    total = sum(len(times) for times in stats.times.values())
    slowest = max((max(times) for times in stats.times.values() if times), default=0)
    print(f"{args.users} virtual users, {elapsed:.1f} s, {total} requests, {total / elapsed:.1f} requests/s")
    print(f"{'kind':<14}{'count':>7}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}")
    for kind, times in sorted(stats.times.items()):
        ordered = sorted(times)
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        print(
            f"{kind:<14}{len(times):>7}{statistics.median(times) * 1000:>11.0f}{p95 * 1000:>9.0f}"
            f"{max(times) * 1000:>9.0f}"
        )
    print("status codes:", dict(sorted((str(k), v) for k, v in stats.statuses.items())))
    for line in report:
        print(line)
    print(f"errors: {len(stats.errors)}" + (f" (first: {stats.errors[:5]})" if stats.errors else ""))
    failed = bool(stats.errors) or total == 0
    if args.restart_postgres:
        print(f"slowest request: {slowest:.1f} s; /healthz after the restart: {health}")
        failed = failed or slowest > SLOW_SECONDS or health != 200 or not report
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
