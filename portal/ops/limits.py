"""Request bodies are bounded on every address, and refused before they are read.

Django bounds form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but not files: an upload to any address
that reads a form would be streamed to a temporary file however big it is. This middleware looks
at Content-Length before anything reads the body and answers 413 if it is over the limit for the
address: generous where files are uploaded (the case workspace, the editors' image and document
libraries), small everywhere else. Nothing is read and no temporary file is made. A body sent
without a Content-Length (chunked) is not read by Django at all, so it cannot get round this.

Uploads a little over the document limit still reach the workspace form, which says plainly how
big the file is and what the largest is (portal.documents.uploads); only bodies well past any
sensible size get this page. The proxy in front should cap bodies too (README, "Deployment").
"""

from django.conf import settings
from django.http import HttpResponse
from django.template import loader
from django.utils import translation


def error_page(request, template_name, **context):
    """A plain error page in the person's language (their language cookie or browser's choice),
    for middleware that answers before the locale is set."""
    with translation.override(translation.get_language_from_request(request)):
        return loader.get_template(template_name).render(context)


def megabytes(size):
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def body_limit_for(path):
    """The largest request body (bytes) accepted at `path`."""
    for prefix, limit in settings.PORTAL_UPLOAD_BODY_LIMITS.items():
        if path.startswith(prefix):
            return limit
    return settings.PORTAL_MAX_REQUEST_BYTES


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return HttpResponse("Bad request", status=400, content_type="text/plain")
        limit = body_limit_for(request.path_info)
        if length > limit:
            page = error_page(request, "errors/too_large.html", size=megabytes(length), limit=megabytes(limit))
            response = HttpResponse(page, status=413)
            response["Cache-Control"] = "no-store"
            response["Connection"] = "close"  # the body was not read: the connection cannot be reused
            return response
        return self.get_response(request)
