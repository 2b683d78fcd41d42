"""Reading Open Referral UK service records: schema checks, then what the portal can hold.

Each record is checked against the UK profile's schema (copied, unchanged, into
`openreferral_schema/`, with its licence) and then against what the portal can store: a known
local authority for each service area, weekly opening times it can read, a known organisation.
Every problem names the record (its number and id), the field and what is wrong.
"""

import datetime
import json
import uuid
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from django.core.exceptions import ValidationError
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from portal.authorities.models import LocalAuthority

from .fields import days_join, days_split, validate_days
from .models import Organisation, Service, TaxonomyTerm
from .openreferral import AUTHORITY_URI_PREFIX, NATIONAL_AREA_NAME, NATIONAL_AREA_URI, language_names

SCHEMA_DIR = Path(__file__).resolve().parent / "openreferral_schema"
SCHEMA_BASE_URI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"
SCHEMA_FILES = ["compiled/service.json", "phone.json", "language.json"]


@dataclass(frozen=True)
class ImportProblem:
    index: int  # counted from 1, as people count
    record_id: str | None
    field: str
    message: str

    def __str__(self):
        return f"Record {self.index} (id {self.record_id or 'missing'}): {self.field}: {self.message}"


class ImportFailed(Exception):
    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__(f"{len(self.problems)} problem(s) found; nothing was imported.")


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


@cache
def service_validator():
    """A validator for one service: the UK profile's compiled service, plus HSDS 3.0 phones."""
    registry = Registry()
    for name in SCHEMA_FILES:
        contents = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
        registry = registry.with_resource(
            SCHEMA_BASE_URI + name, Resource.from_contents(contents, default_specification=DRAFT202012)
        )
    schema = {
        "allOf": [{"$ref": SCHEMA_BASE_URI + "compiled/service.json"}],
        "properties": {
            "phones": {"type": "array", "items": {"$ref": SCHEMA_BASE_URI + "phone.json"}},
            "eligibility_description": {"type": "string"},
        },
    }
    return Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())


def records_from_json(data):
    """The service records in a parsed file: one service, a list of them, or a page of them."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        return data["contents"]
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return data
    raise ImportFailed([ImportProblem(0, None, "file", "expected a service, a list of services or a page of them")])


def _path(parts):
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "record"


def _schema_problems(record, index, record_id):
    problems = []
    for error in sorted(service_validator().iter_errors(record), key=lambda error: list(error.absolute_path)):
        parts = list(error.absolute_path)
        message = error.message
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = [name for name in error.validator_value if name not in error.instance]
            if missing:
                parts.append(missing[0])
                message = "is required"
        problems.append(ImportProblem(index, record_id, _path(parts), message))
    return problems


@dataclass
class ParsedRecord:
    """One record, read and checked, ready to write."""

    index: int
    id: uuid.UUID
    organisation: dict | None
    organisation_id: uuid.UUID | None
    fields: dict
    authorities: list
    categories: list
    phones: list
    schedules: list
    last_modified: datetime.datetime | None


class Reader:
    """Reads records one by one, noting every problem and warning rather than stopping at the first."""

    def __init__(self):
        self.problems = []
        self.warnings = []
        self.authorities_by_slug = {authority.slug: authority for authority in LocalAuthority.objects.all()}
        self.authorities_by_name = {
            authority.name.lower(): authority for authority in self.authorities_by_slug.values()
        }
        self.terms = {str(term.uuid): term for term in TaxonomyTerm.objects.select_related("taxonomy")}

    def problem(self, index, record_id, field_name, message):
        self.problems.append(ImportProblem(index, record_id, field_name, message))

    def read(self, record, index):
        record_id = str(record.get("id")) if isinstance(record, dict) and record.get("id") else None
        if not isinstance(record, dict):
            self.problem(index, None, "record", "expected a service (a JSON object)")
            return None
        schema_problems = _schema_problems(record, index, record_id)
        if schema_problems:
            self.problems.extend(schema_problems)
            return None
        start = len(self.problems)
        say = partial(self.problem, index, record_id)
        parsed = ParsedRecord(
            index=index,
            id=uuid.UUID(record["id"]),
            organisation=record.get("organization"),
            organisation_id=uuid.UUID(record["organization_id"]) if record.get("organization_id") else None,
            fields={
                "name": record["name"],
                "description": record.get("description", ""),
                "status": record["status"],
                "url": record.get("url", ""),
                "email": record.get("email", ""),
                "eligibility": record.get("eligibility_description", ""),
                "languages": ", ".join(
                    name for item in record.get("languages", []) for name in language_names(item.get("name"))
                ),
                "accessibility": self._accessibility(record),
                "assurer_email": record.get("assurer_email", ""),
                "assured_date": self._date(record.get("assured_date"), "assured_date", say),
                **self._cost(record.get("cost_options", [])),
            },
            authorities=self._areas(record.get("service_areas"), say),
            categories=self._categories(record.get("attributes", []), index, record_id),
            phones=[
                (uuid.UUID(phone["id"]), phone["number"].strip(), phone.get("description", ""))
                for phone in record.get("phones", [])
            ],
            schedules=[],
            last_modified=self._datetime(record.get("last_modified"), "last_modified", say),
        )
        descriptions = []
        for position, schedule in enumerate(record.get("schedules", [])):
            row = self._schedule_row(schedule, f"schedules[{position}]", say, index, record_id)
            if row is not None:
                parsed.schedules.append(row)
            if schedule.get("description"):
                descriptions.append(schedule["description"].strip())
        parsed.fields["schedule_description"] = "\n".join(descriptions)
        known_organisation = (
            parsed.organisation_id is not None and Organisation.objects.filter(uuid=parsed.organisation_id).exists()
        )
        if parsed.organisation is None and not known_organisation:
            say("organization", "a service needs its organisation: give `organization` (id, name, description)")
        return parsed if len(self.problems) == start else None

    def _date(self, value, field_name, say):
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            say(field_name, f"{value!r} is not a date like 2026-01-31")
            return None

    def _datetime(self, value, field_name, say):
        if not value:
            return None
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            say(field_name, f"{value!r} is not a date and time like 2026-01-31T09:30:00Z")
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)

    def _time(self, value, field_name, say):
        try:
            return datetime.time.fromisoformat(value).replace(tzinfo=None)
        except (TypeError, ValueError):
            say(field_name, f"{value!r} is not a time like 09:30")
            return None

    def _schedule_row(self, schedule, where, say, index, record_id):
        has_times = any(schedule.get(key) for key in ("byday", "opens_at", "closes_at"))
        if not has_times:
            return None
        if schedule.get("freq", "WEEKLY") != "WEEKLY" or schedule.get("interval", 1) != 1:
            self.warnings.append(f"Record {index} (id {record_id}): {where}: only weekly opening times are kept")
            return None
        missing = [key for key in ("byday", "opens_at", "closes_at") if not schedule.get(key)]
        if missing:
            say(f"{where}.{missing[0]}", "is required for a weekly opening time")
            return None
        try:
            validate_days(schedule["byday"])
        except ValidationError as error:
            say(f"{where}.byday", " ".join(error.messages))
            return None
        opens_at = self._time(schedule["opens_at"], f"{where}.opens_at", say)
        closes_at = self._time(schedule["closes_at"], f"{where}.closes_at", say)
        if opens_at is None or closes_at is None:
            return None
        if closes_at <= opens_at:
            say(f"{where}.closes_at", "must be after opens_at")
            return None
        return (uuid.UUID(schedule["id"]), days_join(days_split(schedule["byday"])), opens_at, closes_at)

    def _areas(self, areas, say):
        if not areas:
            say("service_areas", f"say where the service is: {NATIONAL_AREA_NAME!r} or a local authority's name")
            return []
        national, authorities = False, []
        for position, area in enumerate(areas):
            uri, name = area.get("uri") or "", (area.get("name") or "").strip()
            if uri == NATIONAL_AREA_URI or (not uri and name.lower() == NATIONAL_AREA_NAME.lower()):
                national = True
                continue
            authority = (
                self.authorities_by_slug.get(uri.removeprefix(AUTHORITY_URI_PREFIX))
                if uri.startswith(AUTHORITY_URI_PREFIX)
                else self.authorities_by_name.get(name.lower())
            )
            if authority is None:
                say(f"service_areas[{position}]", f"no local authority in the portal matches {uri or name!r}")
            else:
                authorities.append(authority)
        if national and authorities:
            say("service_areas", "a service is either national or for named local authorities, not both")
        return authorities

    def _categories(self, attributes, index, record_id):
        terms = []
        for attribute in attributes:
            term_id = attribute.get("taxonomy_term_id") or (attribute.get("taxonomy_term") or {}).get("id")
            term = self.terms.get(str(term_id))
            if term is None:
                self.warnings.append(
                    f"Record {index} (id {record_id}): attributes: category {term_id} is not known, skipped"
                )
            elif term not in terms:
                terms.append(term)
        return terms

    def _cost(self, cost_options):
        for cost in cost_options:
            words = f"{cost.get('option', '')} {cost.get('amount_description', '')}".lower()
            means_test = "means test" in words
            option = (cost.get("option") or "").strip().lower()
            if option == "free" or cost.get("amount") == 0:
                return {"cost": Service.Cost.FREE, "means_test": means_test}
            if "legal aid" in words:
                return {"cost": Service.Cost.LEGAL_AID, "means_test": means_test}
            if option == "paid" or (cost.get("amount") or 0) > 0:
                return {"cost": Service.Cost.PAID, "means_test": means_test}
        return {"cost": "", "means_test": False}

    def _accessibility(self, record):
        texts = []
        for link in record.get("service_at_locations", []):
            for item in (link.get("location") or {}).get("accessibility", []):
                text = item.get("description") or item.get("accessibility")
                if text and text.strip() not in texts:
                    texts.append(text.strip())
        return "\n".join(texts)
