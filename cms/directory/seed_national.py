"""National services for the seed. They carry only details from the project's FACTS.md, which cites:
- Family Rights Group (frg.org.uk): advice line 0808 801 0366, weekdays 9.30am to 3pm, textphone
  via 18001; it says it can currently help about 1 in 3 people who contact it. Source of the
  facts on Legal Help for parents with a letter before proceedings.
- Coram Child Law Advice (childlawadvice.org.uk).
- The Law Society's Find a Solicitor, with its Children Law Accreditation.
- Cafcass (cafcass.gov.uk): the children's guardian; pages for children and young people.
- Childline 0800 1111; Samaritans 116 123; the National Domestic Abuse Helpline 0808 2000 247, free
  (FACTS.md also says it is open 24 hours, marked "verify before publishing", so the opening hours
  are left out; the guides give the same number: cms/guidance/content/guides_help.py).
- Civil Legal Advice (the GOV.UK legal aid checker): not the first step for a parent with a
  letter before proceedings, whose advice is not means-tested.
Not from FACTS.md, to check before publishing: the web addresses of Childline, Samaritans, the
National Domestic Abuse Helpline, Find a Solicitor and the GOV.UK checker; "free to call" for
0800, 0808 and 116 numbers (Ofcom: freephone 080 and 116 numbers are free from UK phones).
"""

from .seed_records import FREE_TO_CALL, NATIONAL, WEEKDAYS, organisation_record, service_record


def national_records():
    return [
        service_record(
            "national:frg",
            organisation=organisation_record(
                "national:frg",
                "Family Rights Group",
                "Advice for parents and family members when children's services are involved with their children.",
                website="https://frg.org.uk/",
            ),
            name="Family Rights Group advice line",
            description="Advice for parents and family members when children's services are involved. "
            "The line is busy: it says it can help about 1 in 3 people who contact it. "
            "If you cannot get through, call a solicitor too.",
            url="https://frg.org.uk/",
            categories=["legal-advice", "family-support"],
            area=NATIONAL,
            eligibility_description="Parents, carers and family members whose children are involved with "
            "children's services.",
            phones=[("0808 801 0366", "Advice line")],
            times=[(WEEKDAYS, "09:30", "15:00")],
            cost=FREE_TO_CALL,
            accessibility="Textphone: dial 18001 then 0808 801 0366.",
        ),
        service_record(
            "national:coram-cla",
            organisation=organisation_record(
                "national:coram-cla",
                "Coram Child Law Advice",
                "Information about child and family law in England.",
                website="https://childlawadvice.org.uk/",
            ),
            name="Coram Child Law Advice",
            description="Information about child and family law, to help you understand your rights.",
            url="https://childlawadvice.org.uk/",
            categories=["legal-advice"],
            area=NATIONAL,
        ),
        service_record(
            "national:find-a-solicitor",
            organisation=organisation_record(
                "national:law-society", "The Law Society", "Runs Find a Solicitor, a search for solicitors."
            ),
            name="Find a Solicitor",
            description="Search for a solicitor near you. Choose one with the Law Society's Children Law "
            "Accreditation.",
            url="https://solicitors.lawsociety.org.uk/",
            categories=["legal-advice"],
            area=NATIONAL,
            eligibility_description="Anyone looking for a solicitor.",
        ),
        service_record(
            "national:cafcass",
            organisation=organisation_record(
                "national:cafcass",
                "Cafcass",
                "Looks after the interests of children in family court cases.",
                website="https://www.cafcass.gov.uk/",
            ),
            name="Cafcass: for children and young people",
            description="In care proceedings, a children's guardian from Cafcass works for the child. They find "
            "out what the child wants and feels, and tell the court what they think is best. The website "
            "has pages for children and young people.",
            url="https://www.cafcass.gov.uk/",
            categories=["young-people"],
            area=NATIONAL,
            eligibility_description="Children and young people whose family is going to court.",
        ),
        service_record(
            "national:childline",
            organisation=organisation_record(
                "national:childline", "Childline", "A helpline for children and young people."
            ),
            name="Childline",
            description="Children and young people can talk to Childline about anything that worries them.",
            url="https://www.childline.org.uk/",
            categories=["young-people", "mental-health"],
            area=NATIONAL,
            eligibility_description="Children and young people.",
            phones=[("0800 1111", "Helpline")],
            cost=FREE_TO_CALL,
        ),
        service_record(
            "national:ndah",
            organisation=organisation_record(
                "national:ndah",
                "National Domestic Abuse Helpline",
                "A national helpline for people experiencing domestic abuse.",
            ),
            name="National Domestic Abuse Helpline",
            description="Help if someone close to you hurts, scares or controls you. You can call them, or "
            "find other ways to contact them on their website.",
            url="https://www.nationaldahelpline.org.uk/",
            categories=["domestic-abuse"],
            area=NATIONAL,
            phones=[("0808 2000 247", "Helpline")],
            cost=FREE_TO_CALL,
        ),
        service_record(
            "national:samaritans",
            organisation=organisation_record(
                "national:samaritans", "Samaritans", "A charity you can call when you are struggling to cope."
            ),
            name="Samaritans",
            description="Talk to someone if you are struggling to cope.",
            url="https://www.samaritans.org/",
            categories=["mental-health"],
            area=NATIONAL,
            eligibility_description="Anyone who needs to talk.",
            phones=[("116 123", "Helpline")],
            cost=FREE_TO_CALL,
        ),
        service_record(
            "national:civil-legal-advice",
            organisation=organisation_record(
                "national:civil-legal-advice",
                "Civil Legal Advice",
                "The government's service for checking if you can get legal aid.",
            ),
            name="Civil Legal Advice: check if you can get legal aid",
            description="Checks your income and savings to see if you can get legal aid. This is not the first "
            "step if children's services sent you a letter before proceedings: go straight to a children law "
            "solicitor. Their advice is free for you, with no check on your income.",
            url="https://www.gov.uk/check-legal-aid",
            categories=["legal-advice"],
            area=NATIONAL,
            eligibility_description="People who want to know if they can get legal aid.",
            cost=("Legal aid", "Free with legal aid after a means test"),
        ),
    ]
