"""`manage.py load_national_content`: adds what is missing, updates what only it has written, never
overwrites an editor's change, and changes nothing when run again."""

import copy

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision

from cms.glossary.models import GlossaryTerm
from cms.guidance import seed
from cms.guidance.models import GuidePage, GuideSectionPage
from cms.guidance.national_content import national_content_load
from portal.demo import builders
from tests.cms.guidance.conftest import GUIDES, SECTIONS

TERMS = [
    {"term": "care order", "meaning": "A court order that gives the council a say in your child's care."},
    {"term": "threshold", "meaning": "What the court must be sure of before it makes an order.", "avoid": True},
]


def load(*, sections=SECTIONS, guides=GUIDES, terms=TERMS):
    return national_content_load(sections=sections, guides=guides, glossary_terms=terms)


def state():
    """Every page, term and revision: a run that changes nothing leaves this as it was."""
    return (
        list(Page.objects.order_by("pk").values_list("pk", "latest_revision_id", "live")),
        list(GlossaryTerm.objects.order_by("pk").values_list("pk", "latest_revision_id")),
        Revision.objects.count(),
    )


def guide(slug="free-legal-advice"):
    return GuidePage.objects.get(slug=slug, alias_of__isnull=True)


def guides_with(slug, **changes):
    guides = copy.deepcopy(GUIDES)
    for spec in guides:
        if spec["slug"] == slug:
            spec.update(changes)
    return guides


@pytest.fixture
def loaded(db):
    return load()


def test_the_first_run_adds_the_pages_terms_and_services_and_publishes_them(loaded):
    assert "Free legal advice (/national-guidance/pre-proceedings/free-legal-advice/)" in loaded.added
    assert "care order (glossary)" in loaded.added
    assert loaded.services_added > 0
    assert loaded.updated == [] and loaded.left_alone == []
    assert guide().live and GuideSectionPage.objects.get(slug="going-to-court").live


def test_a_second_run_changes_nothing(loaded):
    before = state()
    report = load()
    assert report.changed_nothing and report.left_alone == []
    assert state() == before


def test_a_page_only_the_seed_wrote_is_updated_to_the_new_seed_text(loaded, authority_a, client):
    body = [("text", "<p>Call a solicitor today. Show them the letter. You do not pay.</p>")]
    report = load(guides=guides_with("free-legal-advice", summary="Free advice from a solicitor.", body=body))
    assert report.updated == ["Free legal advice (/national-guidance/pre-proceedings/free-legal-advice/)"]
    assert report.added == [] and report.left_alone == []
    assert guide().summary == "Free advice from a solicitor."
    # Councils' sites show the new text at once (their copies are aliases).
    page = client.get("/pre-proceedings/free-legal-advice/", HTTP_HOST="localhost").content.decode()
    assert "Call a solicitor today." in page
    # And the run after that changes nothing again.
    before = state()
    assert load(
        guides=guides_with("free-legal-advice", summary="Free advice from a solicitor.", body=body)
    ).changed_nothing
    assert state() == before


def test_an_editors_change_survives_a_new_seed_text_and_is_reported(loaded):
    editor = builders.user_get_or_build(email="editor@national.example")
    page = guide()
    page.summary = "An editor's own summary."
    page.save_revision(user=editor).publish()
    before = state()

    report = load(guides=guides_with("free-legal-advice", summary="The seed's new summary."))

    assert guide().summary == "An editor's own summary."
    assert report.left_alone == ["Free legal advice (/national-guidance/pre-proceedings/free-legal-advice/)"]
    assert report.changed_nothing
    assert state() == before


def test_an_editors_draft_is_never_overwritten(loaded):
    editor = builders.user_get_or_build(email="editor@national.example")
    page = guide()
    page.summary = "A draft not published yet."
    page.save_revision(user=editor)
    load(guides=guides_with("free-legal-advice", summary="The seed's new summary."))
    page = guide()
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().summary == "A draft not published yet."
    assert page.summary != "The seed's new summary."


def test_a_glossary_term_an_editor_changed_is_kept_and_reported(loaded):
    editor = builders.user_get_or_build(email="editor@national.example")
    term = GlossaryTerm.objects.get(slug="care-order")
    term.meaning = "An editor's meaning."
    term.save()
    term.save_revision(user=editor).publish()
    terms = [{**TERMS[0], "meaning": "The seed's new meaning."}, TERMS[1]]
    report = load(terms=terms)
    assert GlossaryTerm.objects.get(slug="care-order").meaning == "An editor's meaning."
    assert report.left_alone == ["care order (glossary)"]


def test_the_command_prints_a_summary_and_names_what_it_left_alone(db, monkeypatch, capsys):
    monkeypatch.setattr(seed, "seed_content", lambda: (SECTIONS, GUIDES))
    monkeypatch.setattr("cms.guidance.content.glossary.TERMS", TERMS)
    call_command("load_national_content")
    assert "added: Care proceedings (/national-guidance/going-to-court/care-proceedings/)" in capsys.readouterr().out
    editor = builders.user_get_or_build(email="editor@national.example")
    page = guide("care-proceedings")
    page.title = "Care proceedings: the court case"
    page.save_revision(user=editor).publish()

    call_command("load_national_content")

    out = capsys.readouterr().out
    assert (
        "left alone: changed by an editor: Care proceedings: the court case "
        "(/national-guidance/going-to-court/care-proceedings/)" in out
    )
    assert "National content: 0 added, 0 updated, 1 left alone, 0 national services added." in out
