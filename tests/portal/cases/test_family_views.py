"""What a family member sees: stage in their words, the timeline, the guide link, downloads."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, strip_tags

from cms.standard.models import StandardPage
from portal.cases.services import case_stage_change, key_date_save
from portal.cases.stages import STAGES
from portal.demo import builders
from portal.demo.pdf import make_pdf
from portal.documents.models import DocumentRecipient
from portal.documents.services import document_add_version


@pytest.mark.django_db
def test_download_is_an_uncached_attachment_and_records_the_first_opening(client, world):
    client.force_login(world.p1.user)
    receipt = DocumentRecipient.objects.get(document=world.d1, participant=world.p1)
    assert receipt.first_opened_at is None

    response = client.get(reverse("family:document_download", args=[world.a1.public_id, world.d1.public_id]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=UTF-8''D1%20letter.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    receipt.refresh_from_db()
    assert receipt.first_opened_at is not None
    first = receipt.first_opened_at

    client.get(reverse("family:document_download", args=[world.a1.public_id, world.d1.public_id]))
    receipt.refresh_from_db()
    assert receipt.first_opened_at == first  # the receipt keeps the first time


@pytest.mark.django_db
def test_documents_show_as_new_until_opened(client, world):
    client.force_login(world.p1.user)
    case_url = reverse("family:case", args=[world.a1.public_id])
    assert "You have 1 new document." in client.get(case_url).content.decode()
    client.get(reverse("family:document_download", args=[world.a1.public_id, world.d1.public_id]))
    html = client.get(case_url).content.decode()
    assert "new document" not in html
    assert "Opened" in html


@pytest.mark.django_db
def test_a_new_version_of_an_opened_document_shows_as_updated_and_new(client, world):
    client.force_login(world.p1.user)
    case_url = reverse("family:case", args=[world.a1.public_id])
    client.get(reverse("family:document_download", args=[world.a1.public_id, world.d1.public_id]))
    upload = SimpleUploadedFile("v2.pdf", make_pdf("D1 letter", ["Version 2"]))
    document_add_version(document=world.d1, uploaded_file=upload, uploaded_by=world.wa)
    html = client.get(case_url).content.decode()
    assert "Updated" in html and "Opened" not in html
    assert "You have 1 new document." in html
    client.get(reverse("family:document_download", args=[world.a1.public_id, world.d1.public_id]))
    html = client.get(case_url).content.decode()
    assert "Opened" in html and "Updated" not in html and "new document" not in html


@pytest.mark.django_db
def test_timeline_shows_stage_history_and_past_dates_newest_first_and_upcoming_dates_apart(client, world):
    now = timezone.now()
    world.a1.stage_changes.update(changed_at=now - timedelta(days=20))  # when the letter was sent
    case_stage_change(
        case=world.a1,
        stage="pre_proceedings_meeting",
        changed_by=world.wa,
        note="We agreed a plan together.",
        changed_at=now - timedelta(days=5),
    )
    key_date_save(case=world.a1, saved_by=world.wa, title="First meeting", starts_at=now - timedelta(days=6))
    key_date_save(case=world.a1, saved_by=world.wa, title="Review meeting", starts_at=now + timedelta(days=9))
    client.force_login(world.p1.user)

    html = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()

    timeline = html[html.index('id="timeline"') :]
    coming_up = html[html.index('id="dates"') : html.index('id="documents"')]
    assert "Review meeting" in coming_up and "Review meeting" not in timeline
    assert timeline.index("Pre-proceedings meeting") < timeline.index("First meeting")
    assert timeline.index("First meeting") < timeline.index("Letter before proceedings sent")
    assert "We agreed a plan together." in timeline


@pytest.mark.django_db
def test_parents_and_young_people_read_the_stage_in_their_own_words(client, world):
    client.force_login(world.p1.user)
    parent_html = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    client.force_login(world.yp.user)
    young_html = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    adult, young = escape(world.a1.stage_info.summary), escape(world.a1.stage_info.summary_young)
    assert adult in parent_html and young not in parent_html
    assert young in young_html and adult not in young_html


@pytest.mark.django_db
def test_the_stage_links_to_its_guide_and_young_people_get_their_version(client, world, authority_a):
    home = authority_a.site.root_page
    for slug, title in (
        ("letter-before-proceedings", "The letter"),
        ("young-people-letter-before-proceedings", "For you"),
    ):
        builders.standard_page_get_or_build(
            home=home, slug=slug, title=title, purpose=StandardPage.Purpose.OTHER, paragraphs=["Text."]
        )
    url = reverse("family:case", args=[world.a1.public_id])  # A1 is at "letter before proceedings sent"
    client.force_login(world.p1.user)
    assert 'href="/letter-before-proceedings/"' in client.get(url).content.decode()
    client.force_login(world.yp.user)
    assert 'href="/young-people-letter-before-proceedings/"' in client.get(url).content.decode()


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_case_page_queries_stay_the_same_when_documents_and_dates_grow(client, world):
    client.force_login(world.p1.user)
    url = reverse("family:case", args=[world.a1.public_id])
    client.get(url)  # warm per-process caches (content types, site lookup)
    before = _queries(client, url)
    now = timezone.now()
    for number in range(6):
        builders.document_get_or_build(
            case=world.a1, title=f"Extra {number}", recipients=[world.p1], shared_by=world.wa
        )
        key_date_save(case=world.a1, saved_by=world.wa, title=f"Date {number}", starts_at=now + timedelta(days=number))
        case_stage_change(case=world.a1, stage="assessments", changed_by=world.wa, note=f"Note {number}")
    client.get(url)  # warm again: the new stage's guide link is looked up once, then kept (cms.core.cache)
    assert _queries(client, url) == before


@pytest.mark.django_db
def test_the_case_page_does_not_repeat_per_process_or_per_request_lookups(client, world):
    """The site, the person's staff role and the idle-timeout check cost no query on a normal view."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(world.p1.user)
    url = reverse("family:case", args=[world.a1.public_id])
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    tables = [query["sql"] for query in captured]
    assert not [sql for sql in tables if '"wagtailcore_site"' in sql]  # kept until a site changes
    assert not [sql for sql in tables if '"auth_permission"' in sql]  # staff or not: only asked when idle
    assert len([sql for sql in tables if 'FROM "authorities_staffmembership"' in sql]) == 1  # once a request
    assert len([sql for sql in tables if 'FROM "cases_keydate"' in sql]) == 1


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        ("support", "Step 1 of 6"),
        ("decision", "Step 6 of 6"),  # pre-proceedings counts up to the decision, not towards court
        ("proceedings_issued", "Step 1 of 6"),
        ("order_made", "Step 6 of 6"),
        ("stepped_down", None),  # finished without court: no count at all
    ],
)
def test_progress_counts_only_the_route_the_family_is_on(client, world, stage, expected):
    case_stage_change(case=world.a1, stage=stage, changed_by=world.wa)
    client.force_login(world.p1.user)
    html = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    stage_box = html.split('id="stage"')[1].split("</div>")[0]
    if expected is None:
        assert not re.search(r"Step \d+ of", stage_box) and "After court or without court" in stage_box
    else:
        assert expected in stage_box


def test_a_stage_recorded_again_appears_once_with_both_notes(client, world):
    now = timezone.now()
    world.a1.stage_changes.update(changed_at=now - timedelta(days=20))
    for days, note in ((9, "The assessment has started."), (3, "Your grandmother will be assessed too.")):
        case_stage_change(
            case=world.a1, stage="assessments", changed_by=world.wa, note=note, changed_at=now - timedelta(days=days)
        )
    client.force_login(world.p1.user)
    html = client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()
    timeline = html[html.index('id="timeline"') :]
    assert timeline.count('<h3 class="moj-timeline__title">Assessments and reviews</h3>') == 1
    assert timeline.index("The assessment has started.") < timeline.index("Your grandmother will be assessed too.")


def _stage_sentences(html):
    """The sentences of the stage box and "What happens next", as the reader sees them."""
    part = unescape(strip_tags(html[html.index('id="stage"') : html.index('id="dates"')]))
    return [" ".join(sentence.split()) for sentence in re.split(r"(?<=[.:])\s+", part) if sentence.strip()]


@pytest.mark.django_db
def test_another_family_member_is_never_told_that_legal_advice_is_free_for_them(client, world):
    """A gran or an aunt added as an "other family member" reads the grown-ups' stage wording. Advice
    without a means test is only for parents and anyone with parental responsibility (FACTS.md), so
    at every stage, wording that says advice is free says whom it is for."""
    gran = builders.participant_get_or_build(
        case=world.a1, email="gran@family.example", first_name="Gran", role="other"
    )
    client.force_login(gran.user)
    url = reverse("family:case", args=[world.a1.public_id])
    for stage in STAGES:
        case_stage_change(case=world.a1, stage=stage.key, changed_by=world.wa)
        sentences = _stage_sentences(client.get(url).content.decode())
        assert sentences, stage.key
        for sentence in sentences:
            if re.search(r"\bfree\b", sentence, re.IGNORECASE):
                assert "parent" in sentence.lower(), f"{stage.key}: {sentence}"
        if stage.key == "letter_sent":
            text = " ".join(sentences)
            assert "If you are a parent, or have parental responsibility, their advice is free." in text
            assert "Other family members may have to pay" in text
            assert "The meeting date is in the letter" in text and "few weeks" not in text


@pytest.mark.django_db
def test_a_young_person_is_not_told_the_judge_decides_where_they_live(client, world):
    """Under an interim care order or a care order, the council decides where a child lives; the judge
    decides whether to make the order (Children Act 1989 ss33, 38)."""
    client.force_login(world.yp.user)
    url = reverse("family:case", args=[world.a1.public_id])
    for stage in [stage for stage in STAGES if stage.key.endswith("hearing") or stage.key == "proceedings_issued"]:
        case_stage_change(case=world.a1, stage=stage.key, changed_by=world.wa)
        for sentence in _stage_sentences(client.get(url).content.decode()):
            assert not re.search(r"where you (will )?live", sentence), f"{stage.key}: {sentence}"


@pytest.mark.django_db
def test_after_the_final_hearing_a_parent_is_told_about_the_time_limit_to_appeal(client, world):
    case_stage_change(case=world.a1, stage="final_hearing", changed_by=world.wa)
    client.force_login(world.p1.user)
    text = " ".join(_stage_sentences(client.get(reverse("family:case", args=[world.a1.public_id])).content.decode()))
    assert "you need permission to appeal, usually within 21 days" in text
