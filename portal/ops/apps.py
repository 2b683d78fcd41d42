from django.apps import AppConfig


class OpsConfig(AppConfig):
    """What runs in every request across the portal (see __init__.py)."""

    name = "portal.ops"
    label = "ops"
    verbose_name = "Operations and safety"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
        from .typed_text import connect

        connect()
