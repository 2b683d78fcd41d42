from django.apps import AppConfig


class PreproceedingsConfig(AppConfig):
    """Pre-proceedings data per child: recorded as the work happens, returned to DfE, shared safely."""

    name = "portal.preproceedings"
    label = "preproceedings"
    verbose_name = "Pre-proceedings data"

    def ready(self):
        # Wagtail finds `wagtail_hooks` only at an app's top level; the evaluation screens live in a
        # subpackage, so their hooks are loaded here.
        from .evaluation import wagtail_hooks  # noqa: F401
