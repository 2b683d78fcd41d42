"""Who may edit which directory records: decided by the record's area, in this one place.

Wagtail's snippet permissions are per model, and Wagtail is not multi-tenant, so a plain
"change service" permission would let one LA's editors change another LA's solicitors list.
Instead a record belongs to an area and:

* members of an LA's editor or moderator group (see `portal.authorities.services`) may create,
  change, publish and delete records whose area is their LA — and only those;
* members of the "National content editors" group may do the same for national records
  (services with no LA; organisations with no LA);
* superusers may do anything.

Editors and moderators have the same rights here: a wrong phone number for a parent who needs a
solicitor today should be put right by whoever sees it, and snippets have no moderation step.
Nobody else gets anything, whatever Django permissions they hold. Out-of-scope records are not
just read-only: the admin's views answer 404 for them (see `wagtail_hooks.py`).
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Exists, OuterRef, Q
from wagtail.permission_policies.base import BasePermissionPolicy

from portal.authorities.models import LocalAuthority
from portal.authorities.roles import editor_group_name, moderator_group_name

NATIONAL_EDITORS_GROUP = "National content editors"


@dataclass(frozen=True)
class EditingScope:
    """The areas a user may edit directory records for."""

    everything: bool = False
    national: bool = False
    authority_ids: frozenset = field(default_factory=frozenset)

    @property
    def is_empty(self):
        return not (self.everything or self.national or self.authority_ids)

    def covers_areas(self, authority_ids, *, allow_national=True):
        """May this user edit a record whose area is this set of LAs (empty set: national)?"""
        if self.everything:
            return True
        authority_ids = set(authority_ids)
        if not authority_ids:
            return allow_national and self.national
        return authority_ids <= self.authority_ids


def _council_groups(group_names):
    """The names among `group_names` that end as a council's editor or moderator group's name does."""
    nameless = LocalAuthority(name="")
    endings = (editor_group_name(nameless), moderator_group_name(nameless))
    return {name for name in group_names if name.endswith(endings)}


def editing_scope_for(user):
    """The user's scope, worked out from their groups. Cached on the user for the request."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return EditingScope()
    cached = getattr(user, "_directory_editing_scope", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        scope = EditingScope(everything=True)
    else:
        group_names = set(user.groups.values_list("name", flat=True))
        # Workers and LA admins are in no council's editor or moderator group: their every admin page
        # asks this, so the councils are read only for someone in a group named like one.
        authority_ids = frozenset(
            authority.pk
            for authority in (LocalAuthority.objects.only("pk", "name") if _council_groups(group_names) else ())
            if {editor_group_name(authority), moderator_group_name(authority)} & group_names
        )
        scope = EditingScope(national=NATIONAL_EDITORS_GROUP in group_names, authority_ids=authority_ids)
    user._directory_editing_scope = scope
    return scope


class AreaPermissionPolicy(BasePermissionPolicy):
    """A Wagtail permission policy for a model whose area is an LA field (or a set of them).

    `area_field` names a ForeignKey or ManyToMany to LocalAuthority. Empty means national, and
    `allow_national=False` says national records of this model do not exist (a family support
    team always belongs to one LA).
    """

    def __init__(self, model, *, area_field, allow_national=True):
        super().__init__(model)
        self.area_field = area_field
        self.allow_national = allow_national

    # Whether the user may do something to some record of this model.

    def _scope_allows_model(self, scope):
        return scope.everything or bool(scope.authority_ids) or (self.allow_national and scope.national)

    def user_has_permission(self, user, action):
        return self._scope_allows_model(editing_scope_for(user))

    def user_has_any_permission(self, user, actions):
        return self.user_has_permission(user, None)

    def users_with_any_permission(self, actions):
        group_names = [NATIONAL_EDITORS_GROUP] if self.allow_national else []
        for authority in LocalAuthority.objects.only("name"):
            group_names += [editor_group_name(authority), moderator_group_name(authority)]
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__in=Group.objects.filter(name__in=group_names)))
            .filter(is_active=True)
            .distinct()
        )

    # Whether the user may do something to a given record.

    def area_ids_of(self, instance):
        field = self.model._meta.get_field(self.area_field)
        if field.many_to_many:
            return {authority.pk for authority in getattr(instance, self.area_field).all()}
        value = getattr(instance, field.attname)
        return {value} if value is not None else set()

    def user_has_permission_for_instance(self, user, action, instance):
        return editing_scope_for(user).covers_areas(self.area_ids_of(instance), allow_national=self.allow_national)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_permission_for_instance(user, None, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return self.instances_in_scope(editing_scope_for(user))

    def instances_in_scope(self, scope):
        queryset = self.model._default_manager.all()
        if scope.everything:
            return queryset
        field = self.model._meta.get_field(self.area_field)
        if field.many_to_many:
            through = field.remote_field.through
            rows = through.objects.filter(**{field.m2m_field_name(): OuterRef("pk")})
            has_area = Exists(rows)
            has_area_outside_scope = Exists(
                rows.exclude(**{f"{field.m2m_reverse_field_name()}__in": scope.authority_ids})
            )
            condition = Q(has_area) & ~Q(has_area_outside_scope) if scope.authority_ids else Q(pk__in=[])
            if self.allow_national and scope.national:
                condition |= ~Q(has_area)
        else:
            condition = Q(**{f"{self.area_field}__in": scope.authority_ids})
            if self.allow_national and scope.national:
                condition |= Q(**{f"{self.area_field}__isnull": True})
        return queryset.filter(condition)

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        return users.filter(
            pk__in=[user.pk for user in users if self.user_has_permission_for_instance(user, None, instance)]
        )


def readable_for_reports(policy, user):
    """What the freshness reports list: the user's own records, and national ones read-only."""
    scope = editing_scope_for(user)
    if scope.is_empty:
        return policy.model._default_manager.none()
    if scope.everything:
        return policy.model._default_manager.all()
    return policy.instances_in_scope(EditingScope(national=True, authority_ids=scope.authority_ids))


service_permission_policy = AreaPermissionPolicy("directory.Service", area_field="authorities")
organisation_permission_policy = AreaPermissionPolicy("directory.Organisation", area_field="authority")
family_support_team_permission_policy = AreaPermissionPolicy(
    "directory.FamilySupportTeam", area_field="authority", allow_national=False
)
