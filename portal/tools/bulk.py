"""Growing the demo data to a large council's size with bulk inserts, for the benchmark
(bench.py) and for tests/portal/test_query_counts.py, which checks that no page makes more database
queries when the data grows a hundredfold. Rows go straight in (no services, no audit rows, no
notifications): this is test data, never a real family's."""

from datetime import timedelta

PREFIX = "BENCH"
BATCH = 2000
UNUSABLE = "!"  # an unusable password hash, as set_unusable_password() stores (no sign-in possible)


def _stored_file_of(version):
    """The fields that point a new version at an already stored file (many documents share one)."""
    return {
        "file": version.file.name,
        "original_name": version.original_name,
        "content_type": version.content_type,
        "size": version.size,
        "sha256": version.sha256,
        **({"scan_status": version.scan_status} if hasattr(version, "scan_status") else {}),
    }


def documents_bulk_add(*, shares, per_share, stored, shared_by, title="Letter"):
    """Share `per_share` new documents for each (case, participant) in `shares`, in bulk.

    `stored` is an existing DocumentVersion whose stored file every new version reuses.
    """
    from portal.documents.models import DocumentRecipient, DocumentVersion, SharedDocument

    file_fields = _stored_file_of(stored)
    pairs = [(case, participant) for case, participant in shares for _ in range(per_share)]
    documents = SharedDocument.objects.bulk_create(
        [
            SharedDocument(case=case, title=f"{title} {n}", what_it_is="A letter about the plan.", shared_by=shared_by)
            for n, (case, _participant) in enumerate(pairs, 1)
        ],
        batch_size=BATCH,
    )
    DocumentVersion.objects.bulk_create(
        [DocumentVersion(document=document, number=1, uploaded_by=shared_by, **file_fields) for document in documents],
        batch_size=BATCH,
    )
    DocumentRecipient.objects.bulk_create(
        [
            DocumentRecipient(document=document, participant=participant)
            for document, (_case, participant) in zip(documents, pairs, strict=True)
        ],
        batch_size=BATCH,
    )
    return documents


def cases_bulk_add(*, authority, count, worker=None, start=0, prefix=PREFIX):
    """Add `count` cases to the authority in bulk, each with a parent (a new account that cannot
    sign in) and its first stage. Returns [(case, participant)]."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from portal.cases.models import Case, Participant, StageChange

    now = timezone.now()
    numbers = range(start + 1, start + count + 1)
    slug = f"{prefix.lower()}-{authority.pk}"
    users = get_user_model().objects.bulk_create(
        [get_user_model()(email=f"{slug}-{n}@family.invalid", password=UNUSABLE, first_name="Alex") for n in numbers],
        batch_size=BATCH,
    )
    cases = Case.objects.bulk_create(
        [
            Case(authority=authority, reference=f"{prefix}-{authority.pk}-{n:06d}", family_name=f"The {n} family")
            for n in numbers
        ],
        batch_size=BATCH,
    )
    participants = Participant.objects.bulk_create(
        [Participant(case=case, user=user, role="parent") for case, user in zip(cases, users, strict=True)],
        batch_size=BATCH,
    )
    StageChange.objects.bulk_create(
        [StageChange(case=case, stage=case.stage, changed_at=now, changed_by=worker) for case in cases],
        batch_size=BATCH,
    )
    if worker is not None:
        Case.workers.through.objects.bulk_create(
            [Case.workers.through(case=case, user=worker) for case in cases], batch_size=BATCH
        )
    return list(zip(cases, participants, strict=True))


def case_history_bulk_add(*, case, count, by):
    """Add `count` stage changes, key dates (half of them still to come) and contacts to one case."""
    from django.utils import timezone

    from portal.cases.models import CaseContact, KeyDate, StageChange

    now = timezone.now()
    StageChange.objects.bulk_create(
        [
            StageChange(case=case, stage=case.stage, changed_at=now - timedelta(days=n), changed_by=by, note="Met.")
            for n in range(1, count + 1)
        ]
    )
    KeyDate.objects.bulk_create(
        [
            KeyDate(case=case, title=f"Meeting {n}", starts_at=now + timedelta(days=n - count // 2), created_by=by)
            for n in range(1, count + 1)
        ]
    )
    CaseContact.objects.bulk_create(
        [CaseContact(case=case, role="other", name=f"Contact {n}", phone="01632 960 999") for n in range(count)]
    )


def periods_bulk_add(*, cases, seed=2026):
    """Give each case one child and one closed pre-proceedings period, with plausible dates over the
    last two years (the demo's synthetic history generator), so the figures have 10,000 cases' worth
    to count."""
    import random

    from django.utils import timezone

    from portal.demo.history import outcome_codes, period_values
    from portal.preproceedings.models import Child, Period

    if not cases:
        return
    rng = random.Random(seed)  # noqa: S311 (synthetic data, not security)
    today = timezone.localdate()
    codes = outcome_codes(cases[0].authority)
    children = Child.objects.bulk_create(
        [Child(case=case, first_name="Sam", council_child_id=f"B{case.pk}") for case in cases], batch_size=BATCH
    )
    periods = []
    for child in children:
        values = period_values(rng, today - timedelta(days=rng.randint(60, 730)), today, codes)
        for key in ("stage", "closed_at", "reviews"):
            values.pop(key)
        periods.append(Period(child=child, **values))
    Period.objects.bulk_create(periods, batch_size=BATCH)


def enlarge(*, cases, documents):
    """Top the demo data up to `cases` cases and `documents` shared documents in the first LA."""
    from portal.authorities.models import LocalAuthority, StaffMembership
    from portal.cases.models import Case, Participant
    from portal.documents.models import DocumentVersion, SharedDocument

    authority = LocalAuthority.objects.order_by("pk").first()
    worker = StaffMembership.objects.filter(authority=authority, role="worker").first().user
    missing_cases = cases - Case.objects.count()
    if missing_cases > 0:
        start = Case.objects.filter(reference__startswith=f"{PREFIX}-").count()
        added = cases_bulk_add(authority=authority, count=missing_cases, worker=worker, start=start)
        periods_bulk_add(cases=[case for case, _ in added])
    missing_documents = documents - SharedDocument.objects.count()
    if missing_documents > 0:
        stored = DocumentVersion.objects.order_by("pk").first()
        bench_parents = list(
            Participant.objects.filter(case__reference__startswith=f"{PREFIX}-").select_related("case").order_by("pk")
        )
        per_case, extra = divmod(missing_documents, len(bench_parents))
        shares = [(p.case, p) for p in bench_parents]
        if per_case:
            documents_bulk_add(shares=shares, per_share=per_case, stored=stored, shared_by=worker)
        if extra:
            documents_bulk_add(shares=shares[:extra], per_share=1, stored=stored, shared_by=worker)
    # Fresh planner statistics, as autovacuum would have after a bulk load: with the old ones
    # PostgreSQL scans all 100,000 documents to find one family's two.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {"cases": Case.objects.count(), "documents": SharedDocument.objects.count()}
