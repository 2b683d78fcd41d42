"""The admin access matrix: every URL under /admin/, generated from the URL resolver.

Nobody lists the admin's screens here. Every pattern the resolver knows under ``admin/`` (Wagtail's,
wagtail-localize's, allauth's, this project's, and any app added later) is turned into concrete
addresses, one per object scope, by filling each of its parameters with the id of a real object of
that scope: LA A's, LA B's or the national team's. A parameter that nothing here knows how to fill
fails the matrix with its name, so a new kind of object cannot slip past unchecked.

The data each address is filled from is built by ``matrix_data_build`` (admin_matrix_data.py).
"""

import re
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver

from .admin_matrix_data import SCOPES


@dataclass(frozen=True)
class Address:
    """One concrete admin address: the pattern it came from, and the scope of the object it points at
    ("A", "B", "national", "shared" for objects no council owns, or None for a screen with no object)."""

    route: str
    name: str
    url: str
    scope: str | None


@dataclass
class Patterns:
    """Every admin pattern, with the addresses made from it and the patterns nothing could be made for."""

    addresses: list = field(default_factory=list)
    empty: list = field(default_factory=list)
    unfillable: list = field(default_factory=list)


def admin_patterns():
    """(route text, name, pattern) for every URL pattern under admin/, however deeply included."""

    def walk(patterns, prefix="", namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else pattern.namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner or namespace)
            elif isinstance(pattern, URLPattern):
                name = f"{namespace}:{pattern.name}" if namespace else (pattern.name or "")
                yield prefix + str(pattern.pattern), name, pattern

    for route, name, pattern in walk(get_resolver().url_patterns):
        if route.lstrip("^").startswith("admin/"):
            yield route, name, pattern


# Function views say nothing of their model: these names do (a new one fails the matrix by name).
FUNCTION_VIEW_MODELS = {
    "wagtailadmin_workflows:enable": "wagtailcore.Workflow",
    "wagtailadmin_workflows:disable": "wagtailcore.Workflow",
    "wagtailadmin_workflows:enable_task": "wagtailcore.Task",
    "wagtailadmin_workflows:disable_task": "wagtailcore.Task",
    "wagtailadmin_workflows:edit_task": "wagtailcore.Task",
}
# Views of one namespace that all take the same object as `pk`.
NAMESPACE_MODELS = {"cases": "cases.Case"}


def view_model(pattern, name=""):
    """The model a class-based view (Django's, Wagtail's viewsets or Django REST framework's) works on."""
    if name in FUNCTION_VIEW_MODELS:
        return apps.get_model(FUNCTION_VIEW_MODELS[name])
    callback = pattern.callback
    if name.split(":")[0] in NAMESPACE_MODELS:
        return apps.get_model(NAMESPACE_MODELS[name.split(":")[0]])
    initkwargs = getattr(callback, "view_initkwargs", None) or getattr(callback, "initkwargs", None) or {}
    view_class = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
    model = initkwargs.get("model") or getattr(view_class, "model", None)
    if isinstance(model, str):
        model = apps.get_model(model)
    return model if isinstance(model, type) else None


# Each parameter that names a kind of object, and where that object is in a scope's data.
SCOPED_PARAMETERS = {
    "page_id": "page",
    "page_to_move_id": "page",
    "page_pk": "page",
    "parent_page_id": "home",
    "destination_id": "home",
    "revision_id_a": "first_revision",
    "revision_id_b": "revision",
    "task_state_id": "task_state",
    "workflow_state_id": "workflow_state",
    "translation_id": "translation",
    "translation_source_id": "translation_source",
    "string_segment_id": "string_segment",
    "overridable_segment_id": "overridable_segment",
    "session_id": "editing_session",
    "membership_id": "membership",
    "key_date_id": "key_date",
    "contact_id": "contact",
    "thread_id": "thread",
    "participant_id": "participant",
    "invitation_id": "invitation",
    "project_id": "evaluation_project",
    "child_id": "child",
    "period_id": "period",
    "person_id": "network_person",
    "upload_id": "family_upload",
}
SHARED_PARAMETERS = {
    "image_id": "image",
    "doc_id": "wagtail_document",
    "collection_id": "collection",
    "redirect_id": "redirect",
    "uploaded_file_id": "uploaded_file",
    "workflow_pk": "workflow",
    "task_id": "task",
}
# Parameters that name no object: one harmless value each (or several, each its own address).
PLAIN_PARAMETERS = {
    "uidb64": ["MQ"],
    "token": ["set-password"],
    "filter_spec": ["original"],
    "number": ["1"],
    "mode": ["default"],
}
API_PAGE_ACTIONS = [
    "copy",
    "move",
    "publish",
    "unpublish",
    "delete",
    "convert_alias",
    "revert_to_page_revision",
    "copy_for_translation",
    "create_alias",
]
PAGE_TYPES = {"A": "standard/standardpage", "B": "standard/standardpage", "national": "guidance/guidepage"}


def _scoped_model_attribute(model):
    """Where an object of `model` is in a scope's data, and whether the object is shared (no council's)."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection, Locale, Page, Site, Task, Workflow

    from cms.directory.models import FamilySupportTeam, Organisation, Service, TaxonomyTerm
    from cms.glossary.models import GlossaryTerm
    from cms.guidance.models import Source
    from portal.authorities.models import StaffMembership
    from portal.cases.models import Case

    scoped = {
        Page: "page",
        Case: "case",
        StaffMembership: "membership",
        Organisation: "organisation",
        Service: "service",
        FamilySupportTeam: "team",
        GlossaryTerm: "glossary_term",
        Source: "source",
        get_user_model(): "user",
        Group: "group",
        Site: "site",
    }
    shared = {
        get_image_model(): "image",
        get_document_model(): "wagtail_document",
        Collection: "collection",
        Redirect: "redirect",
        Locale: "locale",
        Workflow: "workflow",
        Task: "task",
        TaxonomyTerm: "taxonomy_term",
    }
    for table, is_shared in ((scoped, False), (shared, True)):
        for kind, attribute in table.items():
            if model is not None and issubclass(model, kind):
                return attribute, is_shared
    return None, None


class UnfillableParameter(Exception):
    pass


def _values(parameter, *, route, name, model, scope, data):
    """The values for one parameter in one scope: a list (several addresses), [] (no such object in
    this scope), or UnfillableParameter when the matrix does not know what the parameter names."""

    def of(obj, attribute="pk"):
        return [] if obj is None else [str(getattr(obj, attribute))]

    here = data.scopes[scope]
    if parameter in SCOPED_PARAMETERS:
        obj = getattr(here, SCOPED_PARAMETERS[parameter], None)
        return of(obj, "public_id" if parameter in ("key_date_id", "thread_id", "person_id", "upload_id") else "pk")
    if parameter in SHARED_PARAMETERS:
        return of(getattr(data.shared, SHARED_PARAMETERS[parameter]))
    if parameter in PLAIN_PARAMETERS:
        return PLAIN_PARAMETERS[parameter]
    if parameter == "document_id":
        # The case workspace names a shared document by its public id; Wagtail's library by number.
        if "cases/" in route:
            return of(getattr(here, "document", None), "public_id")
        return of(data.shared.wagtail_document)
    if parameter == "revision_id":
        obj = here.page if model is None or model._meta.label == "wagtailcore.Page" else _object_for(model, here, data)
        return of(getattr(obj, "latest_revision", None) if obj is not None else None)
    if parameter == "action_name":
        return API_PAGE_ACTIONS if route.startswith("admin/api/") else ["approve", "reject"]
    if parameter in ("content_type_app_name", "app_label", "app_name"):
        if "settings/" in route:
            from wagtail.contrib.settings.registry import registry

            return [f"{m._meta.app_label}/{m._meta.model_name}" for m in registry]
        if "workflows/tasks/add/" in route:
            return ["guidance/plainlanguagetask"]
        if "tag-autocomplete/" in route:
            return ["wagtailimages/image"]
        if "editing-sessions/" in route:
            return ["wagtailcore/page"]
        if route.startswith("admin/localize/") and "snippet" in route:
            from wagtail.models import TranslatableMixin

            return [
                f"{obj._meta.app_label}/{obj._meta.model_name}"
                for obj in vars(here).values()
                if isinstance(obj, models.Model) and isinstance(obj, TranslatableMixin) and not hasattr(obj, "path")
            ]
        return [PAGE_TYPES[scope]]
    if parameter in ("content_type_model_name", "model_name"):
        return ["-"]  # filled together with the app label above
    if parameter in ("pk", "object_id"):
        if "editing-sessions/" in route:
            return of(here.page)
        obj = _object_for(model, here, data)
        if obj is None and model is None:
            raise UnfillableParameter(f"{name} ({route}): no model for {parameter}")
        return of(obj)
    raise UnfillableParameter(f"{name} ({route}): the matrix does not know what {parameter!r} names")


def _object_for(model, here, data):
    attribute, is_shared = _scoped_model_attribute(model)
    if attribute is None:
        return None
    return getattr(data.shared if is_shared else here, attribute, None)


PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)|\((?!\?)[^)]*\)")


def _pattern_addresses(route, name, pattern, data):
    """The concrete addresses of one pattern, one (or more) per scope its objects exist in."""
    model = view_model(pattern, name)
    parameters = [m.group(1) or m.group(2) or None for m in PARAMETER.finditer(route)]
    if name == "wagtailadmin_pages:revisions_compare":  # positional groups: page, then two revisions
        parameters = ["page_id", "revision_id_a", "revision_id_b"]
    if not parameters:
        return [Address(route, name, "/" + _clean(route), None)]
    if name == "wagtail_bulk_action":
        return _bulk_action_addresses(route, name, data)
    addresses = []
    for scope in SCOPES:
        values = []
        shared_only = None
        for parameter in parameters:
            options = _values(parameter, route=route, name=name, model=model, scope=scope, data=data)
            values.append(options)
            if not options:
                break  # nothing of this kind in this scope
            if parameter in SCOPED_PARAMETERS or parameter in ("pk", "object_id", "revision_id", "document_id"):
                shared_only = (shared_only is not False) and _is_shared(parameter, route, model)
        if any(not options for options in values):
            continue
        for combination in _combinations(values):
            url = _substitute(route, combination)
            kind = scope if shared_only is False else ("shared" if shared_only else None)
            addresses.append(Address(route, name, url, kind))
    unique = {}
    for address in addresses:
        unique.setdefault(address.url, address)  # shared objects give the same address in every scope
    return list(unique.values())


def _bulk_action_addresses(route, name, data):
    """Bulk actions name their objects in the query string: one address per action and object."""
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    bulk_action_registry._scan_for_bulk_actions()
    addresses = {}
    for app_label, by_model in bulk_action_registry.actions.items():
        for model_name, actions in by_model.items():
            model = apps.get_model(app_label, model_name)
            is_shared = _scoped_model_attribute(model)[1]
            for scope in SCOPES:
                obj = _object_for(model, data.scopes[scope], data)
                if obj is None:
                    continue
                for action in actions:
                    url = f"/admin/bulk/{app_label}/{model_name}/{action}/?id={obj.pk}"
                    addresses.setdefault(url, Address(route, name, url, "shared" if is_shared else scope))
    return list(addresses.values())


def _is_shared(parameter, route, model):
    if parameter == "document_id":
        return "cases/" not in route
    if parameter in ("pk", "object_id"):
        return "editing-sessions/" not in route and bool(_scoped_model_attribute(model)[1])
    if parameter == "revision_id":
        return False
    return False


def _combinations(values):
    combinations = [[]]
    for options in values:
        if options == ["-"]:
            continue
        combinations = [previous + [option] for previous in combinations for option in options]
    return combinations


def _substitute(route, combination):
    """Put the values into the route; an "app/model" value fills two parameters in a row."""
    pending = []
    values = iter(combination)

    def value(match):
        if pending:
            return pending.pop()
        text = next(values)
        if "/" in text:
            first, second = text.split("/", 1)
            pending.append(second)
            return first
        return text

    return "/" + _clean(PARAMETER.sub(value, route))


def _clean(route):
    return route.replace("^", "").replace("$", "").replace("\\.", ".")


def matrix_addresses(data):
    result = Patterns()
    for route, name, pattern in admin_patterns():
        if route.endswith(".*/$") or route.startswith("admin/^.*"):
            continue  # Wagtail's catch-all "not found" pattern
        try:
            found = _pattern_addresses(route, name, pattern, data)
        except UnfillableParameter as error:
            result.unfillable.append(str(error))
            continue
        if found:
            result.addresses.extend(found)
        else:
            result.empty.append((route, name))
    return result
