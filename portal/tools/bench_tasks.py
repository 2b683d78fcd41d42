"""The benchmark's steps that run inside Django, each in a fresh process with the production
settings and the benchmark's database (bench.py starts them with in_django() and reads the JSON
each prints):

    python -m portal.tools.bench_tasks enlarge --cases 10000 --documents 100000
    python -m portal.tools.bench_tasks totp-code | count-queries | new-generation
"""

import argparse
import json
import sys

PARENT = "parent.one@family.example"
TASKS = ("enlarge", "totp-code", "count-queries", "new-generation")


def targets():
    """The addresses to measure, found in the database: {name: path}, None where there is none."""
    from django.urls import NoReverseMatch, reverse
    from wagtail.models import Page, Site

    from portal.cases.models import Participant

    site = Site.objects.get(is_default_site=True)
    live = Page.objects.live().public().descendant_of(site.root_page)

    def first_path(model_label):
        app_label, model = model_label.split(".")
        page = live.filter(content_type__app_label=app_label, content_type__model=model).order_by("path").first()
        return page.get_url_parts()[2] if page else None

    try:
        search = reverse("search") + "?q=court"
    except NoReverseMatch:
        search = None
    # The worker opens the demo family's case: the one with documents, dates and contacts.
    case_id = Participant.objects.filter(user__email=PARENT).order_by("pk").values_list("case_id", flat=True).first()
    return {
        "home": "/",
        "guide": first_path("guidance.guidepage") or first_path("standard.standardpage"),
        "search": search,
        "directory": first_path("directory.directorypage"),
        "worker case list": reverse("cases:index"),
        "worker case page": reverse("cases:workspace", args=[case_id]),
    }


def count_queries(pages):
    """{name: database queries} for the second GET of each page ([{name, path, cookies}]), as
    tests/portal/test_query_counts.py counts them, but on the benchmark's data and sessions."""
    from django.db import connection
    from django.test import Client as DjangoClient
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for page in pages:
        client = DjangoClient(headers={"host": "localhost", "x-forwarded-proto": "https"})
        for name, value in page["cookies"].items():
            client.cookies[name] = value
        client.get(page["path"])  # fills per-process caches (content types, site paths)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page["path"])
        if response.status_code != 200:
            raise SystemExit(f"Counting queries: GET {page['path']} answered HTTP {response.status_code}.")
        counts[page["name"]] = len(captured)
    return counts


def run(task, options):
    """What `task` finds or does, for JSON."""
    import django

    django.setup()
    if task == "totp-code":  # for bench.staff_sign_in()
        from portal.accounts.mfa import totp_code
        from portal.demo.builders import DEMO_TOTP_SECRET

        return totp_code(DEMO_TOTP_SECRET)
    if task == "enlarge":
        from .bulk import enlarge

        return {**enlarge(cases=options.cases, documents=options.documents), "targets": targets()}
    if task == "count-queries":
        return count_queries(json.loads(sys.stdin.read()))
    if task == "new-generation":  # so a shared cache serves nothing cached by an earlier run
        from cms.core.cache import page_cache_invalidate

        page_cache_invalidate()
        return True
    raise SystemExit(f"Unknown task {task!r}: one of {', '.join(TASKS)}.")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("task", choices=TASKS)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--documents", type=int, default=100_000)
    options = parser.parse_args(argv)
    print(json.dumps(run(options.task, options)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
