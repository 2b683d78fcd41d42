"""Subject access (UK GDPR article 15): everything the portal holds about one person, as JSON.

What the person can already see in their family area is given as they see it (stage history and
notes, key dates, contacts, their named workers, documents shared with them). Records in other apps
that point at the account (questions they asked, notifications sent to them) are found by
following every foreign key to the user model, so a new app is included without changing this.
Secrets are never exported: authenticator secrets, password hashes and session keys.

The export can hold information about other people (a worker's name, a note that mentions the
other parent). The DPO reviews it before it is sent, as with any subject access request.
"""

import io
import json
import zipfile

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.utils import timezone

from portal.audit.models import AccessLogEntry

# Covered below on their own terms, or never exported (secrets), or not about the person.
_HANDLED = {
    "accounts.user",
    "cases.participant",
    # Exported per case below, as the person wrote it: never the workers' side (assessment, reasons).
    "network.networkperson",
    "audit.accesslogentry",
    "mfa.authenticator",
    "account.emailaddress",
    "usersessions.usersession",
}
_SECRET_FIELDS = {"password", "secret", "session_key", "key", "token", "data"}


def person_export(*, user):
    """A dict, ready for json.dumps(cls=DjangoJSONEncoder)."""
    return {
        "generated_at": timezone.now(),
        "account": _account(user),
        "cases": [_participation(p) for p in user.participations.select_related("case", "case__authority")],
        "other_records": _other_records(user),
        "access_log": list(
            AccessLogEntry.objects.filter(actor=user)
            .order_by("at")
            .values("at", "action", "object_type", "object_id", "outcome", "path")
        ),
    }


def person_export_json(*, user):
    return json.dumps(person_export(user=user), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)


def person_export_zip(*, user):
    """The JSON plus every document file shared with the person that they could download today."""
    from portal.documents.selectors import version_for_family

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", person_export_json(user=user))
        for participant in user.participations.all():
            for receipt in participant.received_documents.select_related("document"):
                version = version_for_family(document=receipt.document)
                if version is None or not version.is_downloadable:
                    continue
                with version.file.storage.open(version.file.name, "rb") as handle:
                    name = f"documents/{receipt.document.public_id}/{version.original_name}"
                    archive.writestr(name, handle.read())
    return out.getvalue()


def _account(user):
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession

    return {
        "email": user.email,
        "language": user.language,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        "email_addresses": list(EmailAddress.objects.filter(user=user).values("email", "verified", "primary")),
        "second_factors": sorted(Authenticator.objects.filter(user=user).values_list("type", flat=True)),
        "signed_in_devices": list(
            UserSession.objects.filter(user=user).values("ip", "user_agent", "created_at", "last_seen_at")
        ),
    }


def _participation(participant):
    case = participant.case
    receipts = participant.received_documents.select_related("document").prefetch_related("document__versions")
    return {
        "local_authority": case.authority.name,
        "case_name": case.family_name,
        "your_role": participant.get_role_display(),
        "stage": case.get_stage_display(),
        "invited_at": participant.invited_at,
        "stage_history": [
            {
                "stage": change.get_stage_display(),
                "note": change.note,
                "note_for_young_people": change.note_young_people,
                "changed_at": change.changed_at,
            }
            for change in case.stage_changes.all()
        ],
        "key_dates": list(case.key_dates.values("kind", "title", "starts_at", "place", "by_video", "note")),
        # The whole family's contacts and the person's own: another member's solicitor is theirs.
        "contacts": list(
            case.contacts.filter(Q(for_participant=None) | Q(for_participant=participant)).values(
                "role", "name", "organisation", "phone", "email"
            )
        ),
        "named_workers": [
            {
                "name": worker.get_full_name(),
                "job_title": getattr(getattr(worker, "staff_membership", None), "job_title", ""),
            }
            for worker in case.workers.all()
        ],
        "documents_shared_with_you": [
            {
                "title": receipt.document.title,
                "what_it_is": receipt.document.what_it_is,
                "why_you_have_it": receipt.document.why_you_have_it,
                "what_happens_next": receipt.document.what_happens_next,
                "who_to_ask": receipt.document.who_to_ask,
                "shared_at": receipt.shared_at,
                "first_opened_at": receipt.first_opened_at,
                "versions": [
                    {
                        "number": version.number,
                        "file_name": version.original_name,
                        "size": version.size,
                        "uploaded_at": version.uploaded_at,
                        "sha256": version.sha256,
                    }
                    for version in receipt.document.versions.all()
                ],
            }
            for receipt in receipts
        ],
        "family_network_you_listed": list(
            participant.network_suggested.values(
                "name", "connection", "how_to_reach", "offers", "note", "shared_with_family", "created_at", "removed_at"
            )
        ),
        "documents_you_sent": list(
            participant.sent_documents.values("original_name", "content_type", "size", "note", "sent_at", "seen_at")
        ),
        "your_words_to_your_worker": list(
            participant.voice.values("kind", "name", "text", "created_at", "read_at", "taken_back_at")
        ),
    }


def _other_records(user):
    """Rows in any other model that point at this account, without secret-looking fields."""
    records = {}
    user_model = get_user_model()
    for model in apps.get_models():
        label = model._meta.label_lower
        if label in _HANDLED or model._meta.app_label in {"wagtailcore", "auth", "contenttypes", "sessions"}:
            continue
        fields = [
            f
            for f in model._meta.get_fields()
            if isinstance(f, models.ForeignKey) and f.related_model in (user_model, settings.AUTH_USER_MODEL)
        ]
        rows = []
        for field in fields:
            values = [f.attname for f in model._meta.concrete_fields if f.name not in _SECRET_FIELDS]
            rows += list(model._default_manager.filter(**{field.name: user}).values(*values))
        if rows:
            records[label] = rows
    return records
