from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    """Questions from family members to their workers. Not called "messages": that label is Django's."""

    name = "portal.conversations"
    label = "conversations"
    verbose_name = "Questions and replies"
