from django.db import models
from django.utils import timezone


class PageFeedback(models.Model):
    """One answer to "Was this page useful?", with an optional comment.

    Anonymous by design: no user, session, IP address, user agent or time of day is kept, only
    the date, so an answer cannot be tied back to a person or a visit. Email addresses and phone
    numbers are taken out of comments before they are saved (services.comment_scrub).
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback")
    useful = models.BooleanField()
    comment = models.TextField(blank=True, max_length=1200)
    created_at = models.DateField(default=timezone.localdate, editable=False, help_text="The date only.")

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "page feedback"
        verbose_name_plural = "page feedback"
        indexes = [models.Index(fields=["page", "-created_at"])]

    def __str__(self):
        return f"{'Useful' if self.useful else 'Not useful'} ({self.created_at:%d %b %Y})"
