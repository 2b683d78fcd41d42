"""Registers the LA admin's evaluation screens (at /admin/evaluation/).

Wagtail loads `wagtail_hooks` only from an app's top-level package, so PreproceedingsConfig.ready()
imports this module.
"""

from wagtail import hooks

from .admin_views import EvaluationViewSet


@hooks.register("register_admin_viewset")
def register_evaluation_viewset():
    return EvaluationViewSet()
