"""The Taylor family's network and family meeting, for the demo: what a parent listed, what the worker
recorded, a meeting booked with a coordinator, and Ava's own words to her worker. All made up."""

from portal.network import services
from portal.network.selectors import meeting_for_case, network_for_case_worker


def taylor_network(*, case, parent, young, worker, working_day_at):
    """Idempotent: a case that already has a network is left as it is."""
    if network_for_case_worker(case=case):
        return
    gran = services.network_person_add(
        participant=parent,
        name="Maureen Taylor",
        connection="The children's gran (my mum)",
        how_to_reach="01632 960 342",
        offers=["place_to_stay", "looking_after", "meetings", "caring"],
        note="She lives ten minutes away and picks Leo up from school on Fridays.",
        shared_with_family=True,
    )
    services.network_person_worker_save(
        case=case,
        saved_by=worker,
        person=gran,
        contact_agreed="yes",
        plan_role="Could look after Ava and Leo at weekends",
        assessment="requested",
    )
    services.network_person_add(
        participant=parent,
        name="Jess Okafor",
        connection="My best friend",
        how_to_reach="jess.okafor@example.com",
        offers=["lifts", "meetings"],
    )
    services.network_person_worker_save(
        case=case,
        saved_by=worker,
        name="Uncle Rob",
        connection="Chris's brother",
        note="Named by Ava's school as someone she talks about.",
    )
    if meeting_for_case(case) is None:
        services.family_meeting_save(
            case=case,
            saved_by=worker,
            offer="offered",
            accepted="yes",
            coordinator_name="Nadia Brooks",
            coordinator_phone="01632 960 455",
            coordinator_email="nadia.brooks@northbrook.example",
            meeting_at=working_day_at(9, 13),
            meeting_place="Northbrook Family Centre, 12 Mill Lane (fictional)",
        )
    services.voice_add(
        participant=young, kind="person", name="Nan", text="She makes the best pancakes and she always listens to me."
    )
    services.voice_add(participant=young, kind="wish", text="I want to stay at my school with my friends.")
