"""The LA admin's staff screens, inside the Wagtail admin.

Wagtail's own Users admin is not used: anyone allowed to edit users there can make a superuser.
These screens reach accounts only through `staff_for_admin`, so an LA admin sees and changes
their own LA's staff and nobody else. Anything out of scope is a 404, written to the access log.
"""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import HeaderButton

from portal.audit.services import audit_allowed, audit_denied
from portal.ops.once import FIELD as ONCE_FIELD
from portal.ops.once import once_field_add, submit_once

from ..forms import CouncilSettingsForm, StaffMemberCreateForm, StaffMemberEditForm
from ..selectors import (
    la_admin_membership_for,
    staff_for_admin_with_mfa,
    staff_has_second_factor,
    staff_membership_for,
    staff_membership_get_for_admin,
)
from ..services import (
    COUNCIL_SETTINGS,
    council_settings_update,
    staff_member_create,
    staff_member_deactivate,
    staff_member_reactivate,
    staff_member_update,
)

STAFF_NAMESPACE = "authorities_staff"


class LAAdminMenuItem(MenuItem):
    """Shown only to active LA admins. Hiding it is a courtesy: the views check for themselves."""

    def is_shown(self, request):
        return la_admin_membership_for(request.user) is not None


class LAAdminRequiredMixin:
    """LA admins only. Everyone else (workers, editors, superusers) gets a 404, never a 403.

    Every refusal and every successful page view is written to the access log. Writes are
    logged by the services they call.
    """

    audit_action = ""  # what a refusal is logged as: what the person was trying to do
    audit_view_action = None  # pages that show personal data log each GET as this

    def dispatch(self, request, *args, **kwargs):
        try:
            self.admin_membership = la_admin_membership_for(request.user)
            if self.admin_membership is None:
                raise Http404
            self.object = self.get_object()
            # Logged before the page is built, so the log's own listing counts and shows this row.
            if request.method == "GET" and self.audit_view_action:
                audit_allowed(
                    actor=request.user,
                    action=self.audit_view_action,
                    obj=self.object,
                    request=request,
                    authority=self.admin_membership.authority,
                )
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as exc:
            # A service refused and has already logged it; show the same 404 as a selector would.
            raise Http404 from exc
        except Http404:
            own = staff_membership_for(request.user)
            audit_denied(
                actor=request.user,
                action=self.audit_action,
                request=request,
                authority=own.authority if own is not None else None,
                detail="not found or not allowed",
            )
            raise

    def get_object(self):
        return None


class StaffMembershipMixin(LAAdminRequiredMixin):
    """Views about one member of staff, found only through the admin-scoped selector."""

    def get_object(self):
        return staff_membership_get_for_admin(user=self.request.user, membership_id=self.kwargs["membership_id"])

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{STAFF_NAMESPACE}:index"), "label": _("Staff")},
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.object.user)},
        ]

    def get_page_subtitle(self):
        return str(self.object.user)


def _has_mfa_label(membership):
    return _("Yes") if membership.has_mfa else _("Not yet")


def _is_active_label(membership):
    return _("Active") if membership.user.is_active else _("Deactivated")


class StaffIndexView(LAAdminRequiredMixin, BaseListingView):
    audit_action = audit_view_action = "staff_list"
    page_title = _("Staff")
    header_icon = "group"
    paginate_by = 50
    index_url_name = f"{STAFF_NAMESPACE}:index"
    default_ordering = "user__email"
    verbose_name = _("member of staff")
    verbose_name_plural = _("staff")
    template_name = "authorities/admin/staff_index.html"
    columns = [
        TitleColumn(
            "name",
            label=_("Name"),
            accessor=lambda membership: membership.user.get_full_name() or membership.user.email,
            url_name=f"{STAFF_NAMESPACE}:edit",
        ),
        Column("email", label=_("Email"), accessor="user.email", sort_key="user__email"),
        Column("role", label=_("Role"), accessor="get_role_display", sort_key="role"),
        Column("job_title", label=_("Job title"), sort_key="job_title"),
        Column("active", label=_("Account"), accessor=_is_active_label),
        Column("mfa", label=_("Authenticator set up"), accessor=_has_mfa_label),
    ]

    def get_base_queryset(self):
        return staff_for_admin_with_mfa(user=self.request.user)

    def get_header_buttons(self):
        return [
            HeaderButton(label=_("Add a member of staff"), url=reverse(f"{STAFF_NAMESPACE}:add"), icon_name="plus"),
        ]


class StaffFormView(WagtailAdminTemplateMixin, FormView):
    template_name = "authorities/admin/staff_form.html"
    header_icon = "group"
    submit_button_label = _("Save")

    @method_decorator(submit_once)  # a double click adds or changes once (portal/ops/once.py)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return once_field_add(super().get_form(form_class))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["submit_button_label"] = self.submit_button_label
        context["submit_button_active_label"] = _("Saving…")
        context["membership"] = self.object
        return context

    def form_valid(self, form):
        form.cleaned_data.pop(ONCE_FIELD, None)  # bookkeeping, not a detail of the member of staff
        try:
            membership = self.save_through_service(form)
        except ValidationError as error:
            form.add_service_errors(error)
            return self.form_invalid(form)
        messages.success(self.request, self.success_message % {"name": membership.user})
        if membership.user_id == self.request.user.pk and membership.role != membership.Role.ADMIN:
            # They have just made themselves a worker: the staff screens are no longer theirs. (Asked of
            # the membership just saved: the one kept on request.user is as it was when the request began.)
            return redirect("wagtailadmin_home")
        return redirect(f"{STAFF_NAMESPACE}:index")


class StaffCreateView(LAAdminRequiredMixin, StaffFormView):
    audit_action = "staff_create"
    form_class = StaffMemberCreateForm
    page_title = _("Add a member of staff")
    submit_button_label = _("Add and send invitation")
    success_message = _("%(name)s has been added and sent an email saying their account is ready.")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{STAFF_NAMESPACE}:index"), "label": _("Staff")},
            {"url": "", "label": self.get_page_title()},
        ]

    def save_through_service(self, form):
        return staff_member_create(
            authority=self.admin_membership.authority, created_by=self.request.user, **form.cleaned_data
        )


class StaffEditView(StaffMembershipMixin, StaffFormView):
    audit_action = "staff_update"
    audit_view_action = "staff_view"
    form_class = StaffMemberEditForm
    page_title = _("Edit member of staff")
    success_message = _("%(name)s has been updated.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["has_second_factor"] = staff_has_second_factor(membership=self.object)
        return context

    def get_initial(self):
        user = self.object.user
        return {
            "first_name": user.first_name,
            "last_name": user.last_name,
            "role": self.object.role,
            "job_title": self.object.job_title,
            "phone": self.object.phone,
        }

    def save_through_service(self, form):
        return staff_member_update(membership=self.object, updated_by=self.request.user, **form.cleaned_data)


class StaffActivationView(StaffMembershipMixin, WagtailAdminTemplateMixin, TemplateView):
    """A confirmation page (GET) and the change itself (POST, with the CSRF token)."""

    template_name = "authorities/admin/staff_confirm_activation.html"
    header_icon = "group"
    deactivate = True

    def get_page_title(self):
        return _("Deactivate member of staff") if self.deactivate else _("Reactivate member of staff")

    @method_decorator(submit_once)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["once_form"] = once_field_add(forms.Form())
        context["membership"] = self.object
        context["deactivate"] = self.deactivate
        context["cancel_url"] = reverse(f"{STAFF_NAMESPACE}:edit", args=[self.object.pk])
        return context

    def post(self, request, *args, **kwargs):
        try:
            if self.deactivate:
                staff_member_deactivate(membership=self.object, deactivated_by=request.user)
                messages.success(request, _("%(name)s can no longer sign in.") % {"name": self.object.user})
            else:
                staff_member_reactivate(membership=self.object, reactivated_by=request.user)
                messages.success(request, _("%(name)s can sign in again.") % {"name": self.object.user})
        except ValidationError as error:
            context = self.get_context_data(errors=error.messages)
            return self.render_to_response(context)
        return redirect(f"{STAFF_NAMESPACE}:index")


class StaffDeactivateView(StaffActivationView):
    audit_action = "staff_deactivate"
    deactivate = True


class StaffReactivateView(StaffActivationView):
    audit_action = "staff_reactivate"
    deactivate = False


class StaffViewSet(ViewSet):
    """Add, edit, deactivate and reactivate the staff of the admin's own LA, at /admin/staff/."""

    name = STAFF_NAMESPACE
    url_prefix = "staff"
    icon = "group"
    menu_label = _("Staff")
    menu_item_class = LAAdminMenuItem
    menu_order = 8000
    add_to_admin_menu = True

    def get_urlpatterns(self):
        from .authenticator import StaffAuthenticatorResetView  # it builds on the views above

        return [
            path("", StaffIndexView.as_view(), name="index"),
            path("add/", StaffCreateView.as_view(), name="add"),
            path("<int:membership_id>/", StaffEditView.as_view(), name="edit"),
            path("<int:membership_id>/deactivate/", StaffDeactivateView.as_view(), name="deactivate"),
            path("<int:membership_id>/reactivate/", StaffReactivateView.as_view(), name="reactivate"),
            path(
                "<int:membership_id>/authenticator/",
                StaffAuthenticatorResetView.as_view(),
                name="authenticator_reset",
            ),
        ]


COUNCIL_NAMESPACE = "authorities_council"


class CouncilSettingsView(LAAdminRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """The LA admin's own council's settings: how families reach it, and the timescales it keeps."""

    audit_action = "council_settings_update"
    template_name = "authorities/admin/council_settings.html"
    form_class = CouncilSettingsForm
    header_icon = "cog"
    page_title = _("Council settings")

    @method_decorator(submit_once)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_object(self):
        return self.admin_membership.authority

    def get_page_subtitle(self):
        return self.object.name

    def get_form(self, form_class=None):
        return once_field_add(super().get_form(form_class))

    def get_initial(self):
        return {name: getattr(self.object, name) for name in COUNCIL_SETTINGS}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "action_url": self.request.path,
                "submit_button_label": _("Save"),
                "submit_button_active_label": _("Saving…"),
            }
        )
        return context

    def form_valid(self, form):
        form.cleaned_data.pop(ONCE_FIELD, None)
        try:
            council_settings_update(authority=self.object, updated_by=self.request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_service_errors(error)
            return self.form_invalid(form)
        messages.success(self.request, _("The council's settings have been saved."))
        return redirect(f"{COUNCIL_NAMESPACE}:index")

    def form_invalid(self, form):
        messages.validation_error(self.request, _("Nothing was saved. Check the messages below."), form)
        return super().form_invalid(form)


class CouncilSettingsViewSet(ViewSet):
    name = COUNCIL_NAMESPACE
    url_prefix = "council-settings"
    icon = "cog"
    menu_label = _("Council settings")
    menu_item_class = LAAdminMenuItem
    menu_order = 8010
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [path("", CouncilSettingsView.as_view(), name="index")]
