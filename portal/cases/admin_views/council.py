"""An LA admin's home in the Wagtail admin: each worker's load, in counts (portal/cases/oversight.py)."""

from django.utils import timezone
from wagtail.admin.ui.components import Component

from ..oversight import council_workload
from .home import SOON_DAYS


class CouncilWorkloadPanel(Component):
    name = "council_workload"
    order = 10
    template_name = "cases/admin/council_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        loads, unnamed = council_workload(user=self.request.user, now=now, soon_days=SOON_DAYS)
        return {"now": now, "loads": loads, "unnamed": unnamed, "soon_days": SOON_DAYS}
