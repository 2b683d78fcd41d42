"""What runs in every request, across the whole portal: trusted proxies, request-body limits,
security headers and CSP, a plain 503 when the database is down, the "not found" probing limit,
once-only form sending and the cleaning of typed text.

Command-line tools (benchmark, load test, backup drill) are in portal/tools; retention is with the
cases it deletes (portal/cases/retention.py).
"""
