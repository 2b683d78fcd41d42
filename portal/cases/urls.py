from django.urls import include, path

from portal.conversations.urls import family_patterns as question_patterns
from portal.documents import views as document_views
from portal.network.urls import family_patterns as network_patterns
from portal.notifications.urls import family_patterns as notification_patterns

from . import views

app_name = "family"

urlpatterns = [
    path("", views.family_home, name="home"),
    path("notifications/", include(notification_patterns)),
    path("join/<str:token>/", views.family_join, name="join"),
    # Not under <case_id>/: uploads get their body limit by address prefix (PORTAL_UPLOAD_BODY_LIMITS).
    path("send/<uuid:case_id>/", document_views.family_send, name="send"),
    path("<uuid:case_id>/", views.family_case, name="case"),
    path("<uuid:case_id>/calendar.ics", views.family_calendar_ics, name="calendar"),
    path("<uuid:case_id>/dates/<uuid:key_date_id>.ics", views.family_key_date_ics, name="key_date_ics"),
    path("<uuid:case_id>/questions/", include(question_patterns)),
    path("<uuid:case_id>/", include(network_patterns)),
    path("<uuid:case_id>/documents/<uuid:document_id>/", document_views.family_document, name="document"),
    path(
        "<uuid:case_id>/documents/<uuid:document_id>/read/", document_views.family_document_read, name="document_read"
    ),
    path(
        "<uuid:case_id>/documents/<uuid:document_id>/download/",
        document_views.family_document_download,
        name="document_download",
    ),
]
