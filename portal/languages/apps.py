from django.apps import AppConfig


class LanguagesConfig(AppConfig):
    name = "portal.languages"
    label = "languages"
