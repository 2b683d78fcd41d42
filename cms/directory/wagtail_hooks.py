"""The directory in the Wagtail admin: snippets grouped under "Directory", and two reports.

Services, organisations and family support teams use the area permission policy
(`permissions.py`): the listings show only what the user may edit, and every URL about one
record answers 404 when that record is outside the user's area, including URLs Wagtail may add
in later versions (see `AreaScopedSnippetViewSet.get_urlpatterns`).
"""

from functools import wraps

from django import forms
from django.contrib.admin.utils import unquote
from django.http import Http404
from django.urls import include, path, reverse
from django.urls.resolvers import URLPattern
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import reports
from .forms import FamilySupportTeamAdminForm, OrganisationAdminForm, ServiceAdminForm
from .models import FamilySupportTeam, Organisation, Service, TaxonomyTerm
from .permissions import (
    family_support_team_permission_policy,
    organisation_permission_policy,
    service_permission_policy,
)


def _in_area_or_404(view, policy):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        pk = unquote(str(kwargs["pk"]))
        if not policy.instances_user_has_any_permission_for(request.user, ["change"]).filter(pk=pk).exists():
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def _records_in_area(view):
    policy = view.model_class.snippet_viewset.permission_policy
    return policy.instances_user_has_any_permission_for(view.request.user, ["change"])


class AreaScopedChooseView(ChooseView):
    def get_object_list(self):
        return _records_in_area(self)


class AreaScopedChooseResultsView(ChooseResultsView):
    def get_object_list(self):
        return _records_in_area(self)


class AreaScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        return _records_in_area(self).get(pk=pk)


class AreaScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return _records_in_area(self).filter(pk__in=pks)


class AreaScopedChooserViewSet(SnippetChooserViewSet):
    """The snippet chooser (the pop-up that picks a record) lists and returns only the user's area."""

    choose_view_class = AreaScopedChooseView
    choose_results_view_class = AreaScopedChooseResultsView
    chosen_view_class = AreaScopedChosenView
    chosen_multiple_view_class = AreaScopedChosenMultipleView


class AreaScopedSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose listing, chooser and per-record views stop at the user's area."""

    chooser_viewset_class = AreaScopedChooserViewSet

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_any_permission_for(request.user, ["change"])

    def get_urlpatterns(self):
        patterns = []
        for pattern in super().get_urlpatterns():
            if isinstance(pattern, URLPattern) and "pk" in pattern.pattern.regex.groupindex:
                pattern = URLPattern(
                    pattern.pattern,
                    _in_area_or_404(pattern.callback, self.permission_policy),
                    pattern.default_args,
                    pattern.name,
                )
            patterns.append(pattern)
        return patterns


class ServiceViewSet(AreaScopedSnippetViewSet):
    model = Service
    permission_policy = service_permission_policy
    icon = "list-ul"
    menu_label = "Services"
    list_display = [
        "name",
        "organisation",
        Column("area_display", label="Area"),
        "status",
        "assured_date",
        UpdatedAtColumn(),
    ]
    list_filter = ["status", "categories", "broken_link_reported", "broken_phone_reported"]
    search_fields = ["name", "description", "eligibility"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                ["name", "organisation", "description", "eligibility", "status"],
                heading="About the service",
            ),
            FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
            FieldPanel("authorities", widget=forms.CheckboxSelectMultiple),
            MultiFieldPanel(
                ["url", "email", InlinePanel("phones", label="Phone number")],
                heading="How to get in touch",
            ),
            MultiFieldPanel(
                [InlinePanel("schedules", label="Opening time"), "schedule_description"],
                heading="Opening times",
            ),
            MultiFieldPanel(["cost", "means_test"], heading="Cost"),
            MultiFieldPanel(["languages", "accessibility"], heading="Languages and access"),
            MultiFieldPanel(
                ["assured_date", "assurer_email", "broken_link_reported", "broken_phone_reported"],
                heading="Checking the details",
                help_text="Change “last checked” whenever you check the details, even if nothing changed.",
            ),
        ],
        base_form_class=ServiceAdminForm,
    )


class OrganisationViewSet(AreaScopedSnippetViewSet):
    model = Organisation
    permission_policy = organisation_permission_policy
    icon = "group"
    menu_label = "Organisations"
    list_display = ["name", "authority", "website"]
    search_fields = ["name", "description"]
    edit_handler = ObjectList(
        ["name", "description", "email", "website", "authority"], base_form_class=OrganisationAdminForm
    )


class FamilySupportTeamViewSet(AreaScopedSnippetViewSet):
    model = FamilySupportTeam
    permission_policy = family_support_team_permission_policy
    icon = "user"
    menu_label = "Family support teams"
    list_display = ["team_name", "authority", "phone"]
    edit_handler = ObjectList(
        ["authority", "team_name", "phone", "email", "hours", "what_they_do"],
        base_form_class=FamilySupportTeamAdminForm,
    )


class CategoryViewSet(SnippetViewSet):
    """Categories are shared by every LA, so only people with Django's permissions (superusers)
    change them: Wagtail's default per-model policy is right here."""

    model = TaxonomyTerm
    icon = "tag"
    menu_label = "Categories"
    list_display = ["name", "slug", "sort_order"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (ServiceViewSet, OrganisationViewSet, FamilySupportTeamViewSet, CategoryViewSet)
    menu_icon = "list-ul"
    menu_label = "Directory"
    menu_name = "directory"
    menu_order = 250


register_snippet(DirectoryViewSetGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("directory-reports/", include((reports.urlpatterns, "directory_reports")))]


@hooks.register("register_reports_menu_item")
def register_not_checked_report():
    return reports.DirectoryReportMenuItem(
        "Directory: not checked",
        reverse("directory_reports:not_checked"),
        name="directory-not-checked",
        icon_name="time",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def register_problems_report():
    return reports.DirectoryReportMenuItem(
        "Directory: problems reported",
        reverse("directory_reports:problems"),
        name="directory-problems",
        icon_name="warning",
        order=1310,
    )
