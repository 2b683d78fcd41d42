from django.urls import path

from .views import search

# Not namespaced: the page is reversed as "search".
urlpatterns = [
    path("", search, name="search"),
]
