"""When the database is down: a plain 503 page straight away, and nothing else to do.

Requests fail fast (connect_timeout is 5 s; a restarted server refuses or drops connections at
once), and the next request after the database is back works by itself: Django closes a broken
connection at the end of the request, and CONN_HEALTH_CHECKS tests a kept one before reusing it.

Two routes lead here. An error raised in a view reaches `DatabaseUnavailableMiddleware`. An error
raised earlier, in a middleware (the session and the signed-in user are read from the database
before any view runs), reaches Django's 500 handler, which is `server_error` below (urls.py).
The page itself touches nothing but the template: no session, no user, no database.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)
DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def database_unavailable_response():
    html = loader.get_template("503.html").render()
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("Database unavailable: %s", exception)
            return database_unavailable_response()
        return None


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """handler500: the 503 page for database errors, otherwise Django's plain 500."""
    import sys

    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_ERRORS):
        return database_unavailable_response()
    try:
        html = loader.get_template("500.html").render()
    except Exception:  # noqa: BLE001  (the error page must never fail in turn)
        html = "<h1>Sorry, there is a problem with the service</h1>"
    return HttpResponseServerError(html)
