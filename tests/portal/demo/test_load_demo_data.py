import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page, Site

from portal.authorities.models import LocalAuthority
from portal.demo.translations import pages_to_translate


def _snapshot():
    return (
        LocalAuthority.objects.count(),
        Site.objects.count(),
        Page.objects.count(),
        get_user_model().objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
    )


@pytest.mark.django_db
def test_demo_data_loads_twice_without_changing_anything(settings):
    settings.DEBUG = True
    call_command("load_demo_data")
    first = _snapshot()
    call_command("load_demo_data")
    assert _snapshot() == first
    assert first[0] == 2
    # Wagtail's placeholder page is gone; each LA's site answers.
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    # Each council's home and free legal advice pages, and the letter guide, in every language.
    english = pages_to_translate(authorities=LocalAuthority.objects.all())
    assert len(english) == 5
    for code in ("pl", "ro", "ur"):
        for page in english:
            translated = page.get_translation(Locale.objects.get(language_code=code))
            assert translated.live and not translated.alias_of_id
            assert translated.title != page.title


@pytest.mark.django_db
def test_demo_data_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo_data")
    assert LocalAuthority.objects.count() == 0


@pytest.mark.django_db
def test_demo_accounts_can_sign_in(settings, client, sign_in_with_mfa):
    settings.DEBUG = True
    call_command("load_demo_data")
    from portal.demo.management.commands.load_demo_data import DEMO_PASSWORD

    # Staff use MFA: the password, then a code from the published demo authenticator secret.
    response = sign_in_with_mfa(client, "editor@northbrook.example", DEMO_PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
