"""Reading wrk's report (portal/tools/wrk.py). The samples are real wrk 4.1.0 output (Debian's
package), run with --latency: against a small static server, a missing address, a server slower
than --timeout, and gunicorn answering 16 searches at once (latencies in seconds, which wrk pads with a space)."""

import pytest

from portal.tools import wrk
from portal.tools.wrk import duration_seconds, wrk_failures, wrk_parse

ANSWERED = """\
Running 2s test @ http://127.0.0.1:18765/index.html
  1 threads and 1 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.70ms    2.08ms  16.94ms   87.74%
    Req/Sec   748.65    230.51     1.42k    80.00%
  Latency Distribution
     50%  689.00us
     75%    2.41ms
     90%    4.25ms
     99%    9.56ms
  1502 requests in 2.01s, 278.69KB read
Requests/sec:    746.53
Transfer/sec:    138.52KB
"""

NOT_FOUND = """\
Running 2s test @ http://127.0.0.1:18765/missing
  1 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     4.47ms    3.56ms  27.23ms   85.60%
    Req/Sec     0.98k   320.61     1.75k    80.00%
  Latency Distribution
     50%    3.34ms
     75%    5.89ms
     90%    8.88ms
     99%   17.57ms
  1952 requests in 2.01s, 0.97MB read
  Non-2xx or 3xx responses: 1952
Requests/sec:    972.80
Transfer/sec:    494.00KB
"""

TIMED_OUT = """\
Running 3s test @ http://127.0.0.1:18766/
  1 threads and 2 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     0.00us    0.00us   0.00us    -nan%
    Req/Sec     3.67      5.51    10.00     66.67%
  Latency Distribution
     50%    0.00us
     75%    0.00us
     90%    0.00us
     99%    0.00us
  4 requests in 3.01s, 452.00B read
  Socket errors: connect 0, read 0, write 0, timeout 4
Requests/sec:      1.33
Transfer/sec:     150.15B
"""

SLOW_PAGE = """\
Running 2s test @ http://127.0.0.1:53665/search/?q=court
  1 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   900.65ms  321.65ms   1.26s    66.67%
    Req/Sec    13.93      6.32    28.00     86.67%
  Latency Distribution
     50%    1.06s\x20
     75%    1.15s\x20
     90%    1.22s\x20
     99%    1.26s\x20
  27 requests in 2.07s, 111.96KB read
Requests/sec:     13.03
Transfer/sec:     54.02KB
"""


def test_a_report_gives_the_rate_and_the_percentiles_in_seconds():
    result = wrk_parse(ANSWERED)
    assert result["requests"] == 1502
    assert result["seconds"] == pytest.approx(2.01)
    assert result["rps"] == pytest.approx(746.53)
    assert result["p50"] == pytest.approx(689e-6)
    assert result["p99"] == pytest.approx(9.56e-3)
    assert result["non_success"] == 0
    assert result["socket_errors"] == {"connect": 0, "read": 0, "write": 0, "timeout": 0}
    assert wrk_failures(result) == []


def test_responses_other_than_2xx_or_3xx_fail_the_measurement():
    result = wrk_parse(NOT_FOUND)
    assert result["non_success"] == 1952
    assert wrk_failures(result) == ["1952 responses were not 2xx or 3xx"]


def test_timeouts_fail_the_measurement():
    result = wrk_parse(TIMED_OUT)
    assert result["socket_errors"]["timeout"] == 4
    assert wrk_failures(result) == ["4 socket timeout errors"]


def test_latencies_of_seconds_are_read_as_seconds():
    result = wrk_parse(SLOW_PAGE)
    assert result["p50"] == pytest.approx(1.06)
    assert result["p99"] == pytest.approx(1.26)
    assert result["requests"] == 27
    assert wrk_failures(result) == []


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("689.00us", 689e-6), ("2.41ms", 2.41e-3), ("1.20s", 1.2), ("1.00m", 60.0), ("2.01s", 2.01)],
)
def test_every_unit_of_duration_is_understood(text, seconds):
    assert duration_seconds(text) == pytest.approx(seconds)


def test_a_report_without_latency_percentiles_is_refused():
    without_distribution = "\n".join(line for line in ANSWERED.splitlines() if "%  " not in line)
    with pytest.raises(ValueError, match="--latency"):
        wrk_parse(without_distribution)
    with pytest.raises(ValueError):
        duration_seconds("fast")


def test_without_wrk_the_benchmark_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(wrk.shutil, "which", lambda name: None)
    with pytest.raises(SystemExit, match="apt-get install wrk"):
        wrk.wrk_run("http://127.0.0.1:1/", connections=1, seconds=1)


def test_a_warm_up_may_end_before_a_slow_page_answers_but_a_measurement_may_not():
    unanswered = {**wrk_parse(ANSWERED), "requests": 0}
    assert wrk_failures(unanswered) == ["no request was answered"]
    assert wrk_failures(unanswered, answers_required=False) == []
