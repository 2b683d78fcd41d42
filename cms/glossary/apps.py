from django.apps import AppConfig


class GlossaryConfig(AppConfig):
    name = "cms.glossary"
    label = "glossary"
    verbose_name = "Glossary"

    def ready(self):
        from . import signals  # noqa: F401  (connects the cache-version receivers)
