"""Builders for the staff workspace tests (test_workspace*.py): workers, cases, family members and
shared documents made through the portal's own services, and the workspace's addresses."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal.authorities.models import StaffMembership
from portal.authorities.roles import WORKER_GROUP
from portal.cases.services import participant_add
from portal.demo.builders import user_get_or_build
from portal.demo.pdf import make_pdf
from portal.documents.services import document_share

HTML_AS_PDF = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n" * 4


def make_worker(*, authority, email, first_name="", job_title="Family support worker"):
    user = user_get_or_build(email=email, first_name=first_name, last_name="Worker", groups=[WORKER_GROUP])
    StaffMembership.objects.create(
        user=user, authority=authority, role=StaffMembership.Role.WORKER, job_title=job_title
    )
    return user


def pdf_upload(name="letter.pdf", title="A letter"):
    return SimpleUploadedFile(name, make_pdf(title, ["Some plain words."]), content_type="application/pdf")


def share(*, case, title, recipients, shared_by):
    return document_share(
        case=case,
        uploaded_file=pdf_upload(title=title),
        title=title,
        what_it_is=f"{title}.",
        recipients=recipients,
        shared_by=shared_by,
    )


def url(name, case, *args):
    return reverse(f"cases:{name}", args=[case.pk, *args])


def add_family_member(case, *, email, first_name, role="parent", added_by=None):
    return participant_add(
        case=case, email=email, first_name=first_name, last_name="Family", role=role, added_by=added_by, invite=False
    )


def workspace_urls(case, document, key_date, contact):
    """Every URL of one case's workspace."""
    return [
        url("edit", case),
        url("workspace", case),
        url("stage", case),
        url("participant_add", case),
        url("key_date_add", case),
        url("key_date_edit", case, key_date.public_id),
        url("contact_add", case),
        url("contact_edit", case, contact.pk),
        url("workers", case),
        url("document_share", case),
        url("document_version", case, document.public_id),
        url("document_recipients", case, document.public_id),
        url("document_download", case, document.public_id, 1),
    ]
