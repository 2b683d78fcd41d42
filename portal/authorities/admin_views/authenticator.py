"""An LA admin resets a member of staff's authenticator (a lost or replaced phone), after checking
who is asking. The person sets up a new one at their next sign-in. Never their own: another admin
must check who they are, so one stolen admin account cannot swap its own authenticator."""

from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.ops.once import FIELD as ONCE_FIELD
from portal.ops.once import once_field_add, submit_once

from ..forms import StaffAuthenticatorResetForm
from ..selectors import staff_has_second_factor
from ..services.authenticator import staff_authenticator_reset
from . import STAFF_NAMESPACE, StaffMembershipMixin


class StaffAuthenticatorResetView(StaffMembershipMixin, WagtailAdminTemplateMixin, FormView):
    audit_action = "staff_authenticator_reset"
    template_name = "authorities/admin/staff_authenticator_reset.html"
    form_class = StaffAuthenticatorResetForm
    header_icon = "key"
    page_title = _("Reset authenticator")

    @method_decorator(submit_once)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return once_field_add(super().get_form(form_class))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "membership": self.object,
                "is_self": self.object.user_id == self.request.user.pk,
                "has_second_factor": staff_has_second_factor(membership=self.object),
                "action_url": self.request.path,
                "submit_button_label": _("Reset their authenticator"),
                "submit_button_active_label": _("Resetting…"),
                "cancel_url": reverse(f"{STAFF_NAMESPACE}:edit", args=[self.object.pk]),
            }
        )
        return context

    def form_valid(self, form):
        form.cleaned_data.pop(ONCE_FIELD, None)
        try:
            staff_authenticator_reset(
                membership=self.object,
                reset_by=self.request.user,
                identity_checked=form.cleaned_data["identity_checked"],
                how=form.cleaned_data["how"],
            )
        except ValidationError as error:
            form.add_service_errors(error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("%(name)s's authenticator has been removed. They will set up a new one when they next sign in.")
            % {"name": self.object.user},
        )
        return redirect(f"{STAFF_NAMESPACE}:index")
