"""Who may do what to cases in the Wagtail admin: decided by staff membership, never by groups.

Wagtail's default policy reads Django model permissions, which are global: anyone given "change
case" could change every LA's cases. This policy asks the same question as the selectors instead
(is this person a worker, and of which LA?), so the admin and the family area agree on scope.

- Workers may add, change and view the cases of their own LA.
- Nobody deletes a case through the admin: cases close by stage and are deleted by retention.
- Superusers get nothing extra. Case data belongs to LAs; a superuser who needs to see a case
  needs a worker membership of that LA, like anyone else.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies.base import BasePermissionPolicy

from portal.authorities.models import StaffMembership

from .selectors import cases_for_worker, worker_authority

WORKER_ACTIONS = frozenset({"add", "change", "view"})


class CasePermissionPolicy(BasePermissionPolicy):
    # Wagtail asks the policy many times per request (menu, listing buttons, headers); the
    # answer is cached on the user object, which Django builds afresh for every request, so a
    # worker moved to another LA or deactivated loses access on their next request.
    permission_cache_name = "_portal_case_permission_cache"

    def get_all_permissions_for_user(self, user):
        authority = worker_authority(user)
        if authority is None:
            return {"authority_id": None, "actions": frozenset()}
        return {"authority_id": authority.pk, "actions": WORKER_ACTIONS}

    def _actions_for(self, user):
        return self.get_cached_permissions_for_user(user)["actions"]

    def user_has_permission(self, user, action):
        return action in self._actions_for(user)

    def user_has_any_permission(self, user, actions):
        return bool(self._actions_for(user) & set(actions))

    def user_has_permission_for_instance(self, user, action, instance):
        permissions = self.get_cached_permissions_for_user(user)
        return action in permissions["actions"] and instance.authority_id == permissions["authority_id"]

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return cases_for_worker(user=user)

    def users_with_any_permission(self, actions):
        User = get_user_model()
        if not WORKER_ACTIONS & set(actions):
            return User.objects.none()
        return User.objects.filter(is_active=True, staff_membership__role=StaffMembership.Role.WORKER)

    def users_with_any_permission_for_instance(self, actions, instance):
        return self.users_with_any_permission(actions).filter(staff_membership__authority_id=instance.authority_id)
