from django.urls import path

from portal.documents import views as document_views

from . import views

app_name = "family"

urlpatterns = [
    path("", views.family_home, name="home"),
    path("<uuid:case_id>/", views.family_case, name="case"),
    path("<uuid:case_id>/documents/<uuid:document_id>/", document_views.family_document, name="document"),
    path(
        "<uuid:case_id>/documents/<uuid:document_id>/download/",
        document_views.family_document_download,
        name="document_download",
    ),
]
