from django.apps import AppConfig


class StandardConfig(AppConfig):
    name = "cms.standard"
