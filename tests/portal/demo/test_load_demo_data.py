import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Locale, Page, Site

from portal.authorities.models import LocalAuthority
from portal.demo.translations import pages_to_translate
from portal.preproceedings.models import Period
from tests.conftest import kept_for_the_module


def _snapshot():
    return (
        LocalAuthority.objects.count(),
        Site.objects.count(),
        Page.objects.count(),
        get_user_model().objects.count(),
        Period.objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
    )


@pytest.fixture(scope="module")
def demo_loaded(django_db_setup, django_db_blocker):
    """The demo data, loaded once for this module (it takes many seconds) and rolled back after it."""
    with kept_for_the_module(django_db_blocker):
        with django_db_blocker.unblock(), override_settings(DEBUG=True):
            call_command("load_demo_data")
            first = _snapshot()
        yield first


@pytest.mark.django_db
def test_demo_data_loads_twice_without_changing_anything(settings, demo_loaded):
    settings.DEBUG = True
    first = demo_loaded
    call_command("load_demo_data")
    assert _snapshot() == first
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
def test_each_council_has_two_years_of_synthetic_pre_proceedings_history(demo_loaded):
    from datetime import timedelta

    from django.utils import timezone

    from portal.cases.models import Case

    for authority in LocalAuthority.objects.all():
        synthetic = Period.objects.filter(child__case__authority=authority, child__case__reference__startswith="SYN-")
        assert synthetic.count() == 200
        starts = sorted(synthetic.values_list("decision_date", flat=True))
        assert starts[0] < timezone.localdate() - timedelta(days=600)  # about two years back
        # Labelled synthetic, closed, and named to no worker: no worker's home or list fills with it.
        cases = Case.objects.filter(authority=authority, reference__startswith="SYN-")
        assert not cases.filter(closed_at=None).exists() and not cases.filter(workers__isnull=False).exists()
        assert all(name.startswith("Synthetic family") for name in cases.values_list("family_name", flat=True))
    # Open periods come from the demo's own families (Northbrook's caseload).
    assert Period.objects.filter(child__case__authority__slug="northbrook", child__case__closed_at=None).count() >= 8


@pytest.mark.django_db
def test_demo_data_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    before = _snapshot()
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo_data")
    assert _snapshot() == before


@pytest.mark.django_db
@pytest.mark.parametrize("options", [{}, {"force": True}])
def test_demo_data_refuses_production_settings_even_when_forced(settings, options):
    settings.DEBUG = True  # even a production site run with DEBUG on by mistake
    settings.SETTINGS_MODULE = "portal.settings.production"
    before = _snapshot()
    with pytest.raises(CommandError, match="production settings") as raised:
        call_command("load_demo_data", **options)
    assert "load_national_content" in str(raised.value) and "create_council" in str(raised.value)
    assert _snapshot() == before


@pytest.mark.django_db
def test_demo_accounts_can_sign_in(client, sign_in_with_mfa, demo_loaded):
    from portal.demo.management.commands.load_demo_data import DEMO_PASSWORD

    # Staff use MFA: the password, then a code from the published demo authenticator secret.
    response = sign_in_with_mfa(client, "editor@northbrook.example", DEMO_PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_every_account_the_readme_lists_exists_and_the_legal_checker_reaches_the_report(
    client, sign_in_with_mfa, demo_loaded
):
    import re
    from pathlib import Path

    from django.contrib.auth import get_user_model

    from portal.demo.management.commands.load_demo_data import DEMO_PASSWORD

    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text()
    table = readme.split("### Demo accounts", 1)[1].split("\n\n", 3)[2]
    listed = re.findall(r"^\| `([^`]+@[^`]+)` \|", table, flags=re.M)
    assert "legal.checker@guidance.example" in listed and len(listed) >= 14
    existing = set(get_user_model().objects.filter(email__in=listed).values_list("email", flat=True))
    assert existing == set(listed)

    response = sign_in_with_mfa(client, "legal.checker@guidance.example", DEMO_PASSWORD)
    assert response.status_code == 302
    report = client.get("/admin/reports/guidance/legal-check/")
    assert report.status_code == 200
    assert "Never checked" in report.content.decode()
