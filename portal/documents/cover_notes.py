"""Cover-note templates: a plain title and note for each kind of document a family usually gets.

A worker sharing a document first says what kind it is; the share form then starts with the title
and the four parts of the cover note (`SharedDocument.what_it_is`, `why_you_have_it`,
`what_happens_next`, `who_to_ask`) filled in from here. The worker changes them to fit the family
before sharing: these are a starting point, never sent as they are without being seen.

The kinds are the documents families typically get in pre-proceedings (/work/shared/FACTS.md, "The
journey"). The wording is written for a frightened parent reading on a phone: "you", short
sentences, a legal word only with its meaning. Facts it relies on, and their sources:
- The letter before proceedings goes to each parent and anyone with parental responsibility, and
  gives the date of the pre-proceedings meeting; once a parent has it, their legal advice is free
  and not means-tested (frg.org.uk, "What is a letter before proceedings"; A–Z "legal aid").
  Relatives without parental responsibility usually are means-tested, so the notes say who the
  free advice is for rather than "your advice is free".
- Letters of instruction for assessments are shared with parents' solicitors; the written agreement
  and review meetings come out of the pre-proceedings meeting (frg.org.uk, "What happens at a
  pre-proceedings meeting").
- Parents and anyone with parental responsibility get legal aid in care proceedings without a means
  or merits test (frg.org.uk A–Z "legal aid").
- The family plan is made by the family at a family group conference or family network meeting
  (frg.org.uk; FACTS.md "Family group conference").

"%(worker)s" in `who_to_ask` is replaced by the sharing worker's name, job title and phone number.
"""

from django.utils.translation import gettext_lazy as _

OTHER = "other"

# (kind, the worker's label for it). The order is the order of the journey.
KIND_CHOICES = [
    ("letter_before_proceedings", _("Letter before proceedings")),
    ("meeting_agenda", _("Meeting agenda")),
    ("meeting_minutes", _("Meeting minutes")),
    ("written_agreement", _("Written agreement")),
    ("assessment_plan", _("Assessment plan or letter of instruction")),
    ("assessment_report", _("Assessment report")),
    ("review_minutes", _("Review meeting minutes")),
    ("end_of_pre_proceedings", _("End of pre-proceedings letter")),
    ("letter_of_intent", _("Letter of intent to issue proceedings")),
    ("family_plan", _("Family plan")),
    (OTHER, _("Something else (you write the note)")),
]
KIND_LABELS = dict(KIND_CHOICES)

WHO_TO_ASK_MAX = 200  # SharedDocument.who_to_ask
FIELDS = ("title", "what_it_is", "why_you_have_it", "what_happens_next", "who_to_ask")

_MINUTES_NEXT = _(
    "Read them and tell us if anything is wrong or missing. We can correct mistakes. "
    "You can also ask your solicitor to read them."
)

COVER_NOTES = {
    "letter_before_proceedings": {
        "title": _("Letter before proceedings"),
        "what_it_is": _(
            "This letter says what children's services are worried about, and what needs to change. "
            "It is the step before we might ask a court to decide. A court case is called proceedings."
        ),
        "why_you_have_it": _(
            "We send this letter to each parent and to anyone with parental responsibility. "
            "It invites you to a meeting with us. The date and place are in the letter."
        ),
        "what_happens_next": _(
            "Take this letter to a solicitor who works in children law as soon as you can. "
            "If you are a parent, or have parental responsibility, their advice is free. "
            "You do not need to check if you can get legal aid first. "
            "Your solicitor can come to the meeting with you."
        ),
        "who_to_ask": _("%(worker)s, or your solicitor"),
    },
    "meeting_agenda": {
        "title": _("Agenda for our meeting"),
        "what_it_is": _("This is the agenda for our meeting. It lists what we will talk about, in order."),
        "why_you_have_it": _("So you know what to expect, and can think about what you want to say."),
        "what_happens_next": _(
            "Read it before the meeting. If you want to talk about something else, tell us before the meeting. "
            "You can bring your solicitor."
        ),
        "who_to_ask": _("%(worker)s"),
    },
    "meeting_minutes": {
        "title": _("Minutes of our meeting"),
        "what_it_is": _(
            "These are the minutes of our meeting. Minutes are a written record of what was said and agreed."
        ),
        "why_you_have_it": _("So you have your own record of the meeting."),
        "what_happens_next": _MINUTES_NEXT,
        "who_to_ask": _("%(worker)s"),
    },
    "written_agreement": {
        "title": _("Written agreement"),
        "what_it_is": _(
            "This is the written agreement from our meeting. "
            "It lists what you and children's services have agreed to do, and by when."
        ),
        "why_you_have_it": _(
            "We made a plan together at the meeting. This puts it in writing, so everyone knows what to expect."
        ),
        "what_happens_next": _(
            "Read it with your solicitor before you sign it. "
            "Ask about anything you do not understand or do not agree with. Keep a copy."
        ),
        "who_to_ask": _("Your solicitor, or %(worker)s"),
    },
    "assessment_plan": {
        "title": _("Assessment plan"),
        "what_it_is": _(
            "This says which assessments we plan, and who will do them. "
            "In an assessment, a trained person meets you, asks questions and writes a report about your family. "
            "A letter of instruction tells that person what questions to answer."
        ),
        "why_you_have_it": _("We talked about these assessments at the meeting. Your solicitor gets a copy too."),
        "what_happens_next": _(
            "The person doing each assessment will contact you to arrange to meet. "
            "If you are worried about an assessment, talk to your solicitor or to us."
        ),
        "who_to_ask": _("%(worker)s, or your solicitor"),
    },
    "assessment_report": {
        "title": _("Assessment report"),
        "what_it_is": _(
            "This is the report from an assessment of your family. "
            "It says what the person who did it found, and what they suggest."
        ),
        "why_you_have_it": _("So you can read what it says before we talk about it together."),
        "what_happens_next": _(
            "Read it with your solicitor. If something in it is wrong, tell your solicitor or us. "
            "We will talk about it with you at our next meeting."
        ),
        "who_to_ask": _("%(worker)s, or your solicitor"),
    },
    "review_minutes": {
        "title": _("Minutes of the review meeting"),
        "what_it_is": _(
            "These are the minutes of the review meeting, where we looked at how the plan is going. "
            "Minutes are a written record of what was said and decided."
        ),
        "why_you_have_it": _("So you have your own record of what was decided."),
        "what_happens_next": _MINUTES_NEXT,
        "who_to_ask": _("%(worker)s"),
    },
    "end_of_pre_proceedings": {
        "title": _("Letter: the end of pre-proceedings"),
        "what_it_is": _(
            "This letter says that pre-proceedings has ended. "
            "Pre-proceedings is the stage before court that started with the letter before proceedings."
        ),
        "why_you_have_it": _("To tell you what we have decided, and why."),
        "what_happens_next": _(
            "The letter says what happens now. Show it to your solicitor, and ask us about anything that is not clear."
        ),
        "who_to_ask": _("%(worker)s, or your solicitor"),
    },
    "letter_of_intent": {
        "title": _("Letter of intent: we plan to go to court"),
        "what_it_is": _(
            "This letter says that we plan to ask the family court to make decisions about your child. "
            "This is called issuing care proceedings."
        ),
        "why_you_have_it": _("We are telling you before we apply, so you have time to get legal advice."),
        "what_happens_next": _(
            "Give this letter to your solicitor today. If you do not have one, find a solicitor who works in "
            "children law. If you are a parent, or have parental responsibility, you get free legal help in care "
            "proceedings. You do not need to check if you can get legal aid first."
        ),
        "who_to_ask": _("Your solicitor, or %(worker)s"),
    },
    "family_plan": {
        "title": _("Family plan"),
        "what_it_is": _(
            "This is the plan your family made at the family group conference or family network meeting. "
            "It says how your family will keep the children safe and well."
        ),
        "why_you_have_it": _("So everyone has the same copy of the plan."),
        "what_happens_next": _(
            "Do what the plan says you will do. If something changes, or part of the plan is not working, "
            "tell us as soon as you can."
        ),
        "who_to_ask": _("%(worker)s"),
    },
}


def worker_contact(user):
    """How a family reaches the sharing worker: name, job title and phone, as far as they are known."""
    membership = getattr(user, "staff_membership", None)
    parts = [user.get_full_name() or user.email]
    parts += [value for value in (getattr(membership, "job_title", ""), getattr(membership, "phone", "")) if value]
    return ", ".join(parts)


def cover_note_for(*, kind, worker):
    """The title and cover note a kind of document starts with, in the active language.

    "Something else" (and any kind not known here) starts empty: the worker writes the note.
    """
    template = COVER_NOTES.get(kind)
    if template is None:
        return dict.fromkeys(FIELDS, "")
    note = {name: str(template[name]) for name in FIELDS}
    who = note["who_to_ask"] % {"worker": worker_contact(worker)}
    note["who_to_ask"] = who[:WHO_TO_ASK_MAX]
    return note
