"""A service's ValidationError shown on the form that sent the data, for every form in the portal."""

from django.core.exceptions import NON_FIELD_ERRORS


def apply_service_errors(form, error, *, plain_error_field=None):
    """Show a service's ValidationError on the form: beside the field it names, else at the top.

    Errors that name no field (like the upload checks' "This is not a PDF…") go beside
    `plain_error_field` when the view says which field they are about.
    """
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            target = field if field in form.fields and field != NON_FIELD_ERRORS else None
            form.add_error(target, messages)
    else:
        target = plain_error_field if plain_error_field in form.fields else None
        form.add_error(target, error.messages)
