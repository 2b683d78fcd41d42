"""Builders for seed records in Open Referral UK shape, so seeded services go through the same
checks as an import (see seed.py)."""

import uuid

from django.utils import timezone

from .openreferral import NATIONAL_AREA_DESCRIPTION, NATIONAL_AREA_NAME, NATIONAL_AREA_URI

SEED_NAMESPACE = uuid.UUID("6f1d3a52-8e0b-4c1e-9a57-2f4b8c0d7e11")
ASSURER_EMAIL = "content@family-portal.invalid"

# The same ids as migration 0002, which creates them; listed here to repair a database.
TAXONOMY = {
    "uuid": "36c201f4-f1b4-533c-99e1-6cc5d5931e85",
    "name": "Family court portal categories",
    "description": "Kinds of help for families whose children's social care case may go to court.",
    "version": "1",
}
TERMS = [
    (
        "f84c8bf2-ec11-588b-9e02-02371ca58462",
        "legal-advice",
        "Legal advice",
        "Solicitors and advice lines that explain the law and your rights.",
    ),
    (
        "803e8d6b-f806-53e2-9960-f387151a260e",
        "family-support",
        "Family support",
        "Help for parents and families, from people who are not your social worker.",
    ),
    (
        "7af101c1-7981-5a76-b02d-74e26db248ff",
        "advocacy",
        "Advocacy",
        "Someone on your side who helps you say what you think in meetings.",
    ),
    (
        "fc542c48-39da-55c0-aaf6-03133b80b4e2",
        "domestic-abuse",
        "Domestic abuse",
        "Help if someone close to you hurts, scares or controls you.",
    ),
    (
        "c2d08494-ca1b-557e-9315-a855ad9a8a45",
        "mental-health",
        "Mental health",
        "Someone to talk to when you are struggling to cope.",
    ),
    (
        "7932a376-0db5-59f9-a15d-af7e74395c80",
        "drugs-and-alcohol",
        "Drugs and alcohol",
        "Help with drinking or drug use, for you or someone in your family.",
    ),
    (
        "c6c9f513-dc7b-5cf5-839d-eba672b30169",
        "housing-and-money",
        "Housing and money",
        "Help with a home, benefits, debt or bills.",
    ),
    (
        "fa687753-2421-5694-868b-2b0723966741",
        "young-people",
        "Support for young people",
        "Help for children and young people whose family is involved with children's services.",
    ),
]
TERM_IDS = {slug: term_id for term_id, slug, _name, _description in TERMS}
WEEKDAYS = "MO,TU,WE,TH,FR"


def seed_id(*parts):
    return str(uuid.uuid5(SEED_NAMESPACE, ":".join(parts)))


def service_record(key, *, organisation, name, description, url, categories, area, **details):
    """An Open Referral UK service record, so the seed goes through the same checks as an import."""
    service_id = seed_id(key, "service")
    record = {
        "id": service_id,
        "name": name,
        "description": description,
        "url": url,
        "status": "active",
        "organization": {"id": seed_id(organisation["key"], "organisation"), **organisation["fields"]},
        "service_areas": [area],
        "attributes": [{"id": seed_id(key, slug), "taxonomy_term_id": TERM_IDS[slug]} for slug in categories],
        "assured_date": timezone.localdate().isoformat(),
        "assurer_email": ASSURER_EMAIL,
        "phones": [
            {"id": seed_id(key, "phone", number), "number": number, "description": text}
            for number, text in details.pop("phones", [])
        ],
        "schedules": [
            {
                "id": seed_id(key, "schedule", str(position)),
                "freq": "WEEKLY",
                "byday": days,
                "opens_at": opens,
                "closes_at": closes,
            }
            for position, (days, opens, closes) in enumerate(details.pop("times", []))
        ],
    }
    if "hours_note" in details:
        record["schedules"].append({"id": seed_id(key, "schedule", "note"), "description": details.pop("hours_note")})
    if "cost" in details:
        option, description = details.pop("cost")
        record["cost_options"] = [{"id": seed_id(key, "cost"), "option": option, "amount_description": description}]
    if "accessibility" in details:
        record["service_at_locations"] = [
            {
                "id": seed_id(key, "service_at_location"),
                "location": {
                    "id": seed_id(key, "location"),
                    "location_type": "virtual",
                    "accessibility": [
                        {"id": seed_id(key, "accessibility"), "description": details.pop("accessibility")}
                    ],
                },
            }
        ]
    if "languages" in details:
        record["languages"] = [{"id": seed_id(key, "language", n), "name": n} for n in details.pop("languages")]
    record.update(details)  # eligibility_description, email
    return record


def organisation_record(key, name, description, **fields):
    return {"key": key, "fields": {"name": name, "description": description, **fields}}


NATIONAL = {
    "id": seed_id("national", "area"),
    "name": NATIONAL_AREA_NAME,
    "service_area": NATIONAL_AREA_DESCRIPTION,
    "uri": NATIONAL_AREA_URI,
}
FREE_TO_CALL = ("Free", "Free to call")
