from django.apps import AppConfig


class DirectoryConfig(AppConfig):
    name = "cms.directory"
    label = "directory"
    verbose_name = "Directory of services"

    def ready(self):
        from . import signals  # noqa: F401  (keeps guides' legal advice buttons up to date)
