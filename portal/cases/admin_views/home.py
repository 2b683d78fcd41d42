"""The worker's home in the Wagtail admin: what needs doing today, each item one click from its action.

Five panels, each from a selector scoped to the worker's own council, each a fixed number of
queries however many cases there are: questions waiting for a reply (oldest first, with how long),
documents not opened after PORTAL_UNOPENED_DAYS, key dates in the next 7 days, timescales to watch
(past their end, near it, or no review booked) and the open cases the worker is named on with their
next date. Only workers see it. LA admins see counts per worker instead (council.py): they do not
open case content (portal/cases/selectors.py). Editors keep Wagtail's own home.
"""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from portal.conversations.admin_views import thread_url
from portal.conversations.selectors import unanswered_threads_for_worker, unopened_days, unopened_receipts_for_worker
from portal.documents.selectors import family_uploads_unseen_for_worker

from .. import selectors
from .mixins import case_url, index_url

SOON_DAYS = 7
SHOWN = 10  # items per panel; the rest are one click away in the full list


class WorkerHomePanel(Component):
    name = "worker_today"
    order = 10  # above Wagtail's own panels
    template_name = "cases/admin/home_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user, now, today = self.request.user, timezone.now(), timezone.localdate()
        # One more than is shown, to know whether to offer the full list.
        questions = unanswered_threads_for_worker(user=user, limit=SHOWN + 1)
        sent = family_uploads_unseen_for_worker(user=user, limit=SHOWN + 1)
        unopened = unopened_receipts_for_worker(user=user, now=now, limit=SHOWN + 1)
        dates = selectors.key_dates_soon_for_worker(user=user, now=now, days=SOON_DAYS, limit=SHOWN + 1)
        # Every open case naming the worker (a caseload, not the council): one query for both panels.
        cases = [
            {"case": c, "url": case_url("workspace", c), "timescale": selectors.case_timescale(case=c, today=today)}
            for c in selectors.cases_named_for_worker(user=user)
        ]
        to_watch = sorted(
            (item for item in cases if item["timescale"] is not None and item["timescale"].to_watch),
            key=lambda item: (item["timescale"].days_left, item["case"].family_name),
        )
        return {
            "now": now,
            "questions": [{"thread": t, "url": thread_url(t)} for t in questions[:SHOWN]],
            "questions_more": len(questions) > SHOWN,
            "sent": [{"upload": u, "case_url": case_url("workspace", u.case) + "#sent"} for u in sent[:SHOWN]],
            "sent_more": len(sent) > SHOWN,
            "unopened": [{"receipt": r, "case_url": case_url("workspace", r.document.case)} for r in unopened[:SHOWN]],
            "unopened_more": len(unopened) > SHOWN,
            "unopened_days": unopened_days(),
            "dates": [
                {
                    "key_date": d,
                    "url": case_url("key_date_edit", d.case, d.public_id),
                    "case_url": case_url("workspace", d.case),
                }
                for d in dates[:SHOWN]
            ],
            "dates_more": len(dates) > SHOWN,
            "soon_days": SOON_DAYS,
            "cases": cases[:SHOWN],
            "cases_more": len(cases) > SHOWN,
            "to_watch": to_watch,
            "cases_url": index_url(),
        }
