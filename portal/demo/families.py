"""Demo families: made-up people at different stages, so every demo account shows a real timeline.

Everything here is fictional. Phone numbers use Ofcom's drama range (01632 960xxx).
"""

from datetime import timedelta

from django.utils import timezone

from portal.cases.models import CaseContact, KeyDate
from portal.cases.services import case_stage_change, key_date_save
from portal.conversations.services import thread_reply, thread_start
from portal.notifications.services import notifications_suppressed

from . import builders
from .network import taylor_network


def working_day_at(days, hour=10, minute=0):
    """A working day about `days` from now: meetings and hearings are not at weekends."""
    moment = timezone.localtime() + timedelta(days=days)
    while moment.weekday() >= 5:
        moment += timedelta(days=1)
    return moment.replace(hour=hour, minute=minute, second=0, microsecond=0)


# The demo is a snapshot, not a week of activity: loading it sends nobody "you have an update".
@notifications_suppressed()
def taylor_family(*, authority, worker, password):
    """Northbrook: pre-proceedings, assessments under way. Two parents and a young person."""
    case = builders.case_get_or_build(
        authority=authority,
        reference="NB-2026-0142",
        family_name="The Taylor family",
        children_first_names="Ava and Leo",
        stage="letter_sent",
        worker=worker,
    )
    parent = builders.participant_get_or_build(
        case=case,
        email="parent.one@family.example",
        first_name="Sam",
        last_name="Taylor",
        role="parent",
        password=password,
    )
    other_parent = builders.participant_get_or_build(
        case=case, email="chris.taylor@family.example", first_name="Chris", last_name="Taylor", role="parent"
    )
    young = builders.participant_get_or_build(
        case=case,
        email="young.person@family.example",
        first_name="Ava",
        last_name="Taylor",
        role="young_person",
        password=password,
    )
    if case.stage_changes.count() == 1:
        case.stage_changes.update(changed_at=working_day_at(-42))
        case_stage_change(
            case=case,
            stage="pre_proceedings_meeting",
            changed_by=worker,
            changed_at=working_day_at(-30),
            note="We met at the family centre with your solicitor. We agreed a plan together and wrote it down.",
            note_young_people="Your parents met us at the family centre. Together we made a plan to help your family.",
        )
        case_stage_change(
            case=case,
            stage="assessments",
            changed_by=worker,
            changed_at=working_day_at(-21),
            note="A parenting assessment has started. Your grandmother has asked to be assessed as well.",
            note_young_people="Someone is talking with your parents about how things are going at home. "
            "Your gran wants to help too. You can ask us anything.",
        )
        key_date_save(
            case=case,
            saved_by=worker,
            kind=KeyDate.Kind.MEETING,
            title="Pre-proceedings meeting",
            starts_at=working_day_at(-30, 10),
            place="Northbrook Family Centre, 12 Mill Lane (fictional)",
            note="The meeting where we agreed the plan.",
        )
        key_date_save(
            case=case,
            saved_by=worker,
            kind=KeyDate.Kind.APPOINTMENT,
            title="Parenting assessment session",
            starts_at=working_day_at(3, 14),
            place="At your home",
            note="The assessor will visit. It takes about two hours.",
        )
        key_date_save(
            case=case,
            saved_by=worker,
            kind=KeyDate.Kind.REVIEW,
            title="Review meeting",
            starts_at=working_day_at(12, 11),
            by_video=True,
            note="We will look at how the plan is going. Your solicitor can join. We will email you a link.",
        )
    # Each parent has their own solicitor, and only they see it; Ava sees neither.
    builders.contact_get_or_build(
        case=case,
        saved_by=worker,
        for_participant=parent,
        role=CaseContact.Role.SOLICITOR,
        name="Priya Shah",
        organisation="Shah & Co Solicitors (fictional)",
        phone="01632 960 118",
    )
    builders.contact_get_or_build(
        case=case,
        saved_by=worker,
        for_participant=other_parent,
        role=CaseContact.Role.SOLICITOR,
        name="Daniel Hughes",
        organisation="Hughes Legal (fictional)",
        phone="01632 960 207",
    )
    letter = builders.document_get_or_build(
        case=case,
        title="Letter before proceedings",
        recipients=[parent, other_parent],
        shared_by=worker,
        what_it_is="The letter that says we are worried and are thinking about going to court.",
        why_you_have_it="Every parent gets this letter. It lets you get free legal advice from a solicitor.",
        what_happens_next="Show it to a solicitor. We will meet you and your solicitor to agree a plan.",
        who_to_ask="Your family support worker, or your solicitor.",
        paragraphs=[
            "Dear Sam and Chris,",
            "This is a demo letter. The people and council in it are made up.",
            "We are worried about Ava and Leo. We want to work with you so that things can change "
            "without going to court. Please take this letter to a solicitor. Their advice is free for you.",
        ],
    )
    # The letter went out when pre-proceedings began: a week on, nobody has opened it in the portal,
    # so it is on the worker's "not opened yet" list.
    letter.recipients.filter(first_opened_at=None).update(shared_at=timezone.now() - timedelta(days=7))
    builders.document_get_or_build(
        case=case,
        title="Written agreement",
        recipients=[parent, other_parent],
        shared_by=worker,
        what_it_is="The plan we agreed at the meeting: what will change, who will help, and by when.",
        why_you_have_it="So you can check what everyone agreed to do, including us.",
        what_happens_next="We will check how it is going at the review meeting.",
        who_to_ask="Your family support worker.",
    )
    builders.document_get_or_build(
        case=case,
        title="What is happening: a letter for Ava",
        recipients=[young],
        shared_by=worker,
        what_it_is="A short letter for you about what the grown-ups are doing and why.",
        why_you_have_it="You have a right to know what is happening in your family.",
        who_to_ask="You can ask your family support worker anything. There are no silly questions.",
        paragraphs=["Hi Ava,", "This is a demo letter. We are helping your family so that things get better at home."],
    )
    if not case.threads.exists():
        # One answered question from a parent, and one from Ava still waiting: only Ava (and the
        # workers) can see hers.
        question = thread_start(
            participant=parent,
            document=letter,
            body="Does this letter mean you are going to take the children away? I am really worried.",
        )
        thread_reply(
            thread=question,
            worker=worker,
            body="No. The letter means we are worried and want to work with you so that things can change "
            "without going to court. Please show it to a solicitor: their advice is free for you. "
            "We can talk it through at the meeting, and you can bring someone with you.",
        )
        thread_start(
            participant=young,
            about_stage=True,
            body="What is a parenting assessment? Will someone want to talk to me?",
        )
    taylor_network(case=case, parent=parent, young=young, worker=worker, working_day_at=working_day_at)
    return case


@notifications_suppressed()
def khan_family(*, authority, worker, password):
    """Northbrook: in care proceedings, Case Management Hearing coming up."""
    case = builders.case_get_or_build(
        authority=authority,
        reference="NB-2026-0087",
        family_name="The Khan family",
        children_first_names="Zara",
        stage="letter_sent",
        worker=worker,
    )
    parent = builders.participant_get_or_build(
        case=case,
        email="parent.two@family.example",
        first_name="Amira",
        last_name="Khan",
        role="parent",
        password=password,
    )
    if case.stage_changes.count() == 1:
        case.stage_changes.update(changed_at=working_day_at(-150))
        case_stage_change(
            case=case, stage="pre_proceedings_meeting", changed_by=worker, changed_at=working_day_at(-140)
        )
        case_stage_change(case=case, stage="assessments", changed_by=worker, changed_at=working_day_at(-130))
        case_stage_change(
            case=case,
            stage="decision",
            changed_by=worker,
            changed_at=working_day_at(-25),
            note="We have decided to ask the court to help decide what is best for Zara.",
        )
        case_stage_change(
            case=case,
            stage="proceedings_issued",
            changed_by=worker,
            changed_at=working_day_at(-10),
            note="The court has the application. Legal aid for you is free in care proceedings.",
        )
        case_stage_change(
            case=case,
            stage="case_management_hearing",
            changed_by=worker,
            changed_at=working_day_at(-1),
            note="The first main hearing is in a few days. Your solicitor will meet you before it.",
        )
        key_date_save(
            case=case,
            saved_by=worker,
            kind=KeyDate.Kind.HEARING,
            title="Case Management Hearing",
            starts_at=working_day_at(4, 10),
            place="Northbrook Family Court, Court 3 (fictional)",
            note="Arrive 45 minutes early to meet your solicitor. You can ask for an interpreter.",
        )
        key_date_save(
            case=case,
            saved_by=worker,
            kind=KeyDate.Kind.DEADLINE,
            title="Your statement is due",
            starts_at=working_day_at(20, 16),
            note="Your solicitor will help you write it.",
        )
    # In court, the children's guardian and the child's solicitor are for the whole family to reach;
    # Amira's solicitor is hers.
    builders.contact_get_or_build(
        case=case,
        saved_by=worker,
        role=CaseContact.Role.GUARDIAN,
        name="Grace Obi",
        organisation="Cafcass",
        phone="01632 960 455",
    )
    builders.contact_get_or_build(
        case=case,
        saved_by=worker,
        role=CaseContact.Role.CHILDS_SOLICITOR,
        name="Ben Carter",
        organisation="Carter Child Law (fictional)",
        phone="01632 960 512",
    )
    builders.contact_get_or_build(
        case=case,
        saved_by=worker,
        for_participant=parent,
        role=CaseContact.Role.SOLICITOR,
        name="Tom Reid",
        organisation="Reid Family Law (fictional)",
        phone="01632 960 301",
    )
    builders.document_get_or_build(
        case=case,
        title="Care plan (interim)",
        recipients=[parent],
        shared_by=worker,
        what_it_is="Our plan for Zara while the court case goes on.",
        why_you_have_it="The court will look at this plan at the hearing. You can say if you disagree.",
        what_happens_next="Read it with your solicitor before the Case Management Hearing.",
        who_to_ask="Your solicitor, Tom Reid.",
    )
    return case


@notifications_suppressed()
def brown_family(*, authority, worker, password):
    """Westmere: stepped down without court."""
    case = builders.case_get_or_build(
        authority=authority,
        reference="WM-2026-0031",
        family_name="The Brown family",
        children_first_names="Mia and Noah",
        stage="letter_sent",
        worker=worker,
    )
    parent = builders.participant_get_or_build(
        case=case,
        email="parent.three@family.example",
        first_name="Jess",
        last_name="Brown",
        role="parent",
        password=password,
    )
    if case.stage_changes.count() == 1:
        case.stage_changes.update(changed_at=working_day_at(-120))
        case_stage_change(
            case=case, stage="pre_proceedings_meeting", changed_by=worker, changed_at=working_day_at(-110)
        )
        case_stage_change(case=case, stage="assessments", changed_by=worker, changed_at=working_day_at(-100))
        case_stage_change(
            case=case,
            stage="stepped_down",
            changed_by=worker,
            changed_at=working_day_at(-7),
            note="Things have changed for the better. We will not go to court. Your child in need plan carries on.",
        )
    builders.document_get_or_build(
        case=case,
        title="End of pre-proceedings letter",
        recipients=[parent],
        shared_by=worker,
        what_it_is="A letter saying pre-proceedings has ended and we will not go to court.",
        why_you_have_it="It is a record of the decision, for you to keep.",
        who_to_ask="Your family support worker.",
    )
    return case
