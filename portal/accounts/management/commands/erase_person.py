"""Erase a family member's account and personal data (right to erasure). The audit trail stays."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from portal.accounts.erasure import person_erase


class Command(BaseCommand):
    help = "Erase a family member's account: the account, their case participations and receipts go; log rows stay."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--reason", default="", help="Why, for the access log (for example a request reference).")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, email, reason, yes, **options):
        user = get_user_model().objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError("No account has that email address.")
        cases = user.participations.count()
        if not yes:
            answer = input(f"Erase {user.email} (part of {cases} case(s))? This cannot be undone. Type 'erase': ")
            if answer.strip() != "erase":
                raise CommandError("Nothing was erased.")
        try:
            label = person_erase(user=user, reason=reason, system="erase_person")
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        self.stdout.write(f"Erased. The access log now calls this account {label}.")
