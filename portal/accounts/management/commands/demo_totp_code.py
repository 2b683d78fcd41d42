"""Print the current authenticator-app code of a demo account, so a reviewer can sign in as staff.

Only for accounts whose authenticator uses the secret published in the README, and only with
DEBUG on: on a live site it refuses, and a real account's secret is never read out.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.accounts.mfa import totp_code
from portal.demo.builders import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Print the current sign-in code for a demo staff account (DEBUG only)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing with DEBUG off: this command is for the demo only.")
        authenticator = Authenticator.objects.filter(
            user__email__iexact=email.strip(), type=Authenticator.Type.TOTP
        ).first()
        if authenticator is None or decrypt(authenticator.data.get("secret", "")) != DEMO_TOTP_SECRET:
            raise CommandError("That is not a demo account with the published demo authenticator secret.")
        self.stdout.write(totp_code(DEMO_TOTP_SECRET))
