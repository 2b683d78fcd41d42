"""No page makes more database queries when the data grows a hundredfold.

The test loads the demo data, counts the queries of every page type (public pages, the family's
case page, the worker's case list and workspace), grows the data a hundredfold with bulk inserts
(the helpers `make bench` uses: other families' cases and documents; the viewed case's own
documents, dates, contacts and history; glossary terms; directory services; sibling pages), and
counts again. A page that asks the database once per row (an "N+1") fails, whatever the row.

Each count is taken on a second view of the page, so per-process caches (content types, Wagtail's
site paths) are full both times. The page cache is off: it is the rendering that is measured.
"""

import contextlib
import copy
import io
import uuid

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection, models
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from portal.tools.bulk import case_history_bulk_add, cases_bulk_add, documents_bulk_add

pytestmark = pytest.mark.django_db

GROWTH = 100
PARENT = "parent.one@family.example"
WORKER = "worker@northbrook.example"


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0


def public_paths():
    """One live page of every page type on the default site, and search if the site has it."""
    from wagtail.models import Page, Site

    site = Site.objects.get(is_default_site=True)
    first_of_kind = {}
    for page in Page.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path").specific():
        first_of_kind.setdefault(type(page).__name__, page.get_url_parts()[2])
    with contextlib.suppress(NoReverseMatch):
        first_of_kind["search"] = reverse("search") + "?q=court"
    return first_of_kind


def count(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured)


def counts(clients, paths):
    return {name: count(clients[who], path) for name, (who, path) in paths.items()}


def bulk_clone(queryset, times):
    """`times` copies of every row, in one bulk insert; unique values get a suffix (or a new UUID)."""
    model = queryset.model
    unique = [f for f in model._meta.concrete_fields if f.unique and not f.primary_key]
    clones = []
    for row in queryset:
        for n in range(times):
            clone = copy.copy(row)
            clone.pk = None
            for field in unique:
                value = getattr(row, field.attname)
                if isinstance(field, models.UUIDField):
                    setattr(clone, field.attname, uuid.uuid4())
                else:
                    suffix = f" x{n}" if not isinstance(field, models.SlugField) else f"-x{n}"
                    setattr(clone, field.attname, f"{value}{suffix}"[-field.max_length :])
            clones.append(clone)
    return model.objects.bulk_create(clones, batch_size=1000)


def grow_public_content(home):
    """Sibling pages, glossary terms and directory services, each a hundredfold."""
    from cms.standard.models import StandardPage

    for n in range(StandardPage.objects.child_of(home).count() * (GROWTH - 1)):
        home.add_child(instance=StandardPage(title=f"Page {n}", slug=f"page-{n}", body=[]))
    if apps.is_installed("cms.glossary"):
        from cms.glossary.models import GlossaryTerm

        bulk_clone(GlossaryTerm.objects.all(), GROWTH - 1)
    if apps.is_installed("cms.directory"):
        from cms.directory.models import Service

        bulk_clone(Service.objects.all(), GROWTH - 1)


def grow_cases(case, parent, worker):
    from portal.documents.models import DocumentVersion, SharedDocument

    stored = DocumentVersion.objects.filter(document__case=case).first()
    others = cases_bulk_add(authority=case.authority, count=GROWTH, worker=worker)
    documents_bulk_add(shares=others, per_share=GROWTH, stored=stored, shared_by=worker)
    own = SharedDocument.objects.filter(case=case, recipients__participant=parent).count()
    documents_bulk_add(shares=[(case, parent)], per_share=own * (GROWTH - 1), stored=stored, shared_by=worker)
    case_history_bulk_add(case=case, count=GROWTH, by=worker)


def test_no_page_makes_more_queries_when_the_data_grows_a_hundredfold(client, settings):
    from django.contrib.auth import get_user_model
    from django.test import Client
    from wagtail.models import Site

    from portal.cases.models import Participant

    call_command("load_demo_data", force=True, stdout=io.StringIO())
    User = get_user_model()
    parent = Participant.objects.select_related("case").get(user__email=PARENT, case__reference="NB-2026-0142")
    case, worker = parent.case, User.objects.get(email=WORKER)
    family, staff = Client(), Client()
    family.force_login(parent.user)
    staff.force_login(worker)
    clients = {"anonymous": client, "family": family, "staff": staff}
    paths = {name: ("anonymous", path) for name, path in public_paths().items()}
    paths |= {
        "family case page": ("family", reverse("family:case", args=[case.public_id])),
        "workspace index": ("staff", reverse("cases:index")),
        "workspace case": ("staff", reverse("cases:workspace", args=[case.pk])),
    }

    before = counts(clients, paths)
    grow_public_content(Site.objects.get(is_default_site=True).root_page)
    grow_cases(case, parent, worker)
    after = counts(clients, paths)

    assert len(paths) >= 5
    assert after == before
