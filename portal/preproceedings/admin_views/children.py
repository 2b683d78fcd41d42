"""Add a child to a case, or change one: a record of its own, so the census can count children."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.cases.admin_views.mixins import CaseActionFormView
from portal.ops.once import FIELD as ONCE_FIELD
from portal.preproceedings import selectors, services

from .forms import ChildForm


class ChildView(CaseActionFormView):
    """Add a child, or change one (when the URL names it)."""

    audit_name = "staff_child"
    form_class = ChildForm
    header_icon = "user"
    intro = _(
        "Each child has their own pre-proceedings record, as the census counts children. The family "
        "still sees one case. Record the month and year of birth only: the census needs no more."
    )

    def load_objects(self):
        super().load_objects()
        self.child = None
        if "child_id" in self.kwargs:
            self.child = selectors.child_get_for_case(
                user=self.request.user, case=self.case, child_id=self.kwargs["child_id"]
            )

    def get_page_title(self):
        return gettext("Change a child's details") if self.child else gettext("Add a child")

    @property
    def submit_button_label(self):
        return gettext("Save the child") if self.child else gettext("Add the child")

    def get_initial(self):
        if self.child is None:
            return {}
        return {name: getattr(self.child, name) for name in ChildForm.base_fields}

    def perform(self, form):
        fields = {name: value for name, value in form.cleaned_data.items() if name != ONCE_FIELD}
        child = services.child_save(case=self.case, saved_by=self.request.user, child=self.child, **fields)
        return gettext("%(name)s has been saved.") % {"name": child.first_name}
