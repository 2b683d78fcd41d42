"""Included by portal.cases.urls under /my-family/<case_id>/questions/, in the "family" namespace."""

from django.urls import path

from . import views

family_patterns = [
    path("", views.question_list, name="questions"),
    path("new/", views.question_new, name="question_new"),
    path("help/", views.help_request, name="help_request"),
    path("date/<uuid:key_date_id>/", views.date_cannot_make, name="date_cannot_make"),
    path("<uuid:thread_id>/", views.question_detail, name="question"),
]
