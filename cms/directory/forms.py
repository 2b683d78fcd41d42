"""Admin forms that keep each editor inside their own area.

An editor of one LA never chooses an area: their LA is filled in and cannot be changed. Someone
who edits more than one area chooses among those only. The choice is checked again on save, so
a hand-made request cannot put a service in another LA's directory.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.authorities.models import LocalAuthority

from .models import Organisation
from .permissions import editing_scope_for


class AreaScopedFormMixin:
    area_field = "authority"  # a ForeignKey or ParentalManyToManyField to LocalAuthority
    allow_national = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = editing_scope_for(self.for_user)
        field = self.fields.get(self.area_field)
        if field is None or self.scope.everything:
            return
        field.queryset = LocalAuthority.objects.filter(pk__in=self.scope.authority_ids)
        only_authority = self._only_authority()
        if only_authority is not None:
            field.disabled = True
            field.help_text = _("Only %(authority)s: you edit its directory.") % {"authority": only_authority.name}
            if not self.instance.pk:
                field.initial = [only_authority.pk] if self._is_many else only_authority.pk
        elif not self.scope.authority_ids:
            # National editors only: national records have no LA.
            field.disabled = True
            field.help_text = _("National: you edit national entries only.")
            if not self.instance.pk:
                field.initial = [] if self._is_many else None

    @property
    def _is_many(self):
        return isinstance(self.fields[self.area_field], forms.ModelMultipleChoiceField)

    def _only_authority(self):
        if len(self.scope.authority_ids) == 1 and not (self.allow_national and self.scope.national):
            return LocalAuthority.objects.get(pk=next(iter(self.scope.authority_ids)))
        return None

    def clean(self):
        cleaned_data = super().clean()
        if self.area_field not in cleaned_data:
            return cleaned_data
        value = cleaned_data[self.area_field]
        authorities = value if self._is_many else [value] if value is not None else []
        ids = {authority.pk for authority in authorities}
        if not ids and not self.allow_national:
            self.add_error(self.area_field, ValidationError(_("Choose a local authority.")))
        elif not self.scope.covers_areas(ids, allow_national=self.allow_national):
            message = (
                _("Choose your own local authority.")
                if ids or not self.scope.authority_ids
                else _("Choose your local authority. Only national content editors can add national entries.")
            )
            self.add_error(self.area_field, ValidationError(message))
        return cleaned_data


class ServiceAdminForm(AreaScopedFormMixin, WagtailAdminModelForm):
    area_field = "authorities"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        organisation = self.fields.get("organisation")
        if organisation is not None and not self.scope.everything:
            # Their own LA's organisations and national ones: a local service may be run by a
            # national charity, but never by another LA's organisation.
            organisation.queryset = Organisation.objects.filter(authority__isnull=True) | Organisation.objects.filter(
                authority__in=self.scope.authority_ids
            )


class OrganisationAdminForm(AreaScopedFormMixin, WagtailAdminModelForm):
    area_field = "authority"


class FamilySupportTeamAdminForm(AreaScopedFormMixin, WagtailAdminModelForm):
    area_field = "authority"
    allow_national = False
