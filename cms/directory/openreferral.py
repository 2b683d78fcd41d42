"""Directory records as Open Referral UK (HSDS 3.0 UK profile) JSON, and back.

The shapes and names are the standard's (schemas in `openreferral_schema/`). Where the UK
profile has no field for something the portal records, the HSDS 3.0 name is used, since the
profile allows extra properties: `phones` (a service's phone numbers), `eligibility_description`
("who this is for") and a language's `name`.

Mapping notes:

* ids are the records' stable UUIDs. Parts with no row of their own (service areas, cost
  options, attributes, languages) get UUIDs derived from the service's (uuid5), so they are
  stable between requests and after an export-import round trip.
* Service area: national services have one area, "England"; local ones one per LA, named after
  it, with `uri` "urn:family-portal:local-authority:<slug>" so an import can find the LA again.
* Cost: one cost option, "Free" (amount 0), "Legal aid" or "Paid"; a means test is said in
  `amount_description`.
* Opening times: each weekly row is a WEEKLY schedule (`byday`, `opens_at`, `closes_at`); the
  free-text description is a schedule of its own with only a `description`.
* Accessibility: the UK profile records it only on a location. The portal keeps no addresses,
  so it is published on one "virtual" location of the service.
"""

import datetime
import uuid

from .models import Service

NATIONAL_AREA_NAME = "England"
NATIONAL_AREA_DESCRIPTION = "Anywhere in England"
NATIONAL_AREA_URI = "urn:family-portal:area:national"
AUTHORITY_URI_PREFIX = "urn:family-portal:local-authority:"
COST_OPTIONS = {
    Service.Cost.FREE: ("Free", "Free for everyone"),
    Service.Cost.LEGAL_AID: ("Legal aid", "Free with legal aid"),
    Service.Cost.PAID: ("Paid", "You pay a fee"),
}
MEANS_TEST_WORDS = "after a means test"


def derived_id(parent_uuid, part):
    """A stable id for a part of a record that has no row of its own."""
    return str(uuid.uuid5(parent_uuid, part))


def datetime_json(value):
    """2023-03-15T10:30:45.123Z: UTC with milliseconds, as the standard's example."""
    return value.astimezone(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def time_json(value):
    return value.strftime("%H:%M")


def _drop_empty(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def organisation_json(organisation):
    data = {"id": str(organisation.uuid), "name": organisation.name, "description": organisation.description}
    return data | _drop_empty({"email": organisation.email, "website": organisation.website})


def taxonomy_json(taxonomy, *, with_terms=False):
    data = _drop_empty(
        {
            "id": str(taxonomy.uuid),
            "name": taxonomy.name,
            "description": taxonomy.description,
            "version": taxonomy.version,
        }
    )
    if with_terms:
        data["taxonomy_terms"] = [taxonomy_term_json(term) for term in taxonomy.terms.all()]
    return data


def taxonomy_term_json(term):
    return {
        "id": str(term.uuid),
        "name": term.name,
        "description": term.description,
        "taxonomy": term.taxonomy.name,
        "taxonomy_id": str(term.taxonomy.uuid),
        "term": term.name,
    }


def service_summary_json(service):
    """One service in a list: only its one-to-one fields, as the standard's service_list."""
    return _drop_empty(
        {
            "id": str(service.uuid),
            "organization_id": str(service.organisation.uuid),
            "name": service.name,
            "description": service.description,
            "url": service.url,
            "email": service.email,
            "status": service.status,
            "eligibility_description": service.eligibility,
            "assured_date": service.assured_date.isoformat() if service.assured_date else None,
            "assurer_email": service.assurer_email,
            "last_modified": datetime_json(service.last_modified) if service.last_modified else None,
            "organization": organisation_json(service.organisation),
        }
    )


def service_json(service):
    """One service with everything about it, as the standard's full service."""
    service_id = str(service.uuid)
    data = service_summary_json(service)
    data.update(
        {
            "phones": [
                _drop_empty({"id": str(phone.uuid), "number": phone.number, "description": phone.description})
                for phone in service.phones.all()
            ],
            "schedules": _schedules_json(service),
            "service_areas": _service_areas_json(service),
            "languages": [
                {"id": derived_id(service.uuid, f"language:{name.lower()}"), "service_id": service_id, "name": name}
                for name in language_names(service.languages)
            ],
            "cost_options": _cost_options_json(service),
            "attributes": [
                {
                    "id": derived_id(service.uuid, f"attribute:{term.uuid}"),
                    "link_id": service_id,
                    "taxonomy_term_id": str(term.uuid),
                    "taxonomy_term": taxonomy_term_json(term),
                }
                for term in sorted(service.categories.all(), key=lambda term: (term.sort_order, term.name))
            ],
            "service_at_locations": _locations_json(service),
        }
    )
    return data


def language_names(text):
    return [name.strip() for name in (text or "").split(",") if name.strip()]


def _schedules_json(service):
    service_id = str(service.uuid)
    schedules = [
        {
            "id": str(row.uuid),
            "service_id": service_id,
            "freq": "WEEKLY",
            "byday": row.byday,
            "opens_at": time_json(row.opens_at),
            "closes_at": time_json(row.closes_at),
        }
        for row in service.schedules.all()
    ]
    if service.schedule_description:
        schedules.append(
            {
                "id": derived_id(service.uuid, "schedule:description"),
                "service_id": service_id,
                "description": service.schedule_description,
            }
        )
    return schedules


def _service_areas_json(service):
    service_id = str(service.uuid)
    authorities = sorted(service.authorities.all(), key=lambda authority: authority.slug)
    if not authorities:
        return [
            {
                "id": derived_id(service.uuid, "service_area:national"),
                "service_id": service_id,
                "name": NATIONAL_AREA_NAME,
                "service_area": NATIONAL_AREA_DESCRIPTION,
                "uri": NATIONAL_AREA_URI,
            }
        ]
    return [
        {
            "id": derived_id(service.uuid, f"service_area:{authority.slug}"),
            "service_id": service_id,
            "name": authority.name,
            "service_area": authority.name,
            "uri": AUTHORITY_URI_PREFIX + authority.slug,
        }
        for authority in authorities
    ]


def _cost_options_json(service):
    if not service.cost:
        return []
    option, description = COST_OPTIONS[service.cost]
    if service.means_test:
        description = f"{description} {MEANS_TEST_WORDS}"
    cost = {
        "id": derived_id(service.uuid, "cost_option"),
        "service_id": str(service.uuid),
        "option": option,
        "amount_description": description,
    }
    if service.cost == Service.Cost.FREE:
        cost["amount"] = 0
    return [cost]


def _locations_json(service):
    if not service.accessibility:
        return []
    location_id = derived_id(service.uuid, "location")
    return [
        {
            "id": derived_id(service.uuid, "service_at_location"),
            "service_id": str(service.uuid),
            "location_id": location_id,
            "location": {
                "id": location_id,
                "location_type": "virtual",
                "name": service.name,
                "accessibility": [
                    {
                        "id": derived_id(service.uuid, "accessibility"),
                        "location_id": location_id,
                        "description": service.accessibility,
                    }
                ],
            },
        }
    ]


def page_json(*, contents, total_items, page_number, per_page):
    """The standard's paginated envelope (total_items, total_pages, page_number, size, ...)."""
    total_pages = max(1, -(-total_items // per_page))
    return {
        "total_items": total_items,
        "total_pages": total_pages,
        "page_number": page_number,
        "size": len(contents),
        "first_page": page_number == 1,
        "last_page": page_number >= total_pages,
        "empty": total_items == 0,
        "contents": contents,
    }
