"""The editor reports: readability of every guide, and guides past their review date."""

import csv
import datetime
import io

from django.urls import reverse

from cms.guidance.models import GuidePage

READABILITY_URL = reverse("guidance_reports:readability")
REVIEW_DUE_URL = reverse("guidance_reports:review_due")


def _hard_guide():
    guide = GuidePage.objects.get(slug="care-proceedings", alias_of__isnull=True)
    guide.body = [
        {
            "type": "text",
            "value": "<p>The local authority has determined that the threshold criteria pursuant to "
            "section thirty-one are satisfied, necessitating commencement of proceedings.</p>",
        }
    ]
    guide.save_revision().publish()
    return GuidePage.objects.get(pk=guide.pk)


def _csv_rows(client, url):
    response = client.get(url + "?export=csv")
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_the_readability_report_lists_every_national_guide_with_its_score_and_result(client, national, national_editor):
    hard = _hard_guide()
    client.force_login(national_editor)
    html = client.get(READABILITY_URL).content.decode()
    assert "The letter before proceedings" in html
    assert "Over target" in html

    rows = {row["Title"]: row for row in _csv_rows(client, READABILITY_URL)}
    # Every national guide once: the LA copies are not listed again.
    assert sorted(rows) == sorted(GuidePage.objects.filter(alias_of__isnull=True).values_list("title", flat=True))
    assert rows["Care proceedings"]["LIX"] == str(hard.readability_score)
    assert rows["Care proceedings"]["Target"] == "40"
    assert rows["Care proceedings"]["Result"] == "Over target"
    assert rows["The letter your family got"]["Target"] == "35"
    assert rows["The letter your family got"]["Audience"] == "young_people"
    assert {row["Result"] for title, row in rows.items() if title != "Care proceedings"} == {"Pass"}


def test_the_past_review_date_report_lists_only_guides_due_for_review(client, national, national_moderator):
    overdue = GuidePage.objects.get(slug="free-legal-advice", alias_of__isnull=True)
    overdue.review_by = datetime.date(2020, 1, 31)
    overdue.save_revision().publish()
    client.force_login(national_moderator)
    html = client.get(REVIEW_DUE_URL).content.decode()
    assert "Free legal advice" in html
    assert "The letter before proceedings" not in html
    assert "Care proceedings" not in html


def test_the_reports_are_for_the_national_team_only(client, national, la_a_editor, national_editor):
    client.force_login(la_a_editor)
    assert client.get(READABILITY_URL).status_code in (302, 403)
    assert client.get(REVIEW_DUE_URL).status_code in (302, 403)
    assert READABILITY_URL not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(national_editor)
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert READABILITY_URL in admin_home
    assert REVIEW_DUE_URL in admin_home


COUNCIL_READABILITY_URL = reverse("guidance_reports:council_readability")


def test_a_councils_editors_see_the_readability_of_their_own_pages_only(
    client, national_two_las, authority_a, authority_b, la_a_editor, settings
):
    from wagtail.models import Page

    from cms.standard.models import StandardPage
    from portal.demo import builders

    settings.PORTAL_AVOID_WORDS = ["threshold"]
    for authority, title, text in (
        (authority_a, "Our contact details", "Phone us. We are here to help."),
        (authority_a, "Our hard page", "The threshold criteria pursuant to section thirty-one are satisfied."),
        (authority_b, "Another council's page", "Phone them."),
    ):
        builders.standard_page_get_or_build(
            home=Page.objects.get(pk=authority.site.root_page_id),
            slug=title.lower().replace(" ", "-").replace("'", ""),
            title=title,
            purpose=StandardPage.Purpose.CONTACT,
            paragraphs=[text],
        )
    client.force_login(la_a_editor)
    assert COUNCIL_READABILITY_URL in client.get(reverse("wagtailadmin_home")).content.decode()
    rows = {row["Title"]: row for row in _csv_rows(client, COUNCIL_READABILITY_URL)}
    assert set(rows) == {"Our contact details", "Our hard page"}
    assert rows["Our contact details"]["Result"] == "Pass"
    assert rows["Our hard page"]["Words to avoid"] == "threshold"
    assert rows["Our hard page"]["Result"] == "Needs a moderator's exception"
    assert float(rows["Our hard page"]["LIX"]) > float(rows["Our hard page"]["Target"])
