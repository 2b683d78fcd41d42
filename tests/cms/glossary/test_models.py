"""Glossary terms are drafted, reviewed and published; the A to Z page shows only what is live."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from cms.glossary.models import GlossaryPage, GlossaryTerm
from cms.glossary.seed import glossary_page_ensure, glossary_terms_load
from cms.glossary.selectors import glossary_terms_live
from cms.guidance.models import NationalGuidancePage
from cms.home.models import HomePage
from portal.demo import builders


@pytest.fixture
def superuser(db):
    user = builders.user_get_or_build(email="super@example.org", password="Portal-test-2026")
    user.is_superuser = True
    user.save()
    builders.totp_get_or_build(user=user)  # staff screens need a second factor
    return user


def test_glossary_page_lives_under_a_home_or_the_national_guidance_and_has_no_children():
    # The parents must also list "glossary.GlossaryPage" in their subpage_types for editors to add one.
    assert set(GlossaryPage.clean_parent_page_models()) == {HomePage, NationalGuidancePage}
    assert GlossaryPage.allowed_subpage_models() == []
    assert GlossaryPage.max_count_per_parent == 1


def test_a_term_made_in_the_admin_is_a_draft_until_published(client, superuser, guardian):
    client.force_login(superuser)
    edit_url = f"/admin/snippets/glossary/glossaryterm/edit/{guardian.pk}/"
    assert client.get(edit_url).status_code == 200
    form = {
        "term": guardian.term,
        "slug": guardian.slug,
        "meaning": "A new meaning, waiting for review.",
        "meaning_young": guardian.meaning_young,
        "also": guardian.also,
    }
    assert client.post(edit_url, form).status_code == 302
    guardian.refresh_from_db()
    assert guardian.has_unpublished_changes
    assert guardian.latest_revision.content["meaning"] == "A new meaning, waiting for review."
    assert [t.meaning for t in glossary_terms_live()] == [guardian.meaning]  # readers still see the old one
    assert "waiting for review" not in guardian.meaning

    assert client.post(edit_url, {**form, "action-publish": "publish"}).status_code == 302
    assert [t.meaning for t in glossary_terms_live()] == ["A new meaning, waiting for review."]


def test_a_new_term_in_the_admin_starts_as_a_draft(client, superuser):
    client.force_login(superuser)
    response = client.post(
        "/admin/snippets/glossary/glossaryterm/add/",
        {"term": "Public Law Outline", "slug": "", "meaning": "The rules for care cases.", "also": "PLO"},
    )
    assert response.status_code == 302
    term = GlossaryTerm.objects.get()
    assert term.slug == "public-law-outline"
    assert not term.live
    assert glossary_terms_live() == []


def test_the_admin_search_finds_terms_by_their_other_forms(client, superuser, guardian):
    client.force_login(superuser)
    html = client.get("/admin/snippets/glossary/glossaryterm/", {"q": "guardians"}).content.decode()
    assert "children&#x27;s guardian" in html or "children's guardian" in html


def test_a_form_already_used_by_another_term_is_refused(guardian):
    clash = GlossaryTerm(term="guardian ad litem", meaning="Old words.", also="Guardian")
    with pytest.raises(ValidationError) as error:
        clash.full_clean()
    assert "also" in error.value.message_dict


def test_the_a_to_z_page_groups_live_terms_by_letter(client, glossary_page, guardian, term_live, term_draft):
    term_live("care order", "A court order that gives the council parental responsibility.", avoid=True)
    term_live("26 weeks", "How long the court aims to take.")
    term_draft("contact", "Time with family.")
    html = client.get("/what-words-mean/").content.decode()
    assert 'href="#letter-c"' in html and 'id="letter-c"' in html
    assert 'id="term-childrens-guardian"' in html and 'id="term-care-order"' in html
    assert 'id="letter-other"' in html and 'id="term-26-weeks"' in html
    assert html.index('id="term-care-order"') < html.index('id="term-childrens-guardian"')
    assert 'Z<span class="govuk-visually-hidden"> (no words)</span>' in html
    assert 'href="#letter-z"' not in html
    assert "term-contact" not in html  # drafts never show
    assert "You can ask them to say it in plain words." in html  # the avoid word's note


def test_the_a_to_z_page_shows_young_peoples_meanings_on_request(client, glossary_page, guardian):
    grown_up = client.get("/what-words-mean/").content.decode()
    assert "An independent social worker from Cafcass" in grown_up
    assert 'href="/what-words-mean/?for=young-people"' in grown_up
    young = client.get("/what-words-mean/", {"for": "young-people"}).content.decode()
    assert "Someone who makes sure the judge knows what you think." in young
    assert "An independent social worker from Cafcass" not in young
    assert 'href="/what-words-mean/"' in young


def test_seeding_twice_changes_nothing(home):
    terms = [
        {"term": "judge", "meaning": "Decides.", "meaning_young": "", "avoid": False, "also": ["judges"]},
        {"term": "threshold", "meaning": "The legal test.", "meaning_young": "", "avoid": True, "also": []},
    ]
    first = glossary_terms_load(terms)
    page = glossary_page_ensure(parent=home)
    second = glossary_terms_load(terms)
    assert [t.pk for t in first] == [t.pk for t in second]
    assert glossary_page_ensure(parent=home).pk == page.pk
    assert GlossaryTerm.objects.filter(live=True).count() == 2
    assert GlossaryTerm.objects.get(slug="judge").also == "judges"
    assert all(t.revisions.count() == 1 for t in GlossaryTerm.objects.all())
    assert Page.objects.type(GlossaryPage).live().count() == 1


def test_the_projects_glossary_seed_loads_every_term(db):
    from cms.glossary.seed import glossary_seed
    from cms.guidance.content.glossary import TERMS

    glossary_seed()
    assert GlossaryTerm.objects.filter(live=True).count() == len(TERMS)
