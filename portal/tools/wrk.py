"""Driving wrk, the HTTP load generator (Debian's package `wrk`), and reading its report.

The benchmark (bench.py) uses wrk rather than a Python client because a Python client is itself the
bottleneck: it could not ask for a static file faster than about 970 times a second on a machine
where wrk reached about 1,550, so every page looked closer to the static file than it was. wrk is
written in C, keeps its connections in one event loop, and uses a fraction of one core here.

One thread is enough (wrk's thread can send tens of thousands of requests a second, far more than
gunicorn answers on this machine), and it leaves the other cores to the server. Headers such as the
session cookie are passed with -H; no Lua script is needed. wrk counts a redirect as a success, so
bench.py checks each address answers 200 before and after it is measured.
"""

import re
import shutil
import subprocess  # noqa: S404  (runs wrk, found on PATH)

INSTALL_HINT = (
    "make bench needs wrk, the HTTP load generator, and it is not on PATH. Install it with\n"
    "    sudo apt-get install wrk        (Debian, Ubuntu)\n"
    "    brew install wrk                (macOS)\n"
    "or build it from https://github.com/wg/wrk, then run make bench again."
)
SOCKET_ERRORS = ("connect", "read", "write", "timeout")
_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}
_DURATION = re.compile(r"([0-9.]+)(us|ms|s|m|h)")


class WrkError(Exception):
    """wrk could not run, or its report shows failed requests."""


def duration_seconds(text):
    """Seconds in one of wrk's durations: '689.00us', '2.41ms', '1.20s', '1.00m'."""
    match = _DURATION.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a wrk duration: {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def wrk_parse(output):
    """The figures in wrk's report (run with --latency): requests, seconds, rps, p50, p99 (seconds),
    non_success (responses other than 2xx or 3xx) and socket errors by kind."""
    totals = re.search(r"^\s*(\d+) requests in ([0-9.]+(?:us|ms|s|m|h))", output, re.MULTILINE)
    rate = re.search(r"^Requests/sec:\s+([0-9.]+)", output, re.MULTILINE)
    # wrk pads a latency in seconds with a space ("1.06s "), so the line may end in spaces.
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    if not (totals and rate and {"50", "99"} <= latency.keys()):
        raise ValueError("not a wrk report with --latency:\n" + output)
    non_success = re.search(r"^\s*Non-2xx or 3xx responses: (\d+)", output, re.MULTILINE)
    sockets = re.search(
        r"^\s*Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output, re.MULTILINE
    )
    return {
        "requests": int(totals.group(1)),
        "seconds": duration_seconds(totals.group(2)),
        "rps": float(rate.group(1)),
        "p50": duration_seconds(latency["50"]),
        "p99": duration_seconds(latency["99"]),
        "non_success": int(non_success.group(1)) if non_success else 0,
        "socket_errors": dict(zip(SOCKET_ERRORS, map(int, sockets.groups()) if sockets else (0,) * 4, strict=True)),
    }


def wrk_failures(result, *, answers_required=True):
    """What went wrong in a parsed report, in words ([] when every request got a 2xx or 3xx answer)."""
    problems = [f"{result['non_success']} responses were not 2xx or 3xx"] if result["non_success"] else []
    problems += [f"{count} socket {kind} errors" for kind, count in result["socket_errors"].items() if count]
    if answers_required and not result["requests"]:
        problems.append("no request was answered")
    return problems


def wrk_require():
    """The path of wrk, or SystemExit saying how to install it (the benchmark never falls back to
    a slower client: its figures would not be comparable)."""
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit(INSTALL_HINT)
    return path


def wrk_version():
    """wrk's own name for its version, such as 'wrk debian/4.1.0-3+b2' (it prints it, then exits 1)."""
    completed = subprocess.run([wrk_require(), "--version"], capture_output=True, text=True, check=False)  # noqa: S603
    return " ".join(completed.stdout.split()[:2])


def wrk_run(url, *, connections, seconds, headers=(), timeout=30, warm_up=False):
    """Measure GET `url` with `connections` open at once for `seconds` (whole seconds: wrk rounds
    down). Returns wrk_parse()'s figures; raises WrkError if any request failed, or if none was
    answered (unless `warm_up`: a slow page may not finish within a short warm-up)."""
    command = [wrk_require(), "--threads", "1", "--connections", str(connections)]
    command += ["--duration", f"{max(1, round(seconds))}s", "--timeout", f"{timeout}s", "--latency"]
    for header in headers:
        command += ["--header", header]
    completed = subprocess.run(command + [url], capture_output=True, text=True, check=False)  # noqa: S603
    if completed.returncode != 0:
        raise WrkError(f"wrk failed on {url}: {(completed.stderr or completed.stdout).strip()}")
    try:
        result = wrk_parse(completed.stdout)
    except ValueError as error:
        raise WrkError(f"wrk's report on {url} could not be read: {error}") from error
    problems = wrk_failures(result, answers_required=not warm_up)
    if problems:
        raise WrkError(f"GET {url} with {connections} connections: " + "; ".join(problems))
    return result
