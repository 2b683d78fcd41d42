"""Glossary terms in the Wagtail admin, at /admin/snippets/glossary/glossaryterm/.

The glossary is shared by every local authority (Wagtail snippets are not per site), so the LA
editor and moderator groups are deliberately not given its permissions: a change here changes
every LA's pages. Grant add/change/publish on glossary terms to the central content team's group.
Edits are saved as drafts with revisions and can be sent through a Wagtail workflow for review.
"""

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryTerm


class GlossaryTermFilterSet(WagtailFilterSet):
    class Meta:
        model = GlossaryTerm
        fields = ["avoid", "live"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = "Glossary"
    menu_name = "glossary"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["term", BooleanColumn("avoid", label="Word to avoid"), UpdatedAtColumn()]
    list_per_page = 50
    filterset_class = GlossaryTermFilterSet
    ordering = ["term"]  # search uses the model's own index (GlossaryTerm.search_fields)


register_snippet(GlossaryTermViewSet)
