from django.urls import path

from .views import language_choose

urlpatterns = [path("<str:code>/", language_choose, name="language_choose")]
