from django.apps import AppConfig


class AuthoritiesConfig(AppConfig):
    name = "portal.authorities"
    label = "authorities"
    verbose_name = "Local authorities"
