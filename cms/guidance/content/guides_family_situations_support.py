"""Domestic abuse, and parents with a learning disability: grown-up guides and young people's versions.

Facts (FACTS.md):
- National Domestic Abuse Helpline: 0808 2000 247. FACTS.md marks its details "verify before
  publishing", so the guides give the number only, not its hours or cost; the LA checks it.
- Vulnerable parties: the court must consider participation directions, such as screens, separate
  waiting rooms and intermediaries (Family Procedure Rules Part 3A). An abuser may not cross-examine
  the victim in person (Domestic Abuse Act 2021). FACTS.md marks the section numbers "verify", so none
  are given.
- Parents with learning disabilities may get a PAMS or a cognitive assessment; parents who lack
  capacity to conduct proceedings are represented through the Official Solicitor. Advocates
  (including parent advocates) and intermediaries ("Who's who"). FACTS.md gives no source for the
  PAMS line: the LA checks it.
- Free legal advice for parents with the letter before proceedings (frg.org.uk A to Z, "legal aid").
- Messages from the portal carry no case details ("Notifications to families"), and every page has
  the GOV.UK "Exit this page" button (portal/templates/base.html): these describe this portal, so
  keep them in step with it.

Not in FACTS.md, so to be checked by the LA before publishing (as sources.py notes for the young
people's "Your rights" guide): the 999 line.
"""

from cms.guidance.content.guides_young_pre import CHILDLINE

SECTION = "your-rights-and-help"

HELPLINE = "https://www.nationaldahelpline.org.uk/"
PART_3A = "https://www.justice.gov.uk/courts/procedure-rules/family/parts/part_03a"
DOMESTIC_ABUSE_ACT = "https://www.legislation.gov.uk/ukpga/2021/17/contents"
OFFICIAL_SOLICITOR = "https://www.gov.uk/government/organisations/official-solicitor-and-public-trustee"
LEGAL_AID = "https://frg.org.uk/get-help-and-advice/a-z-of-terms/legal-aid/"
DFJ_GUIDE = "https://dfjsocialworkpracticeguide.org/"
CHILDLINE_URL = "https://www.childline.org.uk/"

SOURCES = [
    {
        "title": "Family Procedure Rules, Part 3A (vulnerable persons: participation in proceedings and giving "
        "evidence)",
        "publisher": "Ministry of Justice (Family Procedure Rules)",
        "url": PART_3A,
        "used_for": "The court must consider participation directions, such as screens, separate waiting rooms "
        "and intermediaries.",
    },
    {
        "title": "Domestic Abuse Act 2021",
        "publisher": "legislation.gov.uk",
        "url": DOMESTIC_ABUSE_ACT,
        "used_for": "A person who has abused someone may not cross-examine them in person in family proceedings "
        "(section numbers not given in the guides).",
    },
    {
        "title": "Official Solicitor and Public Trustee",
        "publisher": "GOV.UK",
        "url": OFFICIAL_SOLICITOR,
        "used_for": "Parents who lack capacity to conduct proceedings are represented through the Official Solicitor.",
    },
]

SOURCES_BY_GUIDE = {
    "domestic-abuse": [HELPLINE, PART_3A, DOMESTIC_ABUSE_ACT, LEGAL_AID],
    "young-people-domestic-abuse": [HELPLINE, CHILDLINE_URL],
    "parents-with-a-learning-disability": [PART_3A, OFFICIAL_SOLICITOR, DFJ_GUIDE, LEGAL_AID],
    "young-people-parents-with-a-learning-disability": [PART_3A, CHILDLINE_URL],
}

HELPLINE_LINK = '<a href="tel:08082000247">0808 2000 247</a>'

DOMESTIC_ABUSE = {
    "slug": "domestic-abuse",
    "title": "Domestic abuse and how the court can protect you",
    "section": SECTION,
    "audience": "adults",
    "summary": "If someone is hurting, scaring or controlling you, you can get help, and the court can take "
    "steps so you can take part safely.",
    "pair": "young-people-domestic-abuse",
    "review_months": 12,
    "body": [
        ("warning_text", "If you are in danger right now, call 999."),
        (
            "inset_text",
            "<p>To leave this website fast, use the Exit this page button. You can also press the Shift key 3 "
            "times.</p>",
        ),
        (
            "text",
            "<p>Domestic abuse is when a partner, an ex-partner or someone in your family hurts, scares or "
            "controls you. It is not only hitting. Threats, and control over what you do, are abuse too.</p>"
            "<h2>Get help</h2>"
            f"<p>You can call the National Domestic Abuse Helpline on {HELPLINE_LINK}. You can talk about what "
            "is happening and what you could do.</p>"
            "<p>Tell your social worker and your solicitor too. Then they can plan with you how to keep you and "
            "your child safe.</p>",
        ),
        (
            "text",
            "<h2>How the court can protect you</h2>"
            "<p>If you have to go to court, you can ask for help to take part safely. The court must think about "
            "what help you need. It may agree to things like:</p>"
            "<ul>"
            "<li>a separate waiting room, so you do not have to sit near the other person</li>"
            "<li>a screen in the court room, so you do not have to see them</li>"
            "<li>an intermediary, who helps you understand and take part</li>"
            "</ul>"
            "<p>The law can stop a person who has abused you from asking you questions in court themselves. Ask "
            "your solicitor how this works, and how questions would be asked instead.</p>",
        ),
        (
            "text",
            "<h2>Tell your solicitor early</h2>"
            "<p>Tell your solicitor about the abuse as soon as you can, before the first hearing if possible. "
            "Then they can ask the court for these steps in good time.</p>"
            "<p>If you do not want the other person to know where you live, tell your solicitor and your social "
            "worker straight away.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Keep the helpline number somewhere safe.",
                "Tell your solicitor and your social worker about the abuse.",
                "Ask for a separate waiting room and a screen at court.",
                "Tell your worker if someone in the family is not safe to be at a meeting.",
            ],
        ),
        (
            "call_to_action",
            {
                "text": "Your solicitor can ask the court to help you take part safely. Parents with a letter "
                "before proceedings get legal advice for free.",
                "link_slug": "free-legal-advice",
                "label": "Get free legal advice",
            },
        ),
        (
            "details",
            "Will this portal tell anyone about my case?",
            "<p>Messages from this portal never say what your case is about. They only say you have an update, "
            "and ask you to sign in.</p>"
            "<p>Keep your password to yourself. If you think someone else knows it, change it.</p>",
        ),
        (
            "details",
            "What about a family meeting?",
            "<p>Tell your worker or the coordinator before the meeting if someone in the family has hurt you. "
            "They will talk with you about who should come, and how to keep you safe.</p>",
        ),
    ],
}

DOMESTIC_ABUSE_YOUNG = {
    "slug": "young-people-domestic-abuse",
    "title": "If someone at home is being hurt",
    "section": SECTION,
    "audience": "young_people",
    "summary": "If grown-ups at home hurt, scare or control each other, it is not your fault, and you can get help.",
    "pair": "domestic-abuse",
    "review_months": 12,
    "body": [
        ("warning_text", "If you or someone else is in danger right now, call 999."),
        (
            "text",
            "<p>Sometimes a grown-up hurts, scares or controls someone they live with, or used to live with. "
            "This is called domestic abuse. It might be shouting, threats or hitting. It can be frightening to "
            "see or hear.</p>"
            "<h2>It is not your fault</h2>"
            "<p>Nothing you did made it happen. It is not your job to stop it or to fix it.</p>"
            "<h2>Tell someone</h2>"
            "<p>You can tell your social worker, a teacher or another adult you trust. They can help keep you "
            "and your family safe.</p>"
            "<p>If you have a children's guardian, you can tell them too. They make sure the judge knows what "
            "you think and feel.</p>",
        ),
        (
            "inset_text",
            "<p>If a grown-up in your family needs help, they can call the National Domestic Abuse Helpline on "
            f"{HELPLINE_LINK}.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Tell an adult you trust.",
                "Go to a safe place if someone is being hurt.",
                "Use the Exit this page button if you need to leave this page fast.",
            ],
        ),
        CHILDLINE,
    ],
}

LEARNING_DISABILITY = {
    "slug": "parents-with-a-learning-disability",
    "title": "Parents with a learning disability",
    "section": SECTION,
    "audience": "adults",
    "summary": "If you have a learning disability, or find it hard to read or understand, you can get help to "
    "take part at every step.",
    "pair": "young-people-parents-with-a-learning-disability",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>This guide is for parents who have a learning disability, or who find reading or understanding "
            "things hard. Tell your social worker and your solicitor as early as you can. Then they can give "
            "you the help you need.</p>"
            "<p>Needing help to understand is nothing to be ashamed of. Asking for it helps you take part.</p>"
            "<h2>Help you can ask for</h2>"
            "<ul>"
            "<li>easy read letters and reports</li>"
            "<li>more time to read and think</li>"
            "<li>someone to explain things in plain words</li>"
            "<li>breaks in meetings</li>"
            "<li>an advocate</li>"
            "</ul>",
        ),
        (
            "text",
            "<h2>Advocates</h2>"
            "<p>An advocate is someone who helps you have your say. They can help you get ready for meetings, "
            "and help you understand what is said. Some advocates are parents who have been through this too. "
            "Ask your worker or your solicitor if there is one who could help you.</p>"
            "<h2>Intermediaries</h2>"
            "<p>An intermediary helps a person understand and take part in court. If you find court hard to "
            "follow, your solicitor can ask the court for one. The court must think about what help you need "
            "to take part.</p>",
        ),
        (
            "text",
            "<h2>Assessments</h2>"
            "<p>You may hear about a PAMS assessment or a cognitive assessment. A cognitive assessment looks at "
            "how you learn and understand things. Ask your solicitor what each one involves, and why it is "
            "needed.</p>"
            "<p>Ask for each assessment to be done in a way that works for you. For example, with pictures, or "
            "in shorter sessions.</p>",
        ),
        (
            "text",
            "<h2>The Official Solicitor</h2>"
            "<p>Some parents are not able to make decisions about their court case, even with help. The law "
            "says they lack capacity to run the case. Then a person called the Official Solicitor acts for them "
            "in the case.</p>"
            "<p>This is only about the court case. Ask your solicitor what it would mean for you.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Tell your worker and your solicitor what helps you understand.",
                "Ask for easy read papers.",
                "Ask if there is an advocate who could help you.",
                "Ask your solicitor about an intermediary for court.",
                "Say when you do not understand, every time.",
            ],
        ),
        (
            "call_to_action",
            {
                "text": "Once you have a letter before proceedings, legal advice is free for you. No one checks "
                "your income.",
                "link_slug": "free-legal-advice",
                "label": "Get free legal advice",
            },
        ),
        (
            "details",
            "What if I do not understand something?",
            "<p>Say so. It is OK to ask people to explain again, more slowly, or in other words. Ask them to "
            "write it down for you, in a way you can read.</p>",
        ),
    ],
}

LEARNING_DISABILITY_YOUNG = {
    "slug": "young-people-parents-with-a-learning-disability",
    "title": "When your mum or dad needs extra help to understand",
    "section": SECTION,
    "audience": "young_people",
    "summary": "Some parents find it hard to read or understand things, and they can get help with this.",
    "pair": "parents-with-a-learning-disability",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>Some grown-ups have a learning disability. This means they may find it harder to read, learn or "
            "understand new things.</p>"
            "<p>When social workers or a court are involved, there is a lot to read and understand. Your mum or "
            "dad can get help with this.</p>"
            "<h2>Who can help them</h2>"
            "<ul>"
            "<li>An advocate helps them have their say.</li>"
            "<li>An intermediary helps them understand and take part in court.</li>"
            "<li>Their lawyer can explain things in a way that suits them.</li>"
            "</ul>",
        ),
        (
            "inset_text",
            "<p>It is not your job to explain things to your mum or dad, or to read their letters for them. The "
            "adults who work with your family can help with that.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Ask your social worker anything you want to know.",
                "Tell someone if you are worried about your mum or dad.",
                "Ask for help for yourself too.",
            ],
        ),
        CHILDLINE,
    ],
}

GROWN_UP = [DOMESTIC_ABUSE, LEARNING_DISABILITY]
YOUNG_PEOPLE = [DOMESTIC_ABUSE_YOUNG, LEARNING_DISABILITY_YOUNG]
