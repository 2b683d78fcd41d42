"""A family member's own notification choices, at /my-family/notifications/. Works without JavaScript."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext

from portal.audit.services import audit_allowed
from portal.authorities.selectors import authority_for_request
from portal.cases.access import private_view
from portal.ops.form_errors import apply_service_errors
from portal.ops.once import once_field_add, submit_once

from . import selectors, services
from .forms import ContactPreferenceForm, PhoneCodeForm
from .messages import history_label


@private_view
@submit_once
def contact_preferences(request):
    selectors.family_member_required(user=request.user)
    authority = authority_for_request(request)
    preference = selectors.contact_preference_for(user=request.user)
    if request.method == "POST":
        form = once_field_add(ContactPreferenceForm(request.POST))
        if form.is_valid():
            try:
                preference = services.contact_preference_save(
                    user=request.user,
                    channel=form.cleaned_data["channel"],
                    phone_number=form.cleaned_data["phone_number"],
                    authority=authority,
                )
            except ValidationError as error:
                apply_service_errors(form, error)
            else:
                if preference.wants_text and not preference.phone_verified:
                    try:
                        services.phone_verification_start(user=request.user, authority=authority)
                    except ValidationError as error:
                        messages.error(request, " ".join(error.messages))
                    return redirect("family:phone_verify")
                messages.success(request, gettext("Your choices have been saved."))
                return redirect("family:notifications")
    else:
        initial = {"channel": preference.channel, "phone_number": selectors.phone_display(preference.phone_number)}
        form = once_field_add(ContactPreferenceForm(initial=initial))
    history = [
        {"notification": notification, "label": history_label(notification.reason)}
        for notification in selectors.notifications_for_user(user=request.user)
    ]
    audit_allowed(actor=request.user, action="contact_preference_view", authority=authority, request=request)
    return render(
        request,
        "notifications/contact_preference.html",
        {"form": form, "preference": preference, "history": history},
    )


@private_view
@submit_once
def phone_verify(request):
    selectors.family_member_required(user=request.user)
    authority = authority_for_request(request)
    preference = selectors.contact_preference_for(user=request.user)
    if not preference.pk or not preference.phone_number or not preference.wants_text:
        return redirect("family:notifications")
    form = once_field_add(PhoneCodeForm())
    resend_form = once_field_add(forms.Form())
    if request.method == "POST" and "resend" in request.POST:
        try:
            services.phone_verification_start(user=request.user, authority=authority)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, gettext("We have sent you a new code."))
        return redirect("family:phone_verify")
    if request.method == "POST":
        form = once_field_add(PhoneCodeForm(request.POST))
        if form.is_valid():
            try:
                services.phone_verification_check(
                    user=request.user, code=form.cleaned_data["code"], authority=authority
                )
            except ValidationError as error:
                apply_service_errors(form, error)
            else:
                messages.success(
                    request, gettext("Your number is confirmed. We will text you when there is an update.")
                )
                return redirect("family:notifications")
    return render(
        request,
        "notifications/phone_verification.html",
        {"form": form, "resend_form": resend_form, "phone_number": selectors.phone_display(preference.phone_number)},
    )
