"""'Was this page useful?': anonymous answers, no personal data kept, and a report for editors."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.template.loader import render_to_string
from django.test import Client, RequestFactory

from cms.feedback.models import PageFeedback
from cms.feedback.services import comment_scrub, feedback_record
from cms.feedback.views import COOKIE_NAME, DAILY_LIMIT
from cms.standard.models import StandardPage
from portal.authorities.roles import editor_group_name
from portal.demo import builders


def add_page(home, *, slug, title):
    page = home.add_child(instance=StandardPage(title=title, slug=slug))
    page.save_revision().publish()
    return page


@pytest.fixture
def guide(authority_a):
    return add_page(authority_a.site.root_page, slug="guide", title="The letter before proceedings")


@pytest.fixture
def other_la_guide(authority_b):
    return add_page(authority_b.site.root_page, slug="guide", title="Bramley's own guide")


def post(client, page, **data):
    """Post as the browser does from the page itself, with this site as the Origin."""
    return client.post(f"/feedback/{page.pk}/", data, HTTP_ORIGIN="http://testserver")


def test_a_yes_is_saved_without_personal_data_and_thanks_the_reader(client, guide):
    response = post(client, guide, useful="yes", comment="Clear and short.")
    assert response.status_code == 302
    assert response["Location"] == "/guide/?feedback=thanks#feedback"
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.useful, feedback.comment) == (guide.pk, True, "Clear and short.")
    assert type(feedback.created_at) is datetime.date  # the day only, no time
    # Nothing that could identify a person or a visit is even a column
    assert {field.name for field in PageFeedback._meta.get_fields()} == {
        "id",
        "page",
        "useful",
        "comment",
        "created_at",
    }


def test_a_no_without_a_comment_is_saved(client, guide):
    post(client, guide, useful="no")
    assert PageFeedback.objects.get().useful is False


def test_email_addresses_and_phone_numbers_are_taken_out_of_comments(client, guide):
    post(
        client,
        guide,
        useful="no",
        comment="Call me on 07700 900123 or +44 (0)20 7946 0000, or email jo.bloggs+x@example.co.uk. Week 26 of 2024.",
    )
    comment = PageFeedback.objects.get().comment
    assert "@" not in comment and "07700" not in comment and "7946" not in comment
    assert comment.count("[removed]") == 3
    assert "Week 26 of 2024." in comment  # ordinary numbers stay


def test_comment_scrub_handles_common_phone_formats():
    for phone in ["07700900123", "0808 801 0366", "(020) 7946-0000", "+447700900123", "07700.900.123"]:
        assert comment_scrub(f"ring {phone} today") == "ring [removed] today", phone


def test_a_missing_choice_is_an_error_and_nothing_is_saved(client, guide):
    response = post(client, guide, comment="I forgot to choose.")
    assert response["Location"] == "/guide/?feedback=choose#feedback"
    assert not PageFeedback.objects.exists()


def test_a_comment_that_is_too_long_is_an_error_and_nothing_is_saved(client, guide):
    response = post(client, guide, useful="yes", comment="x" * 1201)
    assert response["Location"] == "/guide/?feedback=too-long#feedback"
    assert not PageFeedback.objects.exists()


def test_posts_from_another_site_are_refused(guide):
    """No CSRF token (it would stop guides being cached); the Origin must be this site instead."""
    client = Client(enforce_csrf_checks=True)
    url = f"/feedback/{guide.pk}/"
    assert client.post(url, {"useful": "yes"}, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert client.post(url, {"useful": "yes"}).status_code == 403  # no Origin or Referer at all
    assert not PageFeedback.objects.exists()
    assert client.post(url, {"useful": "yes"}, HTTP_REFERER="http://testserver/guide/").status_code == 302
    assert PageFeedback.objects.count() == 1


def test_only_post_to_live_public_pages(client, guide):
    assert client.get(f"/feedback/{guide.pk}/").status_code == 405
    guide.unpublish()
    assert post(client, guide, useful="yes").status_code == 404
    assert client.post("/feedback/999999/", {"useful": "yes"}, HTTP_ORIGIN="http://testserver").status_code == 404
    assert not PageFeedback.objects.exists()


def test_one_browser_can_answer_at_most_twenty_times_a_day(client, guide):
    for _ in range(DAILY_LIMIT):
        post(client, guide, useful="yes")
    response = post(client, guide, useful="yes")
    assert response["Location"] == "/guide/?feedback=limit#feedback"
    assert PageFeedback.objects.count() == DAILY_LIMIT
    # The count is a signed date and number, sent back only to /feedback/; no session is made
    cookie = client.cookies[COOKIE_NAME]
    assert cookie["path"] == "/feedback/" and cookie["httponly"]
    assert settings.SESSION_COOKIE_NAME not in client.cookies
    # A cookie the server did not sign counts as none (as if cookies were cleared); others are unaffected
    client.cookies[COOKIE_NAME] = "2000-01-01:0"
    assert post(client, guide, useful="no")["Location"].endswith("feedback=thanks#feedback")
    assert post(Client(), guide, useful="no").status_code == 302
    assert PageFeedback.objects.count() == DAILY_LIMIT + 2


def render_include(page, query=""):
    request = RequestFactory().get(f"/guide/{query}", HTTP_HOST="localhost")
    return render_to_string("feedback/feedback_form.html", {"page": page}, request=request)


def test_the_form_asks_for_no_personal_details(guide):
    soup = BeautifulSoup(render_include(guide), "html.parser")
    form = soup.select_one("section#feedback form")
    assert form["action"] == f"/feedback/{guide.pk}/" and form["method"] == "post"
    assert not form.select_one("input[name=csrfmiddlewaretoken]")  # no cookie, so the guide stays cacheable
    assert [i["value"] for i in form.select("input[name=useful]")] == ["yes", "no"]
    hint = soup.select_one("#feedback-comment-hint").get_text()
    assert "Do not include personal details" in hint


def test_the_include_says_thank_you_or_shows_the_error(guide):
    thanks = render_include(guide, "?feedback=thanks")
    assert "Thank you for your feedback" in thanks and "<form" not in thanks
    error = BeautifulSoup(render_include(guide, "?feedback=choose"), "html.parser")
    assert "Select yes if this page was useful" in error.select_one(".govuk-error-message").get_text()
    assert error.select_one(".govuk-form-group--error")


@pytest.fixture
def la_a_editor(authority_a):
    return builders.user_get_or_build(email="editor@la-a.example", groups=[editor_group_name(authority_a)])


def test_the_report_shows_counts_and_latest_comments_for_the_editors_own_pages(
    client, guide, other_la_guide, la_a_editor
):
    feedback_record(page=guide, useful=True, comment="Helpful, thank you.")
    feedback_record(page=guide, useful=True)
    feedback_record(page=guide, useful=False, comment="Too long for me.")
    feedback_record(page=other_la_guide, useful=False, comment="Bramley only.")
    client.force_login(la_a_editor)
    response = client.get("/admin/reports/feedback/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = [[cell.get_text(" ", strip=True) for cell in row.select("td")] for row in soup.select("tbody tr")]
    assert len(rows) == 1
    page, useful, not_useful, _latest, comments = rows[0][:5]
    assert "The letter before proceedings" in page
    assert (useful, not_useful) == ("2", "1")
    assert "Helpful, thank you." in comments and "Too long for me." in comments
    assert "Bramley" not in response.content.decode()


def test_the_report_is_not_open_to_the_public_or_families(client, guide):
    assert client.get("/admin/reports/feedback/").status_code == 302  # to sign in
    family = builders.user_get_or_build(email="parent@example.org")
    client.force_login(family)
    assert client.get("/admin/reports/feedback/").status_code in {302, 403}
