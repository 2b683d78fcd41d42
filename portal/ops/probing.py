"""Guessing addresses is slowed down and reported.

Every case, document and question is found by an id in its address, and anything out of scope is
"not found" (404), so someone trying ids one after another (another council's worker, a family
member editing the address bar, a script) sees only 404s. Each 404 from a private address is
counted, per signed-in session and per client address. Past PORTAL_PROBE_LIMIT in
PORTAL_PROBE_WINDOW_SECONDS, every private address answers 429 until the window ends, and the
first time a row goes into the access log ("probing_throttled") for the council's LA admin to see.
A person who follows links never comes near the limit.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from portal.audit.services import audit_denied
from portal.authorities.selectors import authority_for_request

from .limits import error_page


def _client_ip(request):
    from allauth.account.adapter import get_adapter

    return get_adapter(request).get_client_ip(request) or "unknown"


def _counters(request):
    keys = [f"portal:probe:ip:{_client_ip(request)}"]
    session_key = getattr(getattr(request, "session", None), "session_key", None)
    if session_key:
        keys.append(f"portal:probe:session:{session_key}")
    return keys


def _too_many_response(request):
    minutes = max(1, settings.PORTAL_PROBE_WINDOW_SECONDS // 60)
    response = HttpResponse(error_page(request, "errors/paused.html", minutes=minutes), status=429)
    response["Retry-After"] = str(settings.PORTAL_PROBE_WINDOW_SECONDS)
    response["Cache-Control"] = "private, no-store"
    return response


class NotFoundProbeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(tuple(settings.PORTAL_PRIVATE_PREFIXES)):
            return self.get_response(request)
        keys = _counters(request)
        if any(cache.get(f"{key}:blocked") for key in keys):
            return _too_many_response(request)
        response = self.get_response(request)
        if response.status_code == 404:
            self._count(request, keys)
        return response

    def _count(self, request, keys):
        window, limit = settings.PORTAL_PROBE_WINDOW_SECONDS, settings.PORTAL_PROBE_LIMIT
        counts = {}
        for key in keys:
            cache.add(key, 0, timeout=window)
            try:
                counts[key] = cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, timeout=window)
                counts[key] = 1
        if max(counts.values()) < limit:
            return
        # Pause the session and the address together; report it once.
        newly_paused = [cache.add(f"{key}:blocked", True, timeout=window) for key in keys]
        if any(newly_paused):
            audit_denied(
                actor=getattr(request, "user", None),
                action="probing_throttled",
                authority=authority_for_request(request),
                request=request,
                detail=f"{max(counts.values())} addresses not found in {window // 60} minutes",
            )
