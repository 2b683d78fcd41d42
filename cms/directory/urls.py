"""Open Referral UK API routes, mounted at /openreferral/ (public and cacheable)."""

from django.urls import path

from . import views

app_name = "openreferral"

urlpatterns = [
    path("", views.api_root, name="root"),
    path("services", views.service_list, name="services"),
    path("services/<uuid:service_id>", views.service_detail, name="service"),
    path("taxonomies", views.taxonomy_list, name="taxonomies"),
    path("taxonomies/<uuid:taxonomy_id>", views.taxonomy_detail, name="taxonomy"),
    path("taxonomy_terms", views.taxonomy_term_list, name="taxonomy_terms"),
    path("taxonomy_terms/<uuid:term_id>", views.taxonomy_term_detail, name="taxonomy_term"),
]
