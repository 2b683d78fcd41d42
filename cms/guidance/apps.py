from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "cms.guidance"
    label = "guidance"
    verbose_name = "Guidance"

    def ready(self):
        from . import signal_handlers  # noqa: F401  (connects the national-to-LA sharing)
