"""One national guidance, many LA sites: aliases follow the national pages, and LA staff cannot
change them (they edit only their own pages)."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from cms.guidance.models import GuidePage, GuideSectionPage
from cms.guidance.sharing import national_guidance_share
from cms.standard.models import StandardPage
from portal.demo import builders

GUIDE_URL = "/pre-proceedings/letter-before-proceedings/"


def national_guide(slug="letter-before-proceedings"):
    return GuidePage.objects.get(slug=slug, alias_of__isnull=True)


def national_section(slug="pre-proceedings"):
    return GuideSectionPage.objects.get(slug=slug, alias_of__isnull=True)


def la_copy(page, authority):
    return Page.objects.descendant_of(authority.site.root_page).get(alias_of=page)


def new_national_guide(*, slug="court-dates", title="Court dates", section=None):
    section = section or national_section()
    guide = section.add_child(
        instance=GuidePage(
            title=title,
            slug=slug,
            summary="When you need to go to court.",
            body=[{"type": "text", "value": "<p>Your solicitor tells you the dates.</p>"}],
            live=False,
        )
    )
    guide.save_revision().publish()
    return guide


def test_each_la_site_serves_the_national_guide_at_its_own_address(client, national_two_las, authority_a, authority_b):
    guide = national_guide()
    for authority, host in ((authority_a, "localhost"), (authority_b, "la-b.localhost")):
        copy = la_copy(guide, authority)
        assert copy.url_path == f"/{authority.slug}{GUIDE_URL}"
        response = client.get(GUIDE_URL, HTTP_HOST=host)
        assert response.status_code == 200
        assert authority.name in response.content.decode()


def test_publishing_a_change_to_the_national_guide_updates_every_la(client, national_two_las):
    guide = national_guide()
    guide.summary = "A new, clearer summary."
    guide.save_revision().publish()
    for host in ("localhost", "la-b.localhost"):
        assert "A new, clearer summary." in client.get(GUIDE_URL, HTTP_HOST=host).content.decode()


def test_a_draft_national_guide_appears_on_la_sites_only_when_published(client, national_two_las):
    section = national_section()
    draft = section.add_child(
        instance=GuidePage(
            title="Court dates",
            slug="court-dates",
            summary="When you need to go to court.",
            body=[{"type": "text", "value": "<p>Your solicitor tells you the dates.</p>"}],
            live=False,
        )
    )
    draft.save_revision()
    assert client.get("/pre-proceedings/court-dates/").status_code == 404
    draft.get_latest_revision().publish()
    for host in ("localhost", "la-b.localhost"):
        response = client.get("/pre-proceedings/court-dates/", HTTP_HOST=host)
        assert response.status_code == 200
        assert "Your solicitor tells you the dates." in response.content.decode()


def test_a_new_national_section_appears_with_its_guides(client, national_two_las):
    section = national_two_las.add_child(
        instance=GuideSectionPage(title="After court", slug="after-court-section", live=False)
    )
    section.save_revision().publish()
    new_national_guide(slug="after-court", title="After court", section=section)
    for host in ("localhost", "la-b.localhost"):
        assert client.get("/after-court-section/", HTTP_HOST=host).status_code == 200
        assert client.get("/after-court-section/after-court/", HTTP_HOST=host).status_code == 200


def test_sharing_is_safe_to_repeat_and_reaches_a_new_la(client, national, authority_a):
    assert national_guidance_share(authority=authority_a) == []
    authority_c = builders.authority_get_or_build(
        name="Carfield Test Council", slug="la-c", brand_colour="#1d70b8", hostname="la-c.localhost"
    )
    # Setting up an LA shares the national guidance with it straight away, so there is nothing left to do.
    assert national_guidance_share(authority=authority_c) == []
    assert client.get(GUIDE_URL, HTTP_HOST="la-c.localhost").status_code == 200
    # The caller's home page object still knows its children, so adding an LA page works.
    builders.standard_page_get_or_build(
        home=authority_c.site.root_page, slug="contact", title="Contact", purpose="contact", paragraphs=["Call us."]
    )


def test_a_national_guide_moved_to_another_section_moves_on_every_site(client, national, authority_a):
    guide = national_guide("free-legal-advice")
    guide.move(national_section("going-to-court"), pos="last-child")
    assert la_copy(guide, authority_a).get_parent().specific.slug == "going-to-court"
    assert client.get("/going-to-court/free-legal-advice/").status_code == 200
    # Wagtail's redirects app sends the old address on to the new one.
    old = client.get("/pre-proceedings/free-legal-advice/")
    assert old.status_code == 301
    assert old.url.endswith("/going-to-court/free-legal-advice/")


def test_deleting_a_national_guide_deletes_its_la_copies(client, national):
    guide = national_guide("free-legal-advice")
    guide.delete()
    assert not Page.objects.filter(slug="free-legal-advice").exists()
    assert client.get("/pre-proceedings/free-legal-advice/").status_code == 404


# What LA staff may do in the admin


def _admin(client, user):
    client.force_login(user)
    return client


def test_an_la_editor_cannot_edit_or_convert_the_national_alias(client, national, authority_a, la_a_editor):
    copy = la_copy(national_guide(), authority_a)
    client = _admin(client, la_a_editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[copy.pk]))
    assert response.status_code == 302
    response = client.post(reverse("wagtailadmin_pages:convert_alias", args=[copy.pk]))
    assert response.status_code == 302
    response = client.post(reverse("wagtailadmin_pages:edit", args=[copy.pk]), {"title": "Changed"})
    assert response.status_code in (302, 405)

    copy.refresh_from_db()
    assert copy.alias_of_id == national_guide().pk
    assert copy.title == "The letter before proceedings"
    # Nor may they edit the national original.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[national_guide().pk])).status_code != 200
    assert not national_guide().permissions_for_user(la_a_editor).can_edit()


def test_an_la_moderator_cannot_unpublish_move_or_delete_the_national_alias(
    client, national, authority_a, la_a_moderator
):
    copy = la_copy(national_guide(), authority_a)
    client = _admin(client, la_a_moderator)
    assert client.post(reverse("wagtailadmin_pages:unpublish", args=[copy.pk])).status_code == 302
    assert client.post(reverse("wagtailadmin_pages:delete", args=[copy.pk])).status_code in (302, 403)
    home = authority_a.site.root_page
    move_url = reverse("wagtailadmin_pages:move_confirm", args=[copy.pk, home.pk])
    assert client.post(move_url).status_code in (302, 403)
    copy.refresh_from_db()
    assert copy.live
    assert copy.get_parent().specific.slug == "pre-proceedings"


def test_an_la_editor_cannot_add_pages_under_a_national_alias(client, national, authority_a, la_a_editor):
    section_copy = la_copy(national_section(), authority_a)
    client = _admin(client, la_a_editor)
    response = client.get(reverse("wagtailadmin_pages:add", args=["guidance", "guidepage", section_copy.pk]))
    assert response.status_code in (302, 403)


@pytest.fixture
def contact_pages(authority_a, authority_b):
    return {
        authority.slug: builders.standard_page_get_or_build(
            home=Page.objects.get(pk=authority.site.root_page_id),
            slug="contact",
            title="Contact",
            purpose=StandardPage.Purpose.CONTACT,
            paragraphs=["Phone us."],
        )
        for authority in (authority_a, authority_b)
    }


def test_an_la_editor_edits_their_own_pages_but_not_another_las(client, national, contact_pages, la_a_editor):
    client = _admin(client, la_a_editor)
    own, other = contact_pages["la-a"], contact_pages["la-b"]
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own.pk])).status_code == 200
    home_edit = client.get(reverse("wagtailadmin_pages:edit", args=[own.get_parent().pk]))
    assert home_edit.status_code == 200
    assert "Ways in" in home_edit.content.decode()
    assert own.permissions_for_user(la_a_editor).can_edit()
    assert client.get(reverse("wagtailadmin_pages:edit", args=[other.pk])).status_code != 200
    assert not other.permissions_for_user(la_a_editor).can_edit()


def test_the_councils_page_list_marks_its_copies_of_national_pages_as_read_only(
    client, national, authority_a, la_a_editor
):
    client.force_login(la_a_editor)
    html = client.get(reverse("wagtailadmin_explore", args=[authority_a.site.root_page_id])).content.decode()
    assert "Pre-proceedings · national page, read only" in html
    # The council's own pages carry no such mark.
    assert "A to Z · national page" not in html and "What words mean · national page" not in html
