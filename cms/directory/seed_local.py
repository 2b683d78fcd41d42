"""Made-up local services for each demo LA.

Names end "(fictional)", phone numbers are in Ofcom's range for drama (01632 960000 to 960999)
and web and email addresses use example.org, so nobody mistakes them for real help.
"""

import re

from .openreferral import AUTHORITY_URI_PREFIX
from .seed_records import WEEKDAYS, organisation_record, seed_id, service_record


def place_name(authority):
    """ "Northbrook Council (demo)" -> "Northbrook": the made-up place the fictional services are in."""
    name = re.sub(r"\s*\([^)]*\)", "", authority.name)
    return re.sub(r"\s+(Borough |County |City |District )?Council$", "", name).strip() or authority.name


def drama_number(index, offset):
    """A number from Ofcom's drama range (01632 960000 to 960999), never one the demo uses elsewhere."""
    number = 960100 + (index % 40) * 20 + offset
    return f"01632 {number}"


def local_records(authority, index):
    place, slug = place_name(authority), authority.slug
    area = {
        "id": seed_id(slug, "area"),
        "name": authority.name,
        "service_area": authority.name,
        "uri": AUTHORITY_URI_PREFIX + slug,
    }
    legal_aid = ("Legal aid", "Free with legal aid")
    free = ("Free", "Free")
    parents_with_letter = "Parents, and anyone with parental responsibility, who have a letter before proceedings."

    def org(key, name, description):
        return organisation_record(f"{slug}:{key}", name, description, website=f"https://{key}.{slug}.example.org/")

    return [
        service_record(
            f"{slug}:family-law-partners",
            organisation=org(
                "family-law-partners", f"{place} Family Law Partners (fictional)", "A made-up law firm for the demo."
            ),
            name=f"{place} Family Law Partners: children law team (fictional)",
            description="Children law solicitors. Two of the team have the Law Society's Children Law "
            "Accreditation. A made-up firm for the demo.",
            url=f"https://family-law-partners.{slug}.example.org/children",
            email=f"children@family-law-partners.{slug}.example.org",
            categories=["legal-advice"],
            area=area,
            eligibility_description=parents_with_letter,
            phones=[(drama_number(index, 1), "Ask for the children law team")],
            times=[(WEEKDAYS, "09:00", "17:00")],
            hours_note="Closed on bank holidays.",
            cost=legal_aid,
        ),
        service_record(
            f"{slug}:legal-advice-centre",
            organisation=org(
                "legal-advice-centre",
                f"{place} Legal Advice Centre (fictional)",
                "A made-up advice centre for the demo.",
            ),
            name=f"{place} Legal Advice Centre: family and children (fictional)",
            description="Solicitors for parents in pre-proceedings and care proceedings. They can come to "
            "meetings with you. A made-up service for the demo.",
            url=f"https://legal-advice-centre.{slug}.example.org/family",
            categories=["legal-advice"],
            area=area,
            eligibility_description=parents_with_letter,
            phones=[(drama_number(index, 2), "Family team"), (drama_number(index, 3), "Out of hours")],
            times=[("MO,TU,WE,TH", "09:30", "16:30"), ("FR", "09:30", "13:00")],
            cost=legal_aid,
            languages=["English", "Polish", "Urdu"],
            accessibility="Step-free entrance. A hearing loop in every meeting room.",
        ),
        service_record(
            f"{slug}:parent-advocacy",
            organisation=org(
                "parent-advocacy", f"{place} Parent Advocacy Project (fictional)", "A made-up charity for the demo."
            ),
            name=f"{place} Parent Advocacy Project (fictional)",
            description="A parent who has been through it can help you get ready for meetings and come with "
            "you. A made-up service for the demo.",
            url=f"https://parent-advocacy.{slug}.example.org/",
            categories=["advocacy", "family-support"],
            area=area,
            eligibility_description="Parents and carers working with children's services.",
            phones=[(drama_number(index, 4), "")],
            times=[("TU,WE,TH", "10:00", "16:00")],
            cost=free,
        ),
        service_record(
            f"{slug}:family-hub",
            organisation=org("family-hub", f"{place} Family Hub (fictional)", "A made-up family hub for the demo."),
            name=f"{place} Family Hub (fictional)",
            description="Drop in for help with parenting, money, housing and health. A made-up service for the demo.",
            url=f"https://family-hub.{slug}.example.org/",
            categories=["family-support", "housing-and-money"],
            area=area,
            eligibility_description="Families with children up to 19.",
            phones=[(drama_number(index, 5), "Reception")],
            times=[(WEEKDAYS, "09:00", "17:00"), ("SA", "10:00", "13:00")],
            cost=free,
        ),
        service_record(
            f"{slug}:domestic-abuse",
            organisation=org(
                "domestic-abuse", f"{place} Domestic Abuse Service (fictional)", "A made-up charity for the demo."
            ),
            name=f"{place} Domestic Abuse Service (fictional)",
            description="Support and safety planning if someone close to you hurts, scares or controls you. If "
            "you are in danger now, call 999. A made-up service for the demo.",
            url=f"https://domestic-abuse.{slug}.example.org/",
            categories=["domestic-abuse"],
            area=area,
            eligibility_description="Anyone in the area affected by domestic abuse.",
            phones=[(drama_number(index, 6), "Support line")],
            times=[(WEEKDAYS, "08:00", "20:00")],
            cost=free,
        ),
        service_record(
            f"{slug}:young-peoples-advocacy",
            organisation=org(
                "young-peoples-advocacy",
                f"{place} Young People's Advocacy (fictional)",
                "A made-up charity for the demo.",
            ),
            name=f"{place} Young People's Advocacy (fictional)",
            description="An advocate can help a child or young person say what they think about plans for "
            "their family. A made-up service for the demo.",
            url=f"https://young-peoples-advocacy.{slug}.example.org/",
            categories=["young-people", "advocacy"],
            area=area,
            eligibility_description="Young people aged 8 to 17 whose family works with children's services.",
            phones=[(drama_number(index, 7), "")],
            times=[(WEEKDAYS, "10:00", "18:00")],
            cost=free,
        ),
    ]
