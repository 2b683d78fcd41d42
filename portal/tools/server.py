"""Starting the production configuration on loopback, and the HTTP client that talks to it.

Only the standard library is used on the client side; every request goes to 127.0.0.1, as
`localhost` behind a TLS proxy (X-Forwarded-Proto: https), so Secure cookies are kept by hand.
"""

import gzip
import http.client
import os
import re
import secrets
import socket
import subprocess  # noqa: S404  (runs our own manage.py and gunicorn)
import sys
import time
from contextlib import contextmanager
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DEMO_PASSWORD = "Portal-demo-2026"  # noqa: S105  (the published demo password)


class Client:
    """One visitor. `address` is sent as X-Forwarded-For (the server must trust one proxy for it
    to count); `compressed` asks for gzip and Brotli as a browser does."""

    def __init__(self, port, *, address=None, compressed=False, timeout=30):
        self.port, self.address, self.compressed, self.timeout = port, address, compressed, timeout
        self.cookies = {}

    def request(self, method, path, body=None, *, decode=False, timeout=None):
        """(status, headers, body). A compressed body stays compressed unless `decode`."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout or self.timeout)
        headers = {
            "Host": "localhost",
            "X-Forwarded-Proto": "https",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        if self.address:
            headers["X-Forwarded-For"] = self.address
        if self.compressed:
            headers["Accept-Encoding"] = "gzip, deflate, br"
        if body is not None:
            body = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"https://localhost{path}"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
        finally:
            conn.close()
        self._keep_cookies(response)
        if decode and response.headers.get("Content-Encoding") == "gzip":
            data = gzip.decompress(data)
        elif decode and response.headers.get("Content-Encoding") == "br":
            import brotli

            data = brotli.decompress(data)
        return response.status, response.headers, data

    def _keep_cookies(self, response):
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(header)
            for name, morsel in cookie.items():
                if morsel["max-age"] == "0" or not morsel.value or morsel.value == '""':
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value


def csrf_token(html):
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1).decode() if match else ""


def production_env(*, database_url, var_dir, **extra):
    """The environment for manage.py and gunicorn with the production settings on loopback."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",  # as behind a TLS proxy (X-Forwarded-Proto says https)
        "DATABASE_URL": database_url,
        "PORTAL_VAR_DIR": str(var_dir),
        "DJANGO_STATIC_ROOT": str(Path(var_dir) / "static"),
        "DJANGO_LOG_LEVEL": "WARNING",
        **extra,
    }


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)  # noqa: S603


def demo_load(env):
    """The demo data, in the database and files `env` names. The demo refuses the production settings
    (it makes made-up councils and accounts with a published password), so it is loaded with the
    development settings; the server it is measured on still runs with the production ones."""
    manage({**env, "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}, "load_demo_data", "--force")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_start(env, port, workers):
    """gunicorn with `workers` sync workers, once /healthz answers 200 (or SystemExit)."""
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
        + ["--timeout", "60", "--log-level", "warning"],
        cwd=BASE_DIR,
        env=env,
    )
    probe = Client(port, address="10.255.0.1")
    for _ in range(150):
        try:
            if probe.request("GET", "/healthz", timeout=5)[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server_stop(server)
    raise SystemExit("gunicorn did not start")


def server_stop(server):
    server.terminate()
    try:
        server.wait(30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@contextmanager
def serving(env, workers):
    """gunicorn running with `env` on a free port for the `with` block; yields the port."""
    port = free_port()
    server = server_start(env, port, workers)
    try:
        yield port
    finally:
        server_stop(server)
