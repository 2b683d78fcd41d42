from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "cms.core"

    def ready(self):
        from .cache import connect_signals

        connect_signals()  # publishing anywhere (the admin, a command) empties the page cache
