"""Writes for evaluation projects: create, close, and make an extract (which writes only its log row).

Only an LA admin of the project's own council may do any of these. The permission check runs before
the transaction opens, so the audit row of a refusal is kept.
"""

import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from portal.audit.services import audit_allowed, audit_denied
from portal.authorities.services import la_admin_required

from ..extract import extract_archive
from ..models import EvaluationProject


def evaluation_project_create(*, authority, name, created_by):
    """A new project, with a new random key: no two projects can join their extracts."""
    la_admin_required(actor=created_by, authority=authority, action="evaluation_project_create")
    project = EvaluationProject(authority=authority, name=name.strip(), created_by=created_by)
    project.full_clean()
    with transaction.atomic():
        project.save()
        audit_allowed(
            actor=created_by,
            action="evaluation_project_create",
            obj=project,
            authority=authority,
            detail=f"project={project.pk}",
        )
    return project


def evaluation_project_close(*, project, closed_by):
    """No more extracts. The key is kept, so the council can still answer questions about past ones."""
    la_admin_required(actor=closed_by, authority=project.authority, action="evaluation_project_close", obj=project)
    if project.closed_at is not None:
        raise ValidationError(gettext("This evaluation project is already closed."))
    with transaction.atomic():
        project.closed_at = timezone.now()
        project.save(update_fields=["closed_at"])
        audit_allowed(
            actor=closed_by,
            action="evaluation_project_close",
            obj=project,
            authority=project.authority,
            detail=f"project={project.pk}",
        )
    return project


def evaluation_extract_make(*, project, generated_by, request=None):
    """The extract's zip bytes, logged with who, when (the row's time), the project, the row count and
    the file's SHA-256, so that a file found later can be matched to the row that made it.

    A refused extract (closed project, too few rows) is logged too, outside the transaction so it stays.
    """
    action = "evaluation_extract"
    la_admin_required(actor=generated_by, authority=project.authority, action=action, obj=project)
    try:
        with transaction.atomic():  # one consistent read of the council's periods, and its log row
            content, rows = extract_archive(project=project)
            audit_allowed(
                actor=generated_by,
                action=action,
                obj=project,
                authority=project.authority,
                request=request,
                detail=f"project={project.pk}; rows={rows}; sha256={hashlib.sha256(content).hexdigest()}",
            )
    except ValidationError as error:
        audit_denied(
            actor=generated_by,
            action=action,
            obj=project,
            authority=project.authority,
            request=request,
            detail=f"project={project.pk}; {'; '.join(error.messages)}",
        )
        raise
    return content
