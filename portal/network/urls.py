"""Included by portal.cases.urls under /my-family/<case_id>/, in the "family" namespace."""

from django.urls import path

from . import views

family_patterns = [
    path("network/", views.network, name="network"),
    path("network/add/", views.network_person, name="network_add"),
    path("network/<uuid:person_id>/", views.network_person, name="network_edit"),
    path("network/<uuid:person_id>/remove/", views.network_person_remove, name="network_remove"),
    path("my-words/", views.voice, name="voice"),
    path("my-words/<str:kind>/add/", views.voice_add, name="voice_add"),
    path("my-words/<uuid:voice_id>/take-back/", views.voice_take_back, name="voice_take_back"),
]
