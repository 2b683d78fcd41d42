"""A worker who types a family's name into the admin home's search box finds cases.

Wagtail's home page sends that box to the page explorer. Workers may not explore pages, so
Wagtail would answer that they do not have permission. For someone who can search cases but no
pages, the same search goes to their cases instead (a family name, reference or child's name).
"""

from urllib.parse import urlencode

from django.shortcuts import redirect
from wagtail.admin.auth import user_has_any_page_permission

from ..selectors import worker_authority
from .mixins import index_url

PAGE_SEARCHES = {"wagtailadmin_explore", "wagtailadmin_explore_root", "wagtailadmin_pages:search"}


class WorkerSearchMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        query = request.GET.get("q", "").strip()
        if not query or match is None or match.view_name not in PAGE_SEARCHES:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or worker_authority(user) is None:
            return None
        if user_has_any_page_permission(user):
            return None
        return redirect(f"{index_url()}?{urlencode({'q': query})}")
