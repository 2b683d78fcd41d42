"""The council boundary in the Wagtail admin, for every view whoever wrote it.

Wagtail is not multi-tenant, and apps that add admin screens (wagtail-localize's translation
actions, Wagtail's own bulk actions, move confirmations, workflow screens) do not all ask whether
the user may touch the page they were given. So the boundary is kept here, once, before any admin
view runs: every page an admin address names, by a parameter (``page_id``, ``parent_page_id``…), a
bulk action's ``id`` list, a translation, or a workflow state, must be one the user may explore
(Wagtail's own rule: a page they hold a permission on, or an ancestor of one). Anything else is
"not found". Objects other than pages in a bulk action must pass their own permission policy.

Snippet screens and choosers (any app's) need some permission on the record, or on its model when
no record is named; editing sessions answer only their own user.

Wagtail's site-wide page reports that are not filtered by page permissions (site history, page
ages, page type use) are for superusers only; each council's editors have their own reports.

So are the admin API's page actions (publish, unpublish, move, copy, delete, convert an alias…):
they run Wagtail's actions without its ``before_*`` hooks, where the portal keeps its rules (no
unchecked legal facts published straight away, councils' copies of the national guides read-only),
and the admin's own screens never use them.
"""

from django.http import Http404
from django.urls import Resolver404, resolve
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

# View parameters that name a page, in any app that follows Wagtail's naming.
PAGE_PARAMETERS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
# Wagtail's reports that list pages across the whole tree, whoever may see them, and the admin API's
# page actions, which skip the hooks that keep the portal's rules.
SUPERUSER_REPORTS = {
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:site_history_results",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:aging_pages_results",
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_pages:type_use",
    "wagtailadmin_pages:type_use_results",
    "wagtailadmin_api:pages:action",
}


class AdminBoundaryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if not request.path.startswith("/admin/") or user is None or not user.is_authenticated or user.is_superuser:
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        if match.view_name in SUPERUSER_REPORTS:
            raise Http404
        page_ids = set(_page_ids(match, request))
        if page_ids and not _all_explorable(user, page_ids):
            raise Http404
        if match.view_name == "wagtail_bulk_action" and not _bulk_objects_allowed(request, match, user):
            raise Http404
        if not _snippet_allowed(match, user) or not _editing_session_is_own(match, user):
            raise Http404
        return None


# Any permission at all on a snippet record (or, for screens with no record, on its model) lets a person
# use its screens; Wagtail's choosers and workflow screens would otherwise show records to anyone.
SNIPPET_ACTIONS = ["add", "change", "delete", "publish", "lock", "unlock", "choose"]


def _snippet_allowed(match, user):
    namespace = match.namespace or ""
    if not namespace.startswith(("wagtailsnippets_", "wagtailsnippetchoosers_")):
        return True
    model = (getattr(match.func, "view_initkwargs", None) or {}).get("model")
    viewset = getattr(model, "snippet_viewset", None)
    if viewset is None:
        return True
    policy = viewset.permission_policy
    if "pk" not in match.kwargs:
        return policy.user_has_any_permission(user, SNIPPET_ACTIONS)
    obj = model._default_manager.filter(pk=match.kwargs["pk"]).first()
    return obj is None or policy.user_has_any_permission_for_instance(user, SNIPPET_ACTIONS, obj)


def _editing_session_is_own(match, user):
    """An editing session (who else is editing a page) is pinged or released only by its own user."""
    if "session_id" not in match.kwargs:
        return True
    from wagtail.admin.models import EditingSession

    return EditingSession.objects.filter(pk=match.kwargs["session_id"], user=user).exists()


def _page_ids(match, request):
    """Every page the address names."""
    kwargs = match.kwargs
    for name in PAGE_PARAMETERS:
        if name in kwargs:
            yield int(kwargs[name])
    if match.view_name == "wagtailadmin_pages:revisions_compare" and match.args:
        yield int(match.args[0])
    if match.view_name.startswith("wagtailadmin_api:pages:") and "pk" in kwargs:
        yield int(kwargs["pk"])
    if match.view_name == "wagtail_bulk_action" and (kwargs.get("app_label"), kwargs.get("model_name")) == (
        "wagtailcore",
        "page",
    ):
        yield from _ids(request)
    if "translation_id" in kwargs or "translation_source_id" in kwargs:
        yield from _translated_page_ids(kwargs)
    for name, model_name in (("workflow_state_id", "WorkflowState"), ("task_state_id", "TaskState")):
        if name in kwargs:
            yield from _workflow_page_ids(model_name, kwargs[name])


def _ids(request):
    for value in request.GET.getlist("id"):
        if value.isdigit():
            yield int(value)


def _translated_page_ids(kwargs):
    """The source page of a wagtail-localize translation (its English original)."""
    from wagtail_localize.models import TranslationSource

    if "translation_id" in kwargs:
        source = TranslationSource.objects.filter(translations__pk=kwargs["translation_id"]).first()
    else:
        source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
    model = source.specific_content_type.model_class() if source else None
    if model is not None and issubclass(model, Page):
        page = Page.objects.filter(translation_key=source.object_id, locale=source.locale).first()
        if page is not None:
            yield page.pk


def _workflow_page_ids(model_name, pk):
    from wagtail import models

    model = getattr(models, model_name)
    state = model.objects.filter(pk=pk).first()
    workflow_state = state if model_name == "WorkflowState" else getattr(state, "workflow_state", None)
    if workflow_state is not None and workflow_state.base_content_type.model_class() is Page:
        yield int(workflow_state.object_id)


def _all_explorable(user, page_ids):
    explorable = page_permission_policy.explorable_instances(user)
    return explorable.filter(pk__in=page_ids).count() == len(page_ids)


def _bulk_objects_allowed(request, match, user):
    """Objects other than pages in a bulk action: each must be one the user may change or delete."""
    from django.apps import apps

    app_label, model_name = match.kwargs.get("app_label"), match.kwargs.get("model_name")
    if (app_label, model_name) == ("wagtailcore", "page"):
        return True
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return True  # Wagtail answers "not found" itself
    policy = _permission_policy_for(model)
    if policy is None:
        return False
    for obj in model._default_manager.filter(pk__in=list(_ids(request))):
        if not policy.user_has_any_permission_for_instance(user, ["change", "delete"], obj):
            return False
    return True


def _permission_policy_for(model):
    from wagtail.documents import get_document_model
    from wagtail.documents.permissions import permission_policy as documents_policy
    from wagtail.images import get_image_model
    from wagtail.images.permissions import permission_policy as images_policy

    if model is get_image_model():
        return images_policy
    if model is get_document_model():
        return documents_policy
    viewset = getattr(model, "snippet_viewset", None)
    return getattr(viewset, "permission_policy", None)
