"""Registers the workers' Questions screen in the Wagtail admin. Only workers see its menu item."""

from wagtail import hooks

from .admin_views import QuestionViewSet


@hooks.register("register_admin_viewset")
def register_question_viewset():
    return QuestionViewSet()
