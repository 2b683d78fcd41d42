"""Validators built from the Open Referral UK schema files copied into ./schemas/.

The files are the UK profile's own, unchanged (see schemas/README.md and schemas/LICENSE). Each is
registered under the address the profile's openapi.json uses for it, so the OpenAPI response
schemas' $refs (and the schema files' refs to one another, like phone.json -> language.json)
resolve to these local copies, never to the network.
"""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
BASE_URI = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"


def _local_schema(uri):
    """Resolve any profile schema address to the local copy; refuse everything else."""
    if not uri.startswith(BASE_URI):
        raise NoSuchResource(ref=uri)
    path = SCHEMA_DIR / uri.removeprefix(BASE_URI)
    if not path.is_file():
        raise NoSuchResource(ref=uri)
    contents = json.loads(path.read_text(encoding="utf-8"))
    return Resource.from_contents(contents, default_specification=DRAFT202012)


@cache
def registry():
    return Registry(retrieve=_local_schema)


def _validator(schema):
    return Draft202012Validator(schema, registry=registry(), format_checker=FormatChecker())


def openapi_validator(path, method="get", status="200"):
    """A validator for the JSON response the profile's openapi.json describes for this path."""
    pointer = "/".join(
        part.replace("~", "~0").replace("/", "~1")
        for part in ("paths", path, method, "responses", status, "content", "application/json", "schema")
    )
    return _validator({"$ref": f"{BASE_URI}openapi.json#/{pointer}"})


def schema_validator(name):
    """A validator for one schema file, like "phone.json" or "compiled/service.json"."""
    return _validator({"$ref": BASE_URI + name})
