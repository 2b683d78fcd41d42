"""LA-scoped editing: an LA's editors change their own LA's directory, and nothing else."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.urls.resolvers import URLPattern

from cms.directory.models import FamilySupportTeam, Organisation, Service
from cms.directory.permissions import NATIONAL_EDITORS_GROUP, service_permission_policy
from portal.demo import builders

from .builders import admin_client_for, organisation_build, service_build


def edit_url(service):
    return reverse("wagtailsnippets_directory_service:edit", args=[service.pk])


def test_the_national_content_editors_group_exists_and_can_reach_the_admin(db):
    group = Group.objects.get(name=NATIONAL_EDITORS_GROUP)
    assert group.permissions.filter(codename="access_admin").exists()


def test_la_editor_can_edit_own_las_service(client, editor_a, services):
    admin = admin_client_for(client, editor_a)
    service = services["solicitor_a"]
    assert admin.get(edit_url(service)).status_code == 200
    assert service_permission_policy.user_has_permission_for_instance(editor_a, "change", service)


def test_la_editor_gets_404_for_another_las_and_national_services(client, editor_a, services):
    admin = admin_client_for(client, editor_a)
    assert admin.get(edit_url(services["solicitor_b"])).status_code == 404
    assert admin.get(edit_url(services["advice_line"])).status_code == 404
    response = admin.post(edit_url(services["solicitor_b"]), {"name": "Taken over"})
    assert response.status_code == 404
    assert Service.objects.get(pk=services["solicitor_b"].pk).name == "Bramley Children Law Solicitors"


def test_national_editor_edits_national_services_only(client, national_editor, services):
    admin = admin_client_for(client, national_editor)
    assert admin.get(edit_url(services["advice_line"])).status_code == 200
    assert admin.get(edit_url(services["solicitor_a"])).status_code == 404


def test_a_moderator_counts_as_an_editor_of_their_la(client, moderator_b, services):
    admin = admin_client_for(client, moderator_b)
    assert admin.get(edit_url(services["solicitor_b"])).status_code == 200
    assert admin.get(edit_url(services["solicitor_a"])).status_code == 404


def test_a_service_for_two_las_is_edited_only_by_someone_who_edits_both(
    client, authority_a, authority_b, editor_a, moderator_b
):
    shared = service_build("Shared", authorities=[authority_a, authority_b])
    assert admin_client_for(client, editor_a).get(edit_url(shared)).status_code == 404
    moderator_b.groups.add(Group.objects.get(name=f"{authority_a.name} editors"))
    assert admin_client_for(client, moderator_b).get(edit_url(shared)).status_code == 200


def test_every_url_about_one_service_is_404_out_of_scope(client, editor_a, services):
    """Not just edit: delete, history, revisions, preview, usage... every route Wagtail has."""
    admin = admin_client_for(client, editor_a)
    other = services["solicitor_b"]
    revision = other.save_revision()
    checked = []
    for pattern in Service.snippet_viewset.get_urlpatterns():
        if not isinstance(pattern, URLPattern) or "pk" not in pattern.pattern.regex.groupindex:
            continue
        kwargs = {"pk": other.pk}
        for name in pattern.pattern.regex.groupindex:
            if name == "revision_id":
                kwargs[name] = revision.pk
            elif name in ("revision_id_a", "revision_id_b"):
                kwargs[name] = "earliest" if name.endswith("a") else "latest"
            elif name not in kwargs:
                kwargs[name] = 1
        url = reverse(Service.snippet_viewset.get_url_name(pattern.name), kwargs=kwargs)
        assert admin.get(url).status_code == 404, url
        assert admin.post(url).status_code == 404, url
        checked.append(pattern.name)
    assert {"edit", "delete", "history", "usage", "revisions_revert", "unpublish", "preview_on_edit"} <= set(checked)
    assert Service.objects.filter(pk=other.pk, live=True).exists()


def test_listing_shows_only_what_the_editor_may_edit(client, editor_a, services):
    admin = admin_client_for(client, editor_a)
    html = admin.get(reverse("wagtailsnippets_directory_service:list")).content.decode()
    assert "Ashford Children Law Solicitors" in html
    assert "Bramley Children Law Solicitors" not in html
    assert "Family Rights advice line" not in html


def test_people_outside_the_directory_groups_cannot_edit_anything(client, authority_a, services):
    worker = builders.staff_get_or_build(authority=authority_a, email="worker@la-a.example", role="worker")
    admin = admin_client_for(client, worker)
    assert admin.get(edit_url(services["solicitor_a"])).status_code == 404
    assert not service_permission_policy.user_has_permission(worker, "add")


def _service_form(organisation, **extra):
    data = {
        "name": "New local solicitors",
        "organisation": organisation.pk,
        "description": "Children law.",
        "eligibility": "Parents.",
        "status": "active",
        "url": "https://example.org/new",
        "email": "",
        "phones-TOTAL_FORMS": "1",
        "phones-INITIAL_FORMS": "0",
        "phones-MIN_NUM_FORMS": "0",
        "phones-MAX_NUM_FORMS": "1000",
        "phones-0-number": "01632 960 555",
        "phones-0-description": "Reception",
        "phones-0-ORDER": "1",
        "phones-0-DELETE": "",
        "schedules-TOTAL_FORMS": "1",
        "schedules-INITIAL_FORMS": "0",
        "schedules-MIN_NUM_FORMS": "0",
        "schedules-MAX_NUM_FORMS": "1000",
        "schedules-0-byday": ["MO", "TU", "WE", "TH", "FR"],
        "schedules-0-opens_at": "09:00",
        "schedules-0-closes_at": "17:00",
        "schedules-0-ORDER": "1",
        "schedules-0-DELETE": "",
        "schedule_description": "",
        "cost": "legal_aid",
        "languages": "",
        "accessibility": "",
        "assured_date": "2026-01-05",
        "assurer_email": "me@example.org",
        "action-publish": "action-publish",
    }
    data.update(extra)
    return data


def test_a_new_service_by_an_la_editor_belongs_to_their_la(client, authority_a, authority_b, editor_a):
    admin = admin_client_for(client, editor_a)
    organisation = organisation_build("Local firm", authority_a)
    # The area is filled in and fixed; even a hand-made request naming LA-B is overruled.
    response = admin.post(
        reverse("wagtailsnippets_directory_service:add"), _service_form(organisation, authorities=[authority_b.pk])
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    service = Service.objects.get(name="New local solicitors")
    assert list(service.authorities.all()) == [authority_a]
    assert service.live
    assert [row.byday for row in service.schedules.all()] == ["MO,TU,WE,TH,FR"]
    assert service.phones.get().number == "01632 960 555"


def test_an_editor_of_two_las_cannot_choose_a_third_or_national(client, authority_a, authority_b, editor_a):
    third = builders.authority_get_or_build(
        name="Third Test Council", slug="la-c", brand_colour="#1d70b8", hostname="la-c.localhost"
    )
    editor_a.groups.add(Group.objects.get(name=f"{authority_b.name} editors"))
    admin = admin_client_for(client, editor_a)
    organisation = organisation_build("Firm")
    url = reverse("wagtailsnippets_directory_service:add")
    response = admin.post(url, _service_form(organisation, authorities=[third.pk]))
    assert response.status_code == 200  # the form again, with an error
    response = admin.post(url, _service_form(organisation))
    assert response.status_code == 200
    assert "Only national content editors can add national entries" in response.content.decode()
    assert not Service.objects.exists()
    response = admin.post(url, _service_form(organisation, authorities=[authority_b.pk]))
    assert response.status_code == 302
    assert list(Service.objects.get().authorities.all()) == [authority_b]


def test_a_national_editor_adds_national_services(client, national_editor):
    admin = admin_client_for(client, national_editor)
    organisation = organisation_build("National charity")
    response = admin.post(reverse("wagtailsnippets_directory_service:add"), _service_form(organisation))
    assert response.status_code == 302
    assert Service.objects.get().is_national


def test_an_la_editor_cannot_use_another_las_organisation(client, authority_b, editor_a):
    admin = admin_client_for(client, editor_a)
    theirs = organisation_build("Bramley firm", authority_b)
    response = admin.post(reverse("wagtailsnippets_directory_service:add"), _service_form(theirs))
    assert response.status_code == 200
    assert not Service.objects.exists()


@pytest.mark.parametrize(
    ("model", "url_name"),
    [
        (Organisation, "wagtailsnippets_directory_organisation"),
        (FamilySupportTeam, "wagtailsnippets_directory_familysupportteam"),
    ],
)
def test_organisations_and_family_support_teams_are_scoped_the_same_way(
    client, authority_a, authority_b, editor_a, national_editor, model, url_name
):
    if model is Organisation:
        own, other = organisation_build("Own", authority_a), organisation_build("Other", authority_b)
    else:
        fields = {"phone": "01632 960 600", "hours": "9 to 5", "what_they_do": "Help."}
        own = FamilySupportTeam.objects.create(authority=authority_a, team_name="Own team", **fields)
        other = FamilySupportTeam.objects.create(authority=authority_b, team_name="Other team", **fields)
    admin = admin_client_for(client, editor_a)
    assert admin.get(reverse(f"{url_name}:edit", args=[own.pk])).status_code == 200
    assert admin.get(reverse(f"{url_name}:edit", args=[other.pk])).status_code == 404
    national = admin_client_for(client, national_editor)
    assert national.get(reverse(f"{url_name}:edit", args=[own.pk])).status_code == 404


def test_an_la_editor_sets_up_their_family_support_team_for_their_own_la(client, authority_a, authority_b, editor_a):
    admin = admin_client_for(client, editor_a)
    response = admin.post(
        reverse("wagtailsnippets_directory_familysupportteam:add"),
        {
            "authority": authority_b.pk,  # overruled: the field is fixed to their LA
            "team_name": "Ashford family support team",
            "phone": "01632 960 610",
            "email": "",
            "hours": "Monday to Friday, 9am to 5pm",
            "what_they_do": "We help.",
        },
    )
    assert response.status_code == 302
    assert FamilySupportTeam.objects.get().authority == authority_a


def test_the_add_form_shows_an_la_editor_their_fixed_area(client, authority_a, editor_a):
    admin = admin_client_for(client, editor_a)
    response = admin.get(reverse("wagtailsnippets_directory_service:add"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Only Ashford Test Council: you edit its directory." in html
    assert "Bramley Test Council" not in html


def test_an_la_editor_saves_a_draft_that_families_do_not_see_until_published(
    client, authority_a, editor_a, directory_page_a
):
    admin = admin_client_for(client, editor_a)
    data = _service_form(organisation_build("Local firm", authority_a))
    del data["action-publish"]
    assert admin.post(reverse("wagtailsnippets_directory_service:add"), data).status_code == 302
    service = Service.objects.get(name="New local solicitors")
    assert not service.live
    assert "New local solicitors" not in Client().get("/directory/").content.decode()
