from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "portal.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from django.db.models.signals import pre_delete

        from . import sessions  # noqa: F401  (connects the sign-in time receiver)
        from .erasure import keep_audit_trail_on_delete

        pre_delete.connect(keep_audit_trail_on_delete, sender=self.get_model("User"), dispatch_uid="portal_user_erase")

        from .security_events import connect

        connect()
