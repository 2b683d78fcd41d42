"""Freshness reports: what each editor should check next, within their own area."""

import datetime

from django.test import override_settings
from django.urls import reverse

from cms.directory.selectors import months_before, services_not_checked, services_with_problems

from .builders import admin_client_for, service_build

OLD = datetime.date(2020, 1, 1)


def test_months_before_handles_short_months_and_years():
    assert months_before(datetime.date(2026, 3, 31), 1) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2026, 1, 15), 12) == datetime.date(2025, 1, 15)
    assert months_before(datetime.date(2024, 2, 29), 12) == datetime.date(2023, 2, 28)


def test_not_checked_lists_old_and_never_checked_services_in_the_editors_area(
    authority_a, authority_b, editor_a, services
):
    old_a = service_build("Old Ashford", authorities=[authority_a], assured_date=OLD)
    service_build("Old Bramley", authorities=[authority_b], assured_date=OLD)
    old_national = service_build("Old national", assured_date=OLD)
    never = service_build("Never checked Ashford", authorities=[authority_a])
    never.assured_date = None
    never.save()
    listed = list(services_not_checked(user=editor_a, today=datetime.date(2026, 6, 1)))
    assert listed == [never, old_a, old_national]  # never checked first, then oldest


@override_settings(PORTAL_DIRECTORY_STALE_MONTHS=2)
def test_how_old_is_too_old_is_a_setting(authority_a, editor_a):
    service = service_build("Checked in March", authorities=[authority_a], assured_date=datetime.date(2026, 3, 1))
    assert list(services_not_checked(user=editor_a, today=datetime.date(2026, 6, 1))) == [service]
    assert list(services_not_checked(user=editor_a, today=datetime.date(2026, 4, 15))) == []


def test_problems_report_lists_broken_links_and_phones(authority_a, authority_b, editor_a, national_editor):
    link = service_build("Broken link Ashford", authorities=[authority_a], broken_link_reported=True)
    phone = service_build("Broken phone national", broken_phone_reported=True)
    service_build("Broken Bramley", authorities=[authority_b], broken_phone_reported=True)
    service_build("Fine Ashford", authorities=[authority_a])
    assert list(services_with_problems(user=editor_a)) == [link, phone]
    assert list(services_with_problems(user=national_editor)) == [phone]


def test_reports_in_the_admin_link_only_what_the_editor_may_edit(client, authority_a, authority_b, editor_a):
    own = service_build("Broken link Ashford", authorities=[authority_a], broken_link_reported=True)
    national = service_build("Broken phone national", broken_phone_reported=True)
    service_build("Broken Bramley", authorities=[authority_b], broken_phone_reported=True)
    admin = admin_client_for(client, editor_a)
    html = admin.get(reverse("directory_reports:problems")).content.decode()
    assert "Broken link Ashford" in html and "Broken phone national" in html
    assert "Broken Bramley" not in html
    assert reverse("wagtailsnippets_directory_service:edit", args=[own.pk]) in html
    assert reverse("wagtailsnippets_directory_service:edit", args=[national.pk]) not in html  # read-only
    export = admin.get(reverse("directory_reports:problems"), {"export": "csv"})
    assert export.status_code == 200
    rows = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "Broken link Ashford" in rows and "Broken Bramley" not in rows
    html = admin.get(reverse("directory_reports:not_checked")).content.decode()
    assert "not checked for 12 months" in html
    assert "directory-not-checked" in admin.get("/admin/").content.decode()  # in the Reports menu


def test_reports_are_not_for_people_outside_the_directory_groups(client, authority_a):
    from portal.demo import builders

    worker = builders.staff_get_or_build(authority=authority_a, email="worker@la-a.example", role="worker")
    admin = admin_client_for(client, worker)
    response = admin.get(reverse("directory_reports:problems"))
    assert response.status_code in (302, 403)
