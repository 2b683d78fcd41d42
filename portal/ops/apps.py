from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Controls that span the whole portal (headers, typed text, retention, the load test)."""

    name = "portal.ops"
    label = "ops"
    verbose_name = "Operations and safety"

    def ready(self):
        from .typed_text import connect

        connect()
