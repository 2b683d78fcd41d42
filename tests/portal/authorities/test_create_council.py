"""`manage.py create_council`: a working council site from one command, harmless to run twice, and
nothing changed by bad input."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from cms.guidance.national_content import national_content_load
from cms.standard.models import StandardPage
from portal.audit.models import AccessLogEntry
from portal.authorities.models import LocalAuthority, StaffMembership
from portal.authorities.roles import editor_group_name, moderator_group_name
from tests.cms.guidance.conftest import GUIDES, SECTIONS
from tests.conftest import kept_for_the_module

HOST = "eastfield.localhost"
COUNCIL = {
    "name": "Eastfield Council",
    "slug": "eastfield",
    "hostname": HOST,
    "brand_colour": "#00703c",
    "admin_email": "Lead@Eastfield.example",
}


def create_council(**changes):
    options = {**COUNCIL, **changes}
    args = [f"--{key.replace('_', '-')}={value}" for key, value in options.items()]
    call_command("create_council", *args)


def state():
    return (
        LocalAuthority.objects.count(),
        Site.objects.count(),
        list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id")),
        Group.objects.count(),
        get_user_model().objects.count(),
        AccessLogEntry.objects.count(),
    )


@pytest.fixture(scope="module")
def _national_for_the_module(django_db_setup, django_db_blocker):
    """A little national guidance, loaded once for the module and rolled back after it."""
    with kept_for_the_module(django_db_blocker):
        with django_db_blocker.unblock():
            national_content_load(sections=SECTIONS, guides=GUIDES, glossary_terms=[])
        yield


@pytest.fixture
def national(_national_for_the_module, db):
    return None


def test_a_new_council_gets_a_working_site_with_the_national_guides(
    client, national, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        create_council()

    authority = LocalAuthority.objects.get(slug="eastfield")
    home = client.get("/", HTTP_HOST=HOST)
    assert home.status_code == 200
    assert "Eastfield Council" in home.content.decode()
    assert "We have to go to court" in home.content.decode()  # a way in to the shared guides
    guide = client.get("/pre-proceedings/letter-before-proceedings/", HTTP_HOST=HOST)
    assert guide.status_code == 200
    assert "Eastfield Council" in guide.content.decode()
    assert client.get("/what-words-mean/", HTTP_HOST=HOST).status_code == 200
    assert client.get("/directory/", HTTP_HOST=HOST).status_code == 200
    privacy = StandardPage.objects.child_of(authority.site.root_page).get(purpose=StandardPage.Purpose.PRIVACY)
    assert "To be written by the council" in client.get(privacy.url, HTTP_HOST=HOST).content.decode()
    # Its editors and moderators have groups of their own.
    assert Group.objects.filter(name__in=[editor_group_name(authority), moderator_group_name(authority)]).count() == 2
    # The first LA admin, invited with the normal staff invitation to the council's own address.
    membership = StaffMembership.objects.get(authority=authority)
    assert membership.role == StaffMembership.Role.ADMIN and membership.user.email == "lead@eastfield.example"
    assert not membership.user.has_usable_password() and not membership.user.is_superuser
    assert [message.to for message in mail.outbox] == [["lead@eastfield.example"]]
    assert f"https://{HOST}/accounts/login/code/" in mail.outbox[0].body
    assert AccessLogEntry.objects.filter(action="staff_create", actor_label="system:create_council").exists()


def test_running_it_twice_changes_nothing_and_says_so(national, capsys):
    create_council()
    before = state()
    create_council()
    assert "already set up: nothing was changed" in capsys.readouterr().out
    assert state() == before


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"hostname": "taken.localhost"}, "Another site already answers to taken.localhost"),
        ({"brand_colour": "#ffdd00"}, "White text on this colour is too hard to read"),
        ({"brand_colour": "green"}, "Enter a colour as # followed by six hex digits"),
        ({"admin_email": "not an email"}, "--admin-email"),
        ({"admin_email": "taken@eastfield.example"}, "An account already uses this email address"),
    ],
)
def test_bad_input_gets_a_clear_message_and_changes_nothing(national, changes, message):
    from portal.demo import builders

    builders.authority_get_or_build(
        name="Taken Council", slug="taken", brand_colour="#00703c", hostname="taken.localhost"
    )
    builders.user_get_or_build(email="taken@eastfield.example")
    before = state()
    with pytest.raises(CommandError, match=message) as raised:
        create_council(**changes)
    assert "Nothing was changed." in str(raised.value)
    assert state() == before
    assert not LocalAuthority.objects.filter(slug="eastfield").exists()
