"""Included by portal.cases.urls under /my-family/, in the "family" namespace."""

from django.urls import path

from . import views

family_patterns = [
    path("", views.contact_preferences, name="notifications"),
    path("verify-your-number/", views.phone_verify, name="phone_verify"),
]
