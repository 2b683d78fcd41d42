"""The case workspace page, and the worker's document download."""

from django.conf import settings
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from portal.audit.services import audit_allowed
from portal.cases import selectors, selectors_people
from portal.conversations.admin_views import thread_url
from portal.conversations.selectors import unanswered_threads_for_worker, unopened_days, unopened_too_long
from portal.documents.cover_notes import KIND_CHOICES
from portal.documents.downloads import attachment_response
from portal.documents.selectors import (
    document_get_for_worker,
    documents_for_case_worker,
    family_upload_get_for_case,
    family_uploads_for_case_worker,
    version_for_worker,
)
from portal.documents.services import family_upload_seen
from portal.network.admin_context import network_panel
from portal.preproceedings.selectors import children_for_workspace

from .mixins import CaseScopedMixin, case_url, index_url


class CaseWorkspaceView(CaseScopedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Everything about one case on one page, with a link to each action."""

    audit_name = "staff_case_view"
    template_name = "cases/admin/workspace.html"
    header_icon = "group"

    def get_page_title(self):
        return self.case.family_name

    def get_page_subtitle(self):
        return self.case.reference

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": index_url(), "label": gettext("Cases")},
            {"url": "", "label": self.case.family_name, "sublabel": self.case.reference},
        ]

    @cached_property
    def header_buttons(self):
        closed = bool(self.case.closed_reason)  # closed by a worker: the stage no longer changes
        buttons = (
            []
            if closed
            else [HeaderButton(gettext("Change the stage"), url=case_url("stage", self.case), icon_name="history")]
        )
        buttons += [
            HeaderButton(gettext("Edit case details"), url=case_url("edit", self.case), icon_name="edit"),
            HeaderButton(gettext("Hand over"), url=case_url("handover", self.case), icon_name="user"),
        ]
        if not closed:
            buttons.append(HeaderButton(gettext("Close case"), url=case_url("close", self.case), icon_name="lock"))
        return buttons

    def get_context_data(self, **kwargs):
        case = self.case
        user = self.request.user
        timeline = selectors.case_timeline(case=case)
        documents = documents_for_case_worker(user=user, case=case)
        now = timezone.now()
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "case": case,
                "stage": case.stage_info,
                "stage_changes": timeline["stage_changes"],
                "timescale": selectors.case_timescale(
                    case=case, stage_changes=timeline["stage_changes"], key_dates=timeline["key_dates"]
                ),
                "key_dates": [
                    {"key_date": d, "edit_url": case_url("key_date_edit", case, d.public_id)}
                    for d in timeline["key_dates"]
                ],
                "participants": family_member_rows(case),
                "handover": selectors_people.handover_latest(case=case),
                "contacts": [
                    {"contact": c, "edit_url": case_url("contact_edit", case, c.pk)}
                    for c in selectors.case_contacts(case=case)
                ],
                "workers": selectors.case_named_workers(case=case),
                "children": children_for_workspace(case=case),
                "network": network_panel(case),
                "documents": [self._document_context(document) for document in documents],
                "family_uploads": [
                    {"upload": upload, "url": case_url("family_upload_download", case, upload.public_id)}
                    for upload in family_uploads_for_case_worker(case=case)
                ],
                "questions": [
                    {"thread": thread, "url": thread_url(thread)}
                    for thread in unanswered_threads_for_worker(user=user, case=case)
                ],
                # From the receipts already loaded with the documents: no second look at the database.
                "unopened_receipt_ids": {
                    receipt.pk
                    for document in documents
                    for receipt in document.recipients.all()
                    if unopened_too_long(receipt, now=now)
                },
                "unopened_days": unopened_days(),
                "urls": {
                    name: case_url(name, case)
                    for name in ("stage", "participant_add", "key_date_add", "contact_add", "workers", "document_share")
                },
                # One click from the case to a share form already holding the kind's cover note.
                "share_kinds": [
                    {"label": label, "url": f"{case_url('document_share', case)}?{urlencode({'kind': kind})}"}
                    for kind, label in KIND_CHOICES
                ],
            }
        )
        audit_allowed(actor=user, action="staff_case_view", obj=case, authority=case.authority, request=self.request)
        return context

    def _document_context(self, document):
        case = self.case
        versions = sorted(document.versions.all(), key=lambda version: version.number, reverse=True)
        return {
            "document": document,
            "recipients": sorted(document.recipients.all(), key=lambda receipt: str(receipt.participant.user)),
            "versions": [
                {
                    "version": version,
                    "download_url": case_url("document_download", case, document.public_id, version.number),
                }
                for version in versions
            ],
            "version_url": case_url("document_version", case, document.public_id),
            "recipients_url": case_url("document_recipients", case, document.public_id),
        }


class DocumentDownloadView(CaseScopedMixin, View):
    """A worker downloads any version of a document in a case of their LA.

    Authorised first, through the worker's scope, before the file is looked at at all.
    """

    audit_name = "staff_document_download"

    def load_objects(self):
        super().load_objects()
        document = document_get_for_worker(user=self.request.user, document_id=self.kwargs["document_id"])
        if document.case_id != self.case.pk:
            raise Http404
        self.document = document
        self.version = version_for_worker(document=document, number=self.kwargs["number"])
        if self.version is None or not self.version.is_downloadable:  # waiting for a virus scan, or infected
            raise Http404

    def get(self, request, *args, **kwargs):
        audit_allowed(
            actor=request.user,
            action="staff_document_download",
            obj=self.document,
            authority=self.case.authority,
            request=request,
            detail=f"version={self.version.number}",
        )
        return attachment_response(self.version)


class FamilyUploadDownloadView(CaseScopedMixin, View):
    """A worker opens a file the family sent. The first opening tells the sender it was seen."""

    audit_name = "staff_family_upload_download"

    def load_objects(self):
        super().load_objects()
        self.upload = family_upload_get_for_case(case=self.case, upload_id=self.kwargs["upload_id"])
        if not self.upload.is_downloadable:  # waiting for a virus scan, or infected
            raise Http404

    def get(self, request, *args, **kwargs):
        family_upload_seen(upload=self.upload, seen_by=request.user)
        return attachment_response(self.upload)


LANGUAGE_NAMES = dict(settings.LANGUAGES)  # each in its own name


def family_member_rows(case):
    """Family members and people invited with an account they already had, alike: the worker sees the
    name and address they typed, the invitation date, and when the person last signed in and the
    language they chose since they could see the case, never whether the address was known."""
    rows = [
        {
            "name": p.user.get_full_name() or p.user.email,
            "email": p.user.email,
            "role": p.role,
            "role_display": p.get_role_display(),
            "invited_at": p.invited_at,
            "last_signed_in": p.user.last_login,
            "language": LANGUAGE_NAMES.get(p.user.language, ""),
            "actions": _person_actions(case, "participant", p.pk, signed_in=p.user.last_login is not None),
        }
        for p in selectors.participants_for_case(case=case)
    ]
    rows += [
        {
            "name": str(i) or i.user.email,
            "email": i.user.email,
            "role": i.role,
            "role_display": i.get_role_display(),
            "invited_at": i.invited_at,
            # Never the account's own sign-ins: they would tell the worker the address already had one.
            "last_signed_in": None,
            "language": "",  # nor the account's language
            "actions": _person_actions(case, "invitation", i.pk, signed_in=False),
        }
        for i in selectors.pending_invitations_for_case(case=case)
    ]
    return sorted(rows, key=lambda row: (row["role"], row["name"].casefold()))


def _person_actions(case, kind, pk, *, signed_in):
    """The same three links for a family member and an invitation (admin_views/people.py), so the
    table does not tell the two apart either."""
    actions = [(gettext("Preview what they see"), f"{kind}_preview")]
    actions += [] if signed_in else [(gettext("Resend invitation"), f"{kind}_invite_again")]
    actions += [(gettext("Change email address"), f"{kind}_email"), (gettext("Remove access"), f"{kind}_remove")]
    return [{"label": label, "url": case_url(name, case, pk)} for label, name in actions]
