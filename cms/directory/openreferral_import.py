"""Import Open Referral UK services: validate everything first, then write all or nothing.

Every record is read and checked first (openreferral_reader.py), then checked again as the
admin would check it (a website address, say). Every problem is reported with the record's
number and id, the field and what is wrong; if there is any, nothing is written.

Records are matched by id, so importing the same file twice changes nothing the second time.
A changed service is saved as a new published revision, so the admin shows what was imported
(an editor's unpublished draft of that service is replaced).
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from .models import Organisation, Service, ServicePhone, ServiceSchedule
from .openreferral import service_json
from .openreferral_reader import ImportFailed, ImportProblem, ImportResult, Reader

# Where a model field's problem shows up in the Open Referral record.
RECORD_FIELD_NAMES = {
    "organisation": "organization",
    "eligibility": "eligibility_description",
    "authorities": "service_areas",
    "categories": "attributes",
    "schedule_description": "schedules",
    "accessibility": "service_at_locations",
    "cost": "cost_options",
    "means_test": "cost_options",
    "uuid": "id",
    "__all__": "record",
}


def _comparable(data):
    return {key: value for key, value in data.items() if key != "last_modified"}


def _model_problems(error, index, record_id, prefix=""):
    return [
        ImportProblem(index, record_id, prefix + RECORD_FIELD_NAMES.get(name, name), message)
        for name, messages in error.message_dict.items()
        for message in messages
    ]


def _organisation_for(parsed, problems):
    if parsed.organisation is None:
        return Organisation.objects.get(uuid=parsed.organisation_id)
    data = parsed.organisation
    organisation = Organisation.objects.filter(uuid=data["id"]).first()
    if organisation is None:
        # A new organisation belongs to its service's LA when there is exactly one.
        only_authority = parsed.authorities[0] if len(parsed.authorities) == 1 else None
        organisation = Organisation(uuid=data["id"], authority=only_authority)
    wanted = {
        "name": data["name"],
        "description": data.get("description", ""),
        "email": data.get("email", ""),
        "website": data.get("website", ""),
    }
    if organisation.pk and all(getattr(organisation, key) == value for key, value in wanted.items()):
        return organisation
    for key, value in wanted.items():
        setattr(organisation, key, value)
    try:
        organisation.full_clean()
    except ValidationError as error:
        problems.extend(_model_problems(error, parsed.index, str(parsed.id), prefix="organization."))
        return None
    organisation.save()
    return organisation


def _valid(service, parsed, problems):
    """Check the service and its phone numbers as the admin would; note each problem."""
    record_id, found = str(parsed.id), []
    try:
        service.full_clean()
    except ValidationError as error:
        found += _model_problems(error, parsed.index, record_id)
    for position, phone in enumerate(service.phones.all()):
        try:
            phone.full_clean(exclude=["service"])
        except ValidationError as error:
            found += _model_problems(error, parsed.index, record_id, prefix=f"phones[{position}].")
    problems.extend(found)
    return not found


def _write(parsed, result, problems):
    record_id = str(parsed.id)
    service = Service.objects.filter(uuid=parsed.id).first()
    is_new = service is None
    before = None if is_new else _comparable(service_json(service))
    organisation = _organisation_for(parsed, problems)
    if organisation is None:
        return
    if is_new:
        service = Service(uuid=parsed.id)
    service.organisation = organisation
    for key, value in parsed.fields.items():
        setattr(service, key, value)
    old_phones = {phone.uuid: phone.pk for phone in service.phones.all()} if not is_new else {}
    old_rows = {row.uuid: row.pk for row in service.schedules.all()} if not is_new else {}
    service.phones = [
        ServicePhone(
            pk=old_phones.get(phone_id), uuid=phone_id, number=number, description=description, sort_order=position
        )
        for position, (phone_id, number, description) in enumerate(parsed.phones)
    ]
    service.schedules = [
        ServiceSchedule(
            pk=old_rows.get(row_id),
            uuid=row_id,
            byday=byday,
            opens_at=opens_at,
            closes_at=closes_at,
            sort_order=position,
        )
        for position, (row_id, byday, opens_at, closes_at) in enumerate(parsed.schedules)
    ]
    service.authorities = parsed.authorities
    service.categories = parsed.categories
    if before is not None and before == _comparable(service_json(service)):
        result.unchanged.append(record_id)
        return
    if not _valid(service, parsed, problems):
        return
    service.live = True
    service.save()
    service.save_revision(clean=False).publish(skip_permission_checks=True)
    if parsed.last_modified is not None:
        Service.objects.filter(pk=service.pk).update(last_modified=parsed.last_modified)
    (result.created if is_new else result.updated).append(record_id)


def openreferral_services_import(records):
    """Import Open Referral UK service records. Raises ImportFailed (and writes nothing) on any problem."""
    reader = Reader()
    parsed_records, seen = [], set()
    for index, record in enumerate(records, start=1):
        parsed = reader.read(record, index)
        if parsed is None:
            continue
        if parsed.id in seen:
            reader.problem(index, str(parsed.id), "id", "this id is used by an earlier record in the same file")
            continue
        seen.add(parsed.id)
        parsed_records.append(parsed)
    if reader.problems:
        raise ImportFailed(reader.problems)
    result = ImportResult(warnings=reader.warnings)
    problems = []
    with transaction.atomic():
        for parsed in parsed_records:
            _write(parsed, result, problems)
        if problems:
            raise ImportFailed(problems)
    return result
