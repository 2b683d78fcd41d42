from django.urls import path

from .views import feedback_submit

app_name = "feedback"

urlpatterns = [
    path("<int:page_id>/", feedback_submit, name="submit"),
]
