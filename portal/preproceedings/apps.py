from django.apps import AppConfig


class PreproceedingsConfig(AppConfig):
    """Pre-proceedings data per child: recorded as the work happens, returned to DfE, shared safely."""

    name = "portal.preproceedings"
    label = "preproceedings"
    verbose_name = "Pre-proceedings data"
