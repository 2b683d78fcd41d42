from django.conf import settings
from django.db import models


class FormSubmission(models.Model):
    """One sending of a form that changes something, so a second click cannot do it again.

    The row is made (and committed) before the change runs; the token is unique, so a second,
    simultaneous sending of the same form cannot make one. See portal/ops/once.py.
    """

    token = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    done = models.BooleanField(default=False)
    location = models.CharField(max_length=500, blank=True)  # where the first sending led

    def __str__(self):
        return f"{self.token} ({'done' if self.done else 'in progress'})"
