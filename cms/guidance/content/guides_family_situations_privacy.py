"""Keeping court papers private, and who may be in court: a grown-up guide and its young people's version.

Facts (FACTS.md, "Privacy of proceedings"): what is said in private family proceedings cannot be
shared except as the rules allow (Administration of Justice Act 1960 s12 and Family Procedure Rules
rule 12.73, listed in sources.py); accredited journalists may attend (Family Procedure Rules rule
27.11). FACTS.md marks the scope of the reporting pilot ("transparency orders") "verify", so the
guides say only that some courts allow more reporting and send people to their solicitor. The court
bundle is all the papers in one file ("Documents in proceedings"); parents' legal aid in care
proceedings (frg.org.uk A to Z, "legal aid").

FACTS.md does not list who else may come into a hearing, or whom the rules let a parent share papers
with, so the guides tell people to ask their solicitor first. What the portal does with shared
papers describes this portal: keep it in step with portal/documents.
"""

from cms.guidance.content.guides_young_pre import CHILDLINE

SECTION = "going-to-court"

AJA_1960 = "https://www.legislation.gov.uk/ukpga/Eliz2/8-9/65/section/12"
PART_27 = "https://www.justice.gov.uk/courts/procedure-rules/family/parts/part_27"
LEGAL_AID = "https://frg.org.uk/get-help-and-advice/a-z-of-terms/legal-aid/"
CHILDLINE_URL = "https://www.childline.org.uk/"

SOURCES = [
    {
        "title": "Family Procedure Rules, Part 27 (rule 27.11, attendance at private hearings)",
        "publisher": "Ministry of Justice (Family Procedure Rules)",
        "url": PART_27,
        "used_for": "Accredited journalists may attend private family hearings.",
    },
]

SOURCES_BY_GUIDE = {
    "court-privacy": [AJA_1960, PART_27, LEGAL_AID],
    "young-people-court-privacy": [AJA_1960, PART_27, CHILDLINE_URL],
}

PRIVACY = {
    "slug": "court-privacy",
    "title": "Keeping court papers private, and who can be in court",
    "section": SECTION,
    "audience": "adults",
    "summary": "Family court cases about children are private, so here is what you can share and who can come "
    "into the court room.",
    "pair": "young-people-court-privacy",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>Family court cases about children are private. This protects your child and your family.</p>"
            "<h2>Who can be in court</h2>"
            "<p>Most of the people at a hearing are part of the case, with their lawyers. For example, you, the "
            "other parent, the social worker and the children's guardian.</p>"
            "<p>Accredited journalists may also come in. This means approved reporters. There are strict rules "
            "about what they can report.</p>"
            "<p>If you want a friend or supporter to come in with you, ask your solicitor first.</p>",
        ),
        (
            "text",
            "<h2>Keeping papers private</h2>"
            "<p>What is said in the case must stay private. So must the papers. You can only share them in the "
            "ways the court rules allow.</p>"
            "<p>This covers the court bundle, which is all the papers in one file. It covers statements, "
            "reports, orders and what is said at hearings.</p>",
        ),
        (
            "warning_text",
            "Do not post about your case online, or share its papers, even in a private group. Ask your "
            "solicitor before you share anything.",
        ),
        (
            "text",
            "<h2>Who you can talk to</h2>"
            "<p>The rules allow some sharing, for example with your own solicitor. Ask your solicitor who else "
            "you can share papers with, and what you can say.</p>"
            "<h2>Reporting in some courts</h2>"
            "<p>Some courts let journalists report more about family cases, under rules the court sets. Ask "
            "your solicitor if this applies to your case.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Keep your papers somewhere safe and private.",
                "Do not post about your case online.",
                "Ask your solicitor before you share any papers.",
                "Ask your solicitor before you bring anyone to court.",
            ],
        ),
        (
            "call_to_action",
            {
                "text": "Parents get free legal aid in care proceedings. Your solicitor can tell you what you can "
                "share, and with whom.",
                "link_slug": "free-legal-advice",
                "label": "Find a children law solicitor",
            },
        ),
        (
            "details",
            "What about papers in this portal?",
            "<p>Papers your worker shares with you here are for you. Do not give your sign-in details to anyone "
            "else. If you save a paper on your phone, keep it somewhere safe.</p>",
        ),
    ],
}

PRIVACY_YOUNG = {
    "slug": "young-people-court-privacy",
    "title": "Keeping your court case private",
    "section": SECTION,
    "audience": "young_people",
    "summary": "Family court cases are private, to protect you and your family.",
    "pair": "court-privacy",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>When a family court helps decide about a child, the case is private. This is to protect you.</p>"
            "<h2>Who is there</h2>"
            "<p>Most of the people in the court room are part of the case. Sometimes approved reporters can "
            "come in too. There are strict rules about what they can write.</p>"
            "<h2>What this means for you</h2>"
            "<p>Do not put anything about the case online. That means social media and group chats too.</p>"
            "<p>You can still talk about how you feel. Talk to your guardian, your social worker, a teacher or "
            "another adult you trust.</p>",
        ),
        (
            "inset_text",
            "<p>If you are not sure what you can say, or who to, ask your guardian or your social worker.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Keep things about the case off social media.",
                "Talk about your feelings with people you trust.",
                "Ask if you are not sure what you can share.",
            ],
        ),
        CHILDLINE,
    ],
}

GROWN_UP = [PRIVACY]
YOUNG_PEOPLE = [PRIVACY_YOUNG]
