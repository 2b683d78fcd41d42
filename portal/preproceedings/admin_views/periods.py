"""Add or change a pre-proceedings period of a child: the milestones, in the order of the work.

Dates the case already holds (a stage change, a key date) are offered, not typed again: on a child's
first period they are filled in, with a hint saying where they come from, for the worker to check.
On a later period they are only hinted, since the case's first letter was not that period's letter.
"""

from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from portal.cases.admin_views.mixins import CaseActionFormView
from portal.preproceedings import selectors, services

from .forms import PeriodForm, period_initial


class PeriodView(CaseActionFormView):
    """Add a period to a child, or change one (when the URL names it)."""

    audit_name = "staff_period"
    form_class = PeriodForm
    template_name = "preproceedings/admin/period_form.html"
    header_icon = "date"
    intro = _(
        "Record each step when it happens. The census's rules are checked when you save. If you "
        "cannot answer something yet, leave it blank; to send the return with it blank, say why."
    )

    def load_objects(self):
        super().load_objects()
        user = self.request.user
        self.child = selectors.child_get_for_case(user=user, case=self.case, child_id=self.kwargs["child_id"])
        self.period = None
        if "period_id" in self.kwargs:
            self.period = selectors.period_get_for_child(
                user=user, child=self.child, period_id=self.kwargs["period_id"]
            )
        services.outcome_codes_ensure(authority=self.case.authority, ensured_by=user)
        self.known = selectors.known_dates(self.case)

    def get_page_title(self):
        if self.period:
            return gettext("Change %(name)s's pre-proceedings period") % {"name": self.child.first_name}
        return gettext("Add a pre-proceedings period for %(name)s") % {"name": self.child.first_name}

    @property
    def submit_button_label(self):
        return gettext("Save the period")

    def prefills(self):
        """Known dates filled in: only on a child's first period (see the module docstring)."""
        if self.period is not None or selectors.child_has_periods(child=self.child):
            return {}
        return {name: known.day for name, known in self.known.fields.items()}

    def get_initial(self):
        return period_initial(self.period) if self.period else self.prefills()

    def get_extra_form_kwargs(self):
        return {"authority": self.case.authority, "known": self.known.fields}

    def review_meetings_text(self, form):
        values = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
        first = values.get("first_meeting_date") or form.initial.get("first_meeting_date")
        until = values.get("step_decision_date") or form.initial.get("step_decision_date") or timezone.localdate()
        if not first:
            return gettext("Counted from review-meeting key dates once the first meeting date is recorded.")
        count = self.known.review_meetings_count(first_meeting_date=first, until=until)
        return ngettext(
            "%(count)s review meeting recorded as a key date after the first meeting.",
            "%(count)s review meetings recorded as key dates after the first meeting.",
            count,
        ) % {"count": count}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"child": self.child, "review_meetings": self.review_meetings_text(context["form"])})
        return context

    def perform(self, form):
        fields, blank_reasons = form.service_data()
        services.period_save(
            child=self.child, saved_by=self.request.user, period=self.period, blank_reasons=blank_reasons, **fields
        )
        return gettext("%(name)s's pre-proceedings period has been saved.") % {"name": self.child.first_name}
