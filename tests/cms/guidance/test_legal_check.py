"""The legal check (issue #15): every guide records its sources, and when and by whom (a role) its
legal facts were last checked; changing them sends the guide through the "Legal check" task; a
report lists the guides whose check is missing, old, or out of date."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from cms.guidance.content.guide_sources import sources_by_guide
from cms.guidance.content.sources import SOURCES
from cms.guidance.groups import LEGAL_CHECKERS
from cms.guidance.models import GuidePage, LegalCheckTask
from cms.guidance.seed import seed_content
from cms.guidance.selectors import LegalCheckStatus, legal_check_status
from cms.guidance.services import legal_check_record
from portal.authorities.roles import editor_group_name
from tests.cms.guidance.conftest import staff_user

REPORT_URL = reverse("guidance_reports:legal_check")
PLAIN = "<p>Go to a solicitor. Take the letter. It is free.</p>"


@pytest.fixture
def legal_checker(national):
    return staff_user("solicitor@legal.example", LEGAL_CHECKERS)


def _guide(slug="free-legal-advice"):
    return GuidePage.objects.get(slug=slug, alias_of__isnull=True)


def _checked(slug="free-legal-advice", *, on=None):
    """The guide, with its live legal facts checked (on `on`, or today)."""
    guide = legal_check_record(page=_guide(slug), role="Council solicitor")
    if on is not None:
        GuidePage.objects.filter(pk=guide.pk).update(legal_checked_on=on)
    return _guide(slug)


def _submit(page, *, user, body=None, **fields):
    if body is not None:
        page.body = [{"type": "text", "value": body}]
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def _task_states(state):
    return {type(task_state.task.specific): task_state for task_state in state.task_states.order_by("pk")}


def _la_copy_body(authority, slug="free-legal-advice"):
    return str(GuidePage.objects.descendant_of(authority.site.root_page).get(slug=slug).body)


def _report_rows(client):
    response = client.get(REPORT_URL + "?export=csv")
    assert response.status_code == 200
    rows = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    return {row["Title"]: row for row in rows}


# Sources


def test_every_seed_guide_has_a_source_and_every_source_is_in_the_list_of_sources():
    _, guides = seed_content()
    by_guide = sources_by_guide()
    known = {source["url"] for source in SOURCES}
    assert [spec["slug"] for spec in guides if not by_guide.get(spec["slug"])] == []
    assert {slug: [url for url in urls if url not in known] for slug, urls in by_guide.items()} == {
        slug: [] for slug in by_guide
    }
    # No list names a guide that is not seeded (a misspelt slug would leave that guide without sources).
    assert set(by_guide) <= {spec["slug"] for spec in guides}


def test_seeded_guides_record_their_sources_and_start_never_checked(national):
    guide = _guide("letter-before-proceedings")
    urls = [item.source.url for item in guide.sources.all()]
    assert urls == sources_by_guide()["letter-before-proceedings"]
    assert "https://frg.org.uk/ypa/what-is-a-letter-before-proceedings" in urls
    assert guide.legal_checked_on is None and guide.legal_checked_by_role == ""
    assert legal_check_status(guide).code == LegalCheckStatus.NEVER


def test_the_editor_shows_the_sources_and_the_legal_check(client, national, national_editor):
    _checked()
    client.force_login(national_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[_guide().pk])).content.decode()
    assert "Find a Solicitor" in html  # one of the guide's sources, in the chooser panel
    assert "Council solicitor" in html
    assert timezone.localdate().strftime("%-d %B %Y") in html


# The report


def test_the_report_lists_guides_never_checked_checked_over_a_year_ago_or_changed_and_not_fresh_ones(
    client, national, national_editor
):
    _checked("care-proceedings")  # fresh: not listed
    _checked("free-legal-advice", on=timezone.localdate() - datetime.timedelta(days=400))
    changed = _checked("young-people-letter-before-proceedings")
    changed.body = [{"type": "text", "value": "<p>You can ask your worker what is going on. Ask again.</p>"}]
    changed.save_revision().publish()  # a superuser's shortcut: the live guide now says something unchecked

    client.force_login(national_editor)
    rows = _report_rows(client)
    assert set(rows) == {"The letter before proceedings", "Free legal advice", "The letter your family got"}
    assert rows["The letter before proceedings"]["Status"] == "Never checked"
    assert rows["Free legal advice"]["Status"] == "Checked over a year ago"
    assert rows["Free legal advice"]["Checked by"] == "Council solicitor"
    assert rows["The letter your family got"]["Status"] == "Changed since its legal check"
    html = client.get(REPORT_URL).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[_guide().pk]) in html  # each row links to the editor
    assert "Care proceedings" not in html


def test_a_council_editor_sees_only_their_councils_guides_in_the_report(
    client, national_two_las, authority_a, authority_b, la_a_editor, national_editor
):
    from wagtail.actions.convert_alias import ConvertAliasPageAction

    # A council's own guide: a superuser made Ashford's copy of a national guide its own.
    alias = GuidePage.objects.descendant_of(authority_a.site.root_page).get(slug="care-proceedings")
    ConvertAliasPageAction(alias).execute(skip_permission_checks=True)
    own = GuidePage.objects.get(pk=alias.pk)
    own.title = "Care proceedings in Ashford"
    own.save_revision().publish()

    client.force_login(la_a_editor)
    assert set(_report_rows(client)) == {"Care proceedings in Ashford"}
    assert REPORT_URL in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(national_editor)
    rows = _report_rows(client)
    assert "Care proceedings in Ashford" not in rows and "The letter before proceedings" in rows
    # Another council's editor has no guides at all: no report, and no menu item for it.
    client.force_login(staff_user("editor@la-b.example", editor_group_name(authority_b)))
    assert client.get(REPORT_URL).status_code in (302, 403)
    assert REPORT_URL not in client.get(reverse("wagtailadmin_home")).content.decode()


# The workflow


def test_changing_the_body_sends_a_checked_guide_to_the_legal_check(national, authority_a, national_editor):
    guide = _checked()
    state = _submit(guide, body=PLAIN, user=national_editor)
    legal = _task_states(state)[LegalCheckTask]
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state == legal and legal.status == TaskState.STATUS_IN_PROGRESS
    assert "It is free." not in _la_copy_body(authority_a)
    assert legal.task.specific.locked_for_user(guide, national_editor)  # only the checkers change it now


def test_changing_only_the_summary_or_seo_title_skips_the_legal_check(national, authority_a, national_editor):
    guide = _checked()
    state = _submit(guide, user=national_editor, summary="A clearer summary.", seo_title="Free advice")
    assert state.status == WorkflowState.STATUS_APPROVED
    assert _task_states(state)[LegalCheckTask].status == TaskState.STATUS_SKIPPED
    live = _guide()
    assert live.summary == "A clearer summary." and live.seo_title == "Free advice"
    assert legal_check_status(live).code == LegalCheckStatus.CHECKED  # the check stays
    # Saved again in the editor, the body gains markup (block keys, spacing) but says the same.
    same_words = str(live.body[0].value.source).replace("<p>", '<p data-block-key="a1b2c">\n  ')
    state = _submit(live, user=national_editor, body=same_words, summary="Clearer still.")
    assert state.status == WorkflowState.STATUS_APPROVED
    assert legal_check_status(_guide()).code == LegalCheckStatus.CHECKED


@pytest.mark.parametrize("checked_days_ago", [None, 400])
def test_a_guide_never_checked_or_checked_over_a_year_ago_goes_to_the_legal_check_whatever_changed(
    national, national_editor, checked_days_ago
):
    guide = _guide()
    if checked_days_ago is not None:
        guide = _checked(on=timezone.localdate() - datetime.timedelta(days=checked_days_ago))
    state = _submit(guide, user=national_editor, summary="A clearer summary.")
    assert _task_states(state)[LegalCheckTask].status == TaskState.STATUS_IN_PROGRESS


def test_approving_the_legal_check_records_the_date_and_role_and_publishes(
    client, national, authority_a, national_editor, legal_checker
):
    guide = _guide()
    state = _submit(guide, body=PLAIN, user=national_editor)
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[guide.pk, "approve", task_state.pk])
    client.force_login(legal_checker)
    assert "Your role" in client.get(url).json()["html"]  # the approval asks for a role, not a name
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    client.post(url, {"role": "  Family law   barrister ", "comment": "Checked against the 1989 Act."})

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    live = _guide()
    assert live.live and not live.has_unpublished_changes
    assert "It is free." in _la_copy_body(authority_a)
    assert live.legal_checked_on == timezone.localdate()
    assert live.legal_checked_by_role == "Family law barrister"
    assert legal_check_status(live).code == LegalCheckStatus.CHECKED
    # The check belongs to the guide, not to a revision: a later draft keeps it.
    live.save_revision(user=national_editor)
    assert _guide().get_latest_revision_as_object().legal_checked_by_role == "Family law barrister"


def test_someone_outside_the_legal_checkers_cannot_approve(
    client, national, authority_a, national_editor, national_moderator, legal_checker
):
    guide = _guide()
    state = _submit(guide, body=PLAIN, user=national_editor)
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(guide, legal_checker)
    assert not task.get_actions(guide, national_moderator)
    assert list(task.get_task_states_user_can_moderate(legal_checker)) == [task_state]
    assert not task.get_task_states_user_can_moderate(national_moderator).exists()

    client.force_login(national_moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[guide.pk, "approve", task_state.pk])
    assert client.post(url, {"role": "Moderator", "comment": ""}).status_code in (302, 403)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert _guide().legal_checked_on is None
    assert "It is free." not in _la_copy_body(authority_a)


# Publishing straight away


def _edit_form(client, page, *, body, action):
    """The guide's edit form as the admin sends it, with a new body and the given action button."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    form = querydict_from_html(html, form_id="page-edit-form")
    data = {key: value for key, value in form.items() if not key.startswith("body-")}
    data.update(nested_form_data({"body": streamfield([("text", rich_text(body))])}))
    data[action] = action
    return data


def test_a_moderator_cannot_publish_new_legal_facts_straight_away(client, national, authority_a, national_moderator):
    guide = _guide()
    client.force_login(national_moderator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[guide.pk])
    response = client.post(edit_url, _edit_form(client, guide, body=PLAIN, action="action-publish"))
    assert response.status_code == 302 and response.url == edit_url
    assert "It is free." not in _la_copy_body(authority_a)
    assert "It is free." in str(_guide().get_latest_revision_as_object().body)  # the draft is kept

    # Bulk publishing the draft is refused the same way.
    bulk_url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={guide.pk}"
    client.post(bulk_url, {"include_descendants": ""})
    assert "It is free." not in _la_copy_body(authority_a)


def test_a_moderator_may_still_publish_changes_that_leave_the_legal_facts_alone(
    client, national, authority_a, national_moderator
):
    guide = _guide()  # never checked: what is live stays what it was
    client.force_login(national_moderator)
    live_body = str(guide.body[0].value.source)
    data = _edit_form(client, guide, body=live_body, action="action-publish")
    data["summary"] = "A clearer summary."
    response = client.post(reverse("wagtailadmin_pages:edit", args=[guide.pk]), data)
    assert response.status_code == 302
    assert _guide().summary == "A clearer summary."
    assert Page.objects.get(pk=guide.pk).live


def test_the_same_bulk_action_hook_still_keeps_councils_from_unpublishing_their_copy_of_a_guide(
    client, national, authority_a, la_a_moderator
):
    copy = GuidePage.objects.descendant_of(authority_a.site.root_page).get(slug="free-legal-advice")
    client.force_login(la_a_moderator)
    bulk_url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"]) + f"?id={copy.pk}"
    client.post(bulk_url, {"include_descendants": ""})
    assert Page.objects.get(pk=copy.pk).live


def test_the_admin_apis_page_actions_cannot_get_round_the_check_or_the_read_only_copies(
    client, national, authority_a, national_moderator, la_a_moderator
):
    """Wagtail's admin API runs its page actions without the hooks above; nobody but a superuser
    may use them (portal.authorities.admin_boundary), and the admin's own screens never do."""
    guide = _guide()
    guide.body = [{"type": "text", "value": PLAIN}]
    guide.save_revision(user=national_moderator)
    client.force_login(national_moderator)
    response = client.post(f"/admin/api/main/pages/{guide.pk}/action/publish/", content_type="application/json")
    assert response.status_code == 404
    assert "It is free." not in _la_copy_body(authority_a)

    copy = GuidePage.objects.descendant_of(authority_a.site.root_page).get(slug="free-legal-advice")
    client.force_login(la_a_moderator)
    for action in ("unpublish", "convert_alias", "delete"):
        response = client.post(f"/admin/api/main/pages/{copy.pk}/action/{action}/", content_type="application/json")
        assert response.status_code == 404, action
    copy = Page.objects.get(pk=copy.pk)
    assert copy.live and copy.alias_of_id == guide.pk
