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
from portal.ops.once import FIELD as ONCE_FIELD

CONFIRM_TEMPLATE = "cases/admin/document_share_confirm.html"
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


def confirm_page_shown(response):
    """True if sending the share form led to the confirm page (the file passed its checks)."""
    return response.status_code == 200 and CONFIRM_TEMPLATE in {template.name for template in response.templates}


def confirm_post(client, case, confirm_page, action="share"):
    """Press a button of the confirm page: "share", "back" or "cancel"."""
    initial = confirm_page.context["form"].initial
    data = {"draft": initial["draft"], ONCE_FIELD: initial[ONCE_FIELD], "action": action}
    return client.post(url("document_share_confirm", case), data)


def share_through_pages(client, case, data):
    """Share as a worker does: send the share form, then press "Share with these people" if the
    confirm page was shown. Returns the last response (the form again, or the redirect)."""
    response = client.post(url("document_share", case), data)
    return confirm_post(client, case, response) if confirm_page_shown(response) else response


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
        url("document_share_confirm", case),
        url("document_version", case, document.public_id),
        url("document_recipients", case, document.public_id),
        url("document_download", case, document.public_id, 1),
    ]
