from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are created for people by their worker or LA admin, never by sign-up."""

    def is_open_for_signup(self, request):
        return False
