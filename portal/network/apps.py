from django.apps import AppConfig


class NetworkConfig(AppConfig):
    """The family network: people who could help, the family group decision-making meeting, and a
    young person's own words to their worker."""

    name = "portal.network"
    label = "network"
    verbose_name = "Family network"
