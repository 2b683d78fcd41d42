"""The Cases viewset: Wagtail's generic listing, create and edit views, narrowed to one LA.

Wagtail's generic views fetch objects with the model's default manager and check only
model-wide permissions. Here every view is scoped: the listing's base queryset and the edit
view's queryset come from cases_for_worker, and everything else (the workspace and its actions)
is added to the same URL namespace by get_urlpatterns. Views that would look objects up without
scope (delete, copy, history, usage, inspect) are left out of the URL map altogether.
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from portal.cases.models import Case
from portal.cases.permissions import CasePermissionPolicy
from portal.cases.selectors import cases_for_worker, cases_listed_for_worker
from portal.cases.services import case_create, case_update
from portal.network import admin_views as network
from portal.ops.form_errors import apply_service_errors
from portal.ops.once import once_field_add, submit_once
from portal.preproceedings.admin_views import children, periods

from . import actions, documents, people, preview, workspace
from .forms import CaseDetailsForm, CaseForm
from .mixins import URL_NAMESPACE, WorkerOnlyMixin

case_permission_policy = CasePermissionPolicy(Case)


def workspace_url(case):
    return reverse(f"{URL_NAMESPACE}:workspace", args=[case.pk])


class CaseIndexView(WorkerOnlyMixin, generic.IndexView):
    audit_name = "staff_case_list"
    page_title = _("Cases")
    default_ordering = "family_name"

    def get_base_queryset(self):
        return cases_listed_for_worker(user=self.request.user, closed=self.showing_closed)

    @cached_property
    def showing_closed(self):
        """Open cases by default; ?closed=1 lists the closed ones (kept until retention deletes them)."""
        return self.request.GET.get("closed") == "1"

    def get_page_subtitle(self):
        return gettext("Closed cases") if self.showing_closed else gettext("Open cases")

    @cached_property
    def header_buttons(self):
        label = gettext("Show open cases") if self.showing_closed else gettext("Show closed cases")
        url = reverse(f"{URL_NAMESPACE}:index") + ("" if self.showing_closed else "?closed=1")
        return [*super().header_buttons, HeaderButton(label, url=url, icon_name="list-ul")]

    @cached_property
    def columns(self):
        title_column_class = self._get_title_column_class(TitleColumn)
        return [
            title_column_class(
                "family_name", label=gettext("Family name"), get_url=workspace_url, sort_key="family_name"
            ),
            Column("reference", label=gettext("Reference"), sort_key="reference"),
            Column("children_first_names", label=gettext("Children")),
            Column("stage", label=gettext("Stage"), accessor=lambda case: case.stage_info.title, sort_key="stage"),
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            MenuItem(
                gettext("Open workspace"), url=workspace_url(instance), icon_name="folder-open-inverse", priority=5
            )
        )
        return buttons


class CaseFormViewMixin(WorkerOnlyMixin):
    """Create and edit save through the case services, and show their errors on the form. Each is
    done once however often the form is sent (portal/ops/once.py)."""

    @method_decorator(submit_once)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return once_field_add(super().get_form(form_class))

    def save_through_service(self, form):
        raise NotImplementedError

    def form_valid(self, form):
        self.form = form
        try:
            self.object = self.save_through_service(form)
        except ValidationError as error:
            apply_service_errors(form, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        return self.save_action()

    def get_success_url(self):
        return workspace_url(self.object)


class CaseCreateView(CaseFormViewMixin, generic.CreateView):
    audit_name = "staff_case_create"
    page_title = _("New case")

    def save_through_service(self, form):
        data = form.cleaned_data
        return case_create(
            authority=self.authority,
            reference=data["reference"],
            family_name=data["family_name"],
            children_first_names=data["children_first_names"],
            stage=data["stage"],
            created_by=self.request.user,
        )


class CaseEditView(CaseFormViewMixin, generic.EditView):
    audit_name = "staff_case_edit"

    def get_queryset(self):
        return cases_for_worker(user=self.request.user).select_related("authority")

    def save_through_service(self, form):
        data = form.cleaned_data
        # The form has already copied its data onto self.object; the service checks and saves it.
        return case_update(
            case=self.object,
            reference=data["reference"],
            family_name=data["family_name"],
            children_first_names=data["children_first_names"],
            updated_by=self.request.user,
        )


class CaseViewSet(ModelViewSet):
    model = Case
    name = URL_NAMESPACE
    menu_label = _("Cases")
    icon = "group"
    add_to_admin_menu = True
    menu_order = 150
    index_view_class = CaseIndexView
    add_view_class = CaseCreateView
    edit_view_class = CaseEditView
    search_fields = ["family_name", "reference", "children_first_names"]
    search_backend_name = None  # Case is not in the search index: search the worker's own cases with the ORM.
    list_filter = ["stage"]
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False

    @property
    def permission_policy(self):
        return case_permission_policy

    def get_form_class(self, for_update=False):
        return CaseDetailsForm if for_update else CaseForm

    def get_common_view_kwargs(self, **kwargs):
        # These views are not in the URL map (see the module docstring); stop the generic
        # views linking to them.
        return super().get_common_view_kwargs(
            history_url_name=None, usage_url_name=None, delete_url_name=None, **kwargs
        )

    def get_permissions_to_register(self):
        # Case access comes from staff memberships, not from group permissions: offering
        # "can change case" checkboxes on the group screen would only mislead.
        return Permission.objects.none()

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("new/", self.add_view, name="add"),
            path("edit/<int:pk>/", self.edit_view, name="edit"),
            path("<int:pk>/", workspace.CaseWorkspaceView.as_view(), name="workspace"),
            path("<int:pk>/stage/", actions.StageChangeView.as_view(), name="stage"),
            path("<int:pk>/family/add/", actions.ParticipantAddView.as_view(), name="participant_add"),
            path("<int:pk>/dates/add/", actions.KeyDateView.as_view(), name="key_date_add"),
            path("<int:pk>/dates/<uuid:key_date_id>/", actions.KeyDateView.as_view(), name="key_date_edit"),
            path("<int:pk>/contacts/add/", actions.CaseContactView.as_view(), name="contact_add"),
            path("<int:pk>/contacts/<int:contact_id>/", actions.CaseContactView.as_view(), name="contact_edit"),
            path("<int:pk>/workers/", actions.CaseWorkersView.as_view(), name="workers"),
            path("<int:pk>/close/", people.CaseCloseView.as_view(), name="close"),
            path(
                "<int:pk>/family/<int:participant_id>/preview/",
                preview.FamilyPreviewView.as_view(),
                name="participant_preview",
            ),
            path(
                "<int:pk>/invitations/<int:invitation_id>/preview/",
                preview.FamilyPreviewView.as_view(),
                name="invitation_preview",
            ),
            path("<int:pk>/hand-over/", people.CaseHandoverView.as_view(), name="handover"),
            path(
                "<int:pk>/family/<int:participant_id>/invite/",
                people.ParticipantInviteAgainView.as_view(),
                name="participant_invite_again",
            ),
            path(
                "<int:pk>/family/<int:participant_id>/email/",
                people.ParticipantEmailView.as_view(),
                name="participant_email",
            ),
            path(
                "<int:pk>/family/<int:participant_id>/remove/",
                people.ParticipantRemoveView.as_view(),
                name="participant_remove",
            ),
            path(
                "<int:pk>/invitations/<int:invitation_id>/invite/",
                people.InvitationInviteAgainView.as_view(),
                name="invitation_invite_again",
            ),
            path(
                "<int:pk>/invitations/<int:invitation_id>/email/",
                people.InvitationEmailView.as_view(),
                name="invitation_email",
            ),
            path(
                "<int:pk>/invitations/<int:invitation_id>/remove/",
                people.InvitationRemoveView.as_view(),
                name="invitation_remove",
            ),
            path("<int:pk>/documents/share/", documents.DocumentShareView.as_view(), name="document_share"),
            path(
                "<int:pk>/documents/share/confirm/",
                documents.DocumentShareConfirmView.as_view(),
                name="document_share_confirm",
            ),
            path(
                "<int:pk>/documents/<uuid:document_id>/new-version/",
                documents.DocumentVersionView.as_view(),
                name="document_version",
            ),
            path(
                "<int:pk>/documents/<uuid:document_id>/recipients/",
                documents.DocumentRecipientsView.as_view(),
                name="document_recipients",
            ),
            path(
                "<int:pk>/documents/<uuid:document_id>/versions/<int:number>/download/",
                workspace.DocumentDownloadView.as_view(),
                name="document_download",
            ),
            path(
                "<int:pk>/sent/<uuid:upload_id>/",
                workspace.FamilyUploadDownloadView.as_view(),
                name="family_upload_download",
            ),
            path("<int:pk>/network/add/", network.NetworkPersonView.as_view(), name="network_add"),
            path("<int:pk>/network/<uuid:person_id>/", network.NetworkPersonView.as_view(), name="network_edit"),
            path("<int:pk>/family-meeting/", network.FamilyMeetingView.as_view(), name="family_meeting"),
            path("<int:pk>/young-people/read/", network.VoiceReadView.as_view(), name="voice_read"),
            path("<int:pk>/children/add/", children.ChildView.as_view(), name="child_add"),
            path("<int:pk>/children/<int:child_id>/", children.ChildView.as_view(), name="child_edit"),
            path("<int:pk>/children/<int:child_id>/periods/add/", periods.PeriodView.as_view(), name="period_add"),
            path(
                "<int:pk>/children/<int:child_id>/periods/<int:period_id>/",
                periods.PeriodView.as_view(),
                name="period_edit",
            ),
        ]
