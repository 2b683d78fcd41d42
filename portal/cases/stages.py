"""The family's journey, stage by stage: one list used by the family area and the guidance.

Facts behind the wording (kept here so an LA's legal team can check them):
- Pre-proceedings and the letter before proceedings: Family Rights Group, "What is a letter
  before proceedings" and "What should children's services do before starting care proceedings"
  (frg.org.uk); Court Orders and Pre-proceedings guidance (coppguidance.rip.org.uk).
- Free legal advice that is not means-tested once a parent, or anyone with parental responsibility,
  has the letter; other relatives are usually means- and merits-tested: frg.org.uk A–Z, "legal aid".
  A grown-up's text is read by parents and by other family members alike (the family area shows
  `next_steps` to both), so it says who the free advice is for, never "free for you" on its own.
- The pre-proceedings meeting's date is in the letter, usually soon after it (often one to two
  weeks): never "within a few weeks" (FACTS.md).
- The "period for change" of about 12 to 16 weeks: DFJ social work practice guide
  (dfjsocialworkpracticeguide.org).
- The Public Law Outline (Practice Direction 12A): issue and allocation, Case Management Hearing
  between day 12 and day 18, Issues Resolution Hearing, final hearing.
- The 26-week limit: Children Act 1989 s32(1)(a)(ii), added by the Children and Families Act 2014;
  extensions of up to 8 weeks at a time. Most cases take longer (average about 41 to 44 weeks in
  2023 to 2025, Ministry of Justice family court statistics).
- Who decides where a child lives: the court decides whether to make an interim care order or a care
  order; under either, the council decides where the child lives (Children Act 1989 ss33, 38). So
  the young people's text never says the judge decides where they live.
- An appeal needs permission, and the appellant's notice is usually due within 21 days of the
  decision (Family Procedure Rules 30.4).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


class _Translated:
    """A Stage's text: written once, in English, marked for translation; read in the active language.

    Reading it gives a plain str, so a stage's words can be compared, searched, joined, written to a
    calendar file or JSON-encoded like any other text, and always come out in the language of the
    request that reads them. `vars(stage)[name]` is the lazy original (for choices made at import).
    """

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, stage, owner=None):
        if stage is None:
            raise AttributeError(self.name)  # no class-level default: every Stage gives every text
        return str(stage.__dict__[self.name])

    def __set__(self, stage, value):
        stage.__dict__[self.name] = value


@dataclass(frozen=True)
class Stage:
    key: str
    title: str = _Translated()
    phase: str = _Translated()
    summary: str = _Translated()  # grown-ups: what this stage is
    summary_young: str = _Translated()  # children and young people
    next_steps: str = _Translated()  # what happens next, for grown-ups
    next_steps_young: str = _Translated()
    timing: str = _Translated()
    guide_slug: str  # the guide that explains this stage (cms guidance pages use this slug)


PHASE_BEFORE = _("Before court is considered")
PHASE_PRE = _("Pre-proceedings")
PHASE_COURT = _("Care proceedings (the court case)")
PHASE_AFTER = _("After court or without court")

STAGES = [
    Stage(
        "support",
        _("Support from children's services"),
        PHASE_BEFORE,
        _("Children's services are working with your family to give you help and support."),
        _("People from children's services are helping your family."),
        _("Your worker will agree a plan with you and check how things are going."),
        _("Your worker will keep talking with your family about how things are going."),
        _("As long as the plan needs"),
        "support-from-childrens-services",
    ),
    Stage(
        "child_protection",
        _("Child protection plan"),
        PHASE_BEFORE,
        _(
            "Children's services are worried your child may be at risk of harm. There is a child "
            "protection plan that says what needs to change and who will help."
        ),
        _("Some grown-ups are worried about your safety. They have made a plan to help keep you safe."),
        _("There will be meetings to check the plan. You should get reports before each meeting."),
        _("There will be meetings to check how the plan is going."),
        _("Reviewed at regular meetings"),
        "child-protection-plans",
    ),
    Stage(
        "letter_sent",
        _("Letter before proceedings sent"),
        PHASE_PRE,
        _(
            "Children's services have sent you a letter saying they are thinking about going to "
            "court. This starts a stage called pre-proceedings. Court has not started."
        ),
        _(
            "Children's services have written to your parents or carers. They want to sort out their "
            "worries so that your family does not need to go to court."
        ),
        _(
            "Take the letter to a solicitor who knows about children law. If you are a parent, or have "
            "parental responsibility, their advice is free. No one checks how much money you have. "
            "Other family members may have to pay: a solicitor can tell you."
        ),
        _("Your parents or carers will get help from a lawyer. You can ask your worker what is happening."),
        _("The meeting date is in the letter, often only a week or two away"),
        "letter-before-proceedings",
    ),
    Stage(
        "pre_proceedings_meeting",
        _("Pre-proceedings meeting"),
        PHASE_PRE,
        _(
            "A meeting with your social worker, their manager and a lawyer for the council. Your "
            "solicitor can come with you. Together you agree a plan, often written down as an agreement."
        ),
        _("The grown-ups are meeting to agree a plan to help your family."),
        _(
            "You will get notes from the meeting and the written plan. "
            "Ask your solicitor about anything you are not sure of."
        ),
        _("After the meeting, your worker will tell you what was agreed."),
        _("One meeting, then regular reviews"),
        "pre-proceedings-meeting",
    ),
    Stage(
        "assessments",
        _("Assessments and reviews"),
        PHASE_PRE,
        _(
            "People are finding out more about your family, for example how you care for your "
            "children or whether family members could help. There are review meetings to check progress."
        ),
        _("Some people will talk with your family to understand how things are going."),
        _("You will get the reports. Read them with your solicitor and say if something is wrong."),
        _("You might be asked what you think. You can say how you feel."),
        _("Usually about 12 to 16 weeks in total"),
        "assessments",
    ),
    Stage(
        "decision",
        _("Decision about what happens next"),
        PHASE_PRE,
        _(
            "Children's services are deciding whether the worries have been sorted out, whether to "
            "give more time, or whether to ask a court to decide."
        ),
        _("The grown-ups are deciding what should happen next for your family."),
        _("Your worker will write to you to say what they have decided."),
        _("Your worker will tell you what has been decided."),
        _("Usually at the end of pre-proceedings"),
        "how-pre-proceedings-can-end",
    ),
    Stage(
        "proceedings_issued",
        _("Court case started"),
        PHASE_COURT,
        _(
            "Children's services have asked the family court to make decisions about your child. "
            "This is called care proceedings. Legal aid for parents is free in care proceedings."
        ),
        _(
            "A family court is now involved. A judge will help decide what is best for you. Someone "
            "called a children's guardian will be there for you."
        ),
        _("The court will set a date for the first hearing. Talk to your solicitor straight away."),
        _("You will meet your children's guardian. They will ask what you think and feel."),
        _("The court aims to finish within 26 weeks, but most cases take longer"),
        "care-proceedings",
    ),
    Stage(
        "case_management_hearing",
        _("Case Management Hearing"),
        PHASE_COURT,
        _(
            "The first main hearing. The court looks at the council's plan, decides what happens "
            "for now and sets a timetable for the case."
        ),
        _("The judge meets the grown-ups to plan how the court case will go."),
        _("The court sets dates for reports and the next hearing."),
        _("Your guardian will tell you what the judge decided for now."),
        _("Between day 12 and day 18 of the case"),
        "case-management-hearing",
    ),
    Stage(
        "further_case_management_hearing",
        _("Further Case Management Hearing"),
        PHASE_COURT,
        _("An extra hearing the court holds only when it needs more time to plan the case."),
        _("Another meeting at court to plan the next steps."),
        _("The court sets or changes dates for the rest of the case."),
        _("Your guardian will tell you what happened."),
        _("Only if needed"),
        "case-management-hearing",
    ),
    Stage(
        "issues_resolution_hearing",
        _("Issues Resolution Hearing"),
        PHASE_COURT,
        _("After the final reports, the court tries to settle the things people still disagree about."),
        _("The judge tries to help everyone agree what is best."),
        _("If everyone agrees, the court can decide now. If not, there will be a final hearing."),
        _("Your guardian will tell you what happens next."),
        _("Near the end of the case"),
        "issues-resolution-hearing",
    ),
    Stage(
        "final_hearing",
        _("Final hearing"),
        PHASE_COURT,
        _("The court hears from everyone and decides what order, if any, to make."),
        _("The judge makes the final decision about which order, if any, is best for you."),
        _(
            "The judge will give a decision. Your solicitor will explain what it means. If you do not "
            "agree with it, tell your solicitor straight away: you need permission to appeal, usually "
            "within 21 days."
        ),
        _("Your guardian or worker will explain the decision to you."),
        _("At the end of the case"),
        "final-hearing",
    ),
    Stage(
        "order_made",
        _("Order made or case closed"),
        PHASE_AFTER,
        _("The court has made its decision, or the case has closed."),
        _("The court case has finished."),
        _("Your worker will explain what the decision means and what support there is now."),
        _("Your worker will explain what happens now. You can ask questions at any time."),
        "",
        "after-court",
    ),
    Stage(
        "stepped_down",
        _("Stepped down without court"),
        PHASE_AFTER,
        _(
            "The worries have reduced enough that children's services will not go to court. You "
            "may still get support, for example through a child protection or child in need plan."
        ),
        _("Things have got better, so there will not be a court case."),
        _("Keep working with your worker on the plan."),
        _("Your worker will keep helping your family."),
        "",
        "how-pre-proceedings-can-end",
    ),
]

STAGE_BY_KEY = {stage.key: stage for stage in STAGES}
# Lazy titles: choices are made at import, and shown in the language of the request that shows them.
STAGE_CHOICES = [(stage.key, vars(stage)["title"]) for stage in STAGES]


def stage_get(key):
    return STAGE_BY_KEY[key]


# The two routes a family can be on. Before any decision to go to court, the steps run up to that
# decision; in a court case they run from the application to the order. A family that stepped down
# has finished without court and is shown no count at all ("step 13 of 13" would say they went through
# court). Counting only the family's own route keeps a pre-proceedings family from being shown court
# as where they are heading.
COURT_ROUTE_START = "proceedings_issued"
ROUTE_ENDED = {"stepped_down"}


def stage_progress(key):
    """(position, count) along the route the family is on now, for "step 2 of 6" wording; None when
    their journey ended without court."""
    if key in ROUTE_ENDED:
        return None
    keys = [stage.key for stage in STAGES if stage.key not in ROUTE_ENDED]
    start = keys.index(COURT_ROUTE_START)
    route = keys[start:] if keys.index(key) >= start else keys[:start]
    return route.index(key) + 1, len(route)
