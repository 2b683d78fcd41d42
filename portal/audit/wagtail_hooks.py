"""Registers the read-only access log for LA admins (at /admin/access-log/).

AccessLogEntry is deliberately not registered as a snippet or with any other editable admin.
"""

from wagtail import hooks

from .admin_views import AccessLogViewSet


@hooks.register("register_admin_viewset")
def register_access_log_viewset():
    return AccessLogViewSet()
