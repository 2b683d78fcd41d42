"""The plain language check in the page editor, while the editor writes.

The panel shows the page's readability score (LIX) against its audience's target and every glossary
"avoid" word it uses without an explanation: the same verdict (checks.plain_language_check) that
the "Plain language check" workflow task gives when the page is submitted, so nothing about
submitting comes as a surprise. A small script (static/guidance/js/plain-language-check.js) sends
the form, as it stands, to plain_language_check_view every few seconds while it changes, and
shows the answer in the panel; nothing is saved. Moderators see the same panel when they review.
"""

from django.contrib import messages
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.admin import messages as admin_messages
from wagtail.admin.panels import Panel

from .checks import plain_language_check, plain_language_problems


class PlainLanguagePanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "guidance/panels/plain_language.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["check"] = plain_language_check(page)
            context["problems"] = plain_language_problems(page, check=context["check"])
            context["check_url"] = reverse("guidance_plain_language_check", args=[page.pk]) if page.pk else ""
            return context


# Wagtail's message after a submit (in a variable, so that our catalogues do not take it over).
WAGTAIL_SUBMITTED = "Page '%(page_title)s' has been submitted for moderation."


def plain_language_applies(page):
    """True when the page's workflow has the plain language check (every council's pages and the
    national guidance are given one; see services.plain_language_workflow_assign)."""
    from .workflows import PlainLanguageTask

    workflow = page.get_workflow()
    return workflow is not None and any(
        isinstance(task.specific, PlainLanguageTask) for task in workflow.tasks.filter(active=True)
    )


def submitted_message(page):
    """What really happened to a page just submitted, in words: live now, or waiting for whom and why.

    Wagtail says "submitted for moderation" either way, although the plain language task publishes
    a page that meets the rules at once; this says which, and what a moderator will look at.
    """
    from .workflows import LegalCheckTask, PlainLanguageTask

    page = page.specific_class.objects.get(pk=page.pk)
    title = page.get_admin_display_title()
    state = page.current_workflow_state
    if state is None:
        if page.live and page.live_revision_id == page.latest_revision_id:
            return admin_messages.success, f"“{title}” is live now: it meets the plain language rules."
        return None
    task = state.current_task_state.task.specific if state.current_task_state else None
    if isinstance(task, PlainLanguageTask):
        problems = " ".join(plain_language_problems(page.get_latest_revision_as_object()))
        return admin_messages.warning, f"“{title}” is not live yet. It waits for a moderator to approve it: {problems}"
    if isinstance(task, LegalCheckTask):
        return admin_messages.warning, (
            f"“{title}” is not live yet. It meets the plain language rules and now waits for a legal "
            "checker: what it says about the law is new or has changed since it was last checked."
        )
    return None


def submitted_message_replace(request, page):
    """Put the true message in place of Wagtail's "submitted for moderation" after a submit."""
    if "action-submit" not in request.POST:
        return
    message = submitted_message(page)
    if message is None:
        return
    # Wagtail's own words (its translation, in the editor's language), to take that message back.
    wagtails = gettext(WAGTAIL_SUBMITTED) % {"page_title": page.get_admin_display_title()}
    storage = messages.get_messages(request)
    # Django's message storage has no public way to take back a message added in this request;
    # its queue is the list of those messages.
    # Wagtail renders it through a template, which escapes it.
    storage._queued_messages = [
        m for m in storage._queued_messages if wagtails not in str(m.message) and escape(wagtails) not in str(m.message)
    ]
    say, text = message
    say(request, text)  # Wagtail's own message helpers, which escape the text
