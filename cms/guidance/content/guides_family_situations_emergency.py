"""Emergency removal and section 20: grown-up guides and their young people's versions.

Facts (FACTS.md, "Orders (plain facts)" and "Pre-proceedings"):
- In an emergency the council can go straight to court, for example for an emergency protection
  order; this should not be the usual way. An emergency protection order is short-term removal when
  a child is in immediate danger: up to 8 days, which the court can extend by up to 7 (Children Act
  1989 s44 and s45).
- Police protection: the police can remove a child in an emergency for up to 72 hours (s46).
- Parents and people with parental responsibility get legal aid for care proceedings that is not
  means- or merits-tested; free advice without a means test before court starts only once they have
  the letter before proceedings; other legal help is means- and merits-tested (frg.org.uk A to Z,
  "legal aid").
- Section 20 accommodation is voluntary; parents keep all their parental responsibility and can
  remove the child at any time (s20(7) and (8)); it should not be used for long as a substitute for
  care proceedings (Williams v Hackney [2018] UKSC 37). A child under section 20 is looked after,
  not in care: "in care" means a care order.
- Family time is the everyday phrase; "contact" is still the legal word (s34). Viability
  assessments of relatives and friends (dfjsocialworkpracticeguide.org, chapter 6).

FACTS.md says nothing about where a child goes, who decides it, or family time during police
protection or an emergency protection order, so the guides tell people to ask rather than say.
"""

from cms.guidance.content.guides_young_pre import CHILDLINE

SECTION = "when-childrens-services-are-worried"

CHILDREN_ACT = "https://www.legislation.gov.uk/ukpga/1989/41/contents"
POLICE_PROTECTION = "https://www.legislation.gov.uk/ukpga/1989/41/section/46"
SECTION_20 = "https://www.legislation.gov.uk/ukpga/1989/41/section/20"
WILLIAMS_V_HACKNEY = "https://www.bailii.org/uk/cases/UKSC/2018/37.html"
LEGAL_AID = "https://frg.org.uk/get-help-and-advice/a-z-of-terms/legal-aid/"
PRE_PROCEEDINGS = "https://frg.org.uk/get-help-and-advice/what/pre-proceedings/"
DFJ_GUIDE = "https://dfjsocialworkpracticeguide.org/"
CHILDLINE_URL = "https://www.childline.org.uk/"

SOURCES = [
    {
        "title": "Children Act 1989, section 46 (removal and accommodation of children by police in cases of "
        "emergency)",
        "publisher": "legislation.gov.uk",
        "url": POLICE_PROTECTION,
        "used_for": "Police protection: the police can remove a child in an emergency for up to 72 hours.",
    },
    {
        "title": "Children Act 1989, section 20 (provision of accommodation for children)",
        "publisher": "legislation.gov.uk",
        "url": SECTION_20,
        "used_for": "Section 20 is voluntary; parents keep their parental responsibility and can remove the child "
        "at any time (s20(7) and (8)).",
    },
    {
        "title": "Williams and another v London Borough of Hackney [2018] UKSC 37",
        "publisher": "Supreme Court of the United Kingdom (via BAILII)",
        "url": WILLIAMS_V_HACKNEY,
        "used_for": "Section 20 should not be used for a long time as a substitute for care proceedings.",
    },
]

SOURCES_BY_GUIDE = {
    "emergency-removal": [CHILDREN_ACT, POLICE_PROTECTION, PRE_PROCEEDINGS, LEGAL_AID, DFJ_GUIDE],
    "young-people-emergency-removal": [CHILDREN_ACT, POLICE_PROTECTION, CHILDLINE_URL],
    "section-20": [SECTION_20, WILLIAMS_V_HACKNEY, CHILDREN_ACT, LEGAL_AID],
    "young-people-section-20": [SECTION_20, CHILDREN_ACT, CHILDLINE_URL],
}

EMERGENCY = {
    "slug": "emergency-removal",
    "title": "Emergency removal and police protection",
    "section": SECTION,
    "audience": "adults",
    "summary": "What it means if the police or children's services move your child to a safe place in an "
    "emergency, and what to do now.",
    "pair": "young-people-emergency-removal",
    "review_months": 12,
    "body": [
        (
            "warning_text",
            "If your child has been taken to a safe place in an emergency, call a children law "
            "solicitor today. Do not wait for a letter.",
        ),
        (
            "text",
            "<p>Most families get time to work on the worries first. But if a child seems to be in danger right "
            "now, the police or children's services can act fast. This should not be the usual way. It is "
            "for emergencies.</p>"
            "<h2>Police protection</h2>"
            "<p>In an emergency, the police can take a child to a safe place. This is called police "
            "protection. It can last for up to 72 hours. That is 3 days. No court is needed for this step.</p>"
            "<h2>Emergency protection order</h2>"
            "<p>Children's services can ask the family court for an emergency protection order. It is for a "
            "child who is in danger right now. It lets them keep the child safe for a short time.</p>"
            "<p>The order lasts up to 8 days. The court can make it longer, by up to 7 more days.</p>",
        ),
        (
            "inset_text",
            "<p>An emergency step is for now. It is not the final word on where your child will grow up.</p>",
        ),
        (
            "text",
            "<h2>What may happen next</h2>"
            "<p>When the time is up, your child may come home. Or children's services may ask the court for "
            "another order, for example by starting care proceedings. Ask your solicitor what is likely for "
            "you.</p>"
            "<p>If care proceedings start, parents get free legal aid for the court case. So does anyone else "
            "with parental responsibility. It does not depend on your income.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Call a children law solicitor today.",
                "Ask the social worker if your child is safe and well.",
                "Ask when and how you can see or speak to your child.",
                "Write down what happened, with dates and times, while you remember.",
                "Keep every paper you are given.",
                "Tell the social worker about family or friends who could care for your child.",
            ],
        ),
        (
            "call_to_action",
            {
                "text": "A children law solicitor can tell you what the order means for you and what you can do.",
                "link_slug": "free-legal-advice",
                "label": "Find a children law solicitor",
            },
        ),
        (
            "details",
            "When can I see my child?",
            "<p>Ask the social worker straight away. Ask where your child is staying, and how you can see or "
            "speak to them. This is called family time. The legal word for it is contact.</p>"
            "<p>If you are not happy with what is offered, tell your solicitor.</p>",
        ),
        (
            "details",
            "Could my child stay with family?",
            "<p>Tell the social worker about relatives or friends who know your child and could care for "
            "them. Children's services may check them first. This first check is called a viability "
            "assessment.</p>",
        ),
    ],
}

EMERGENCY_YOUNG = {
    "slug": "young-people-emergency-removal",
    "title": "If you had to leave home in a hurry",
    "section": SECTION,
    "audience": "young_people",
    "summary": "Sometimes a child has to move to a safe place very fast, and here is what that means for you.",
    "pair": "emergency-removal",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>Sometimes adults are very worried that a child is not safe at home right now. Then the police can "
            "take the child to a safe place straight away. Or social workers can ask a judge to let them do "
            "this.</p>"
            "<p>Your social worker will tell you where you are staying and who is looking after you.</p>"
            "<h2>Is it my fault?</h2>"
            "<p>No. It is not your fault. It is the job of the adults to sort out the worries.</p>",
        ),
        (
            "text",
            "<h2>How long it lasts</h2>"
            "<p>It is for a short time, while the adults work out what should happen next.</p>"
            "<p>The police can keep you safe like this for up to 3 days. A judge can let social workers keep you "
            "safe for up to 8 days. Sometimes the judge gives them a bit more time.</p>"
            "<p>After that, you might go home. Or a family court might be asked to help decide what is best.</p>",
        ),
        (
            "inset_text",
            "<p>You can ask when you will see or talk to your family. This is called family time.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Ask where you are staying and who will look after you.",
                "Ask when you can see or talk to your family.",
                "Say how you feel.",
                "Ask questions as many times as you need.",
            ],
        ),
        CHILDLINE,
    ],
}

SECTION_20_GUIDE = {
    "slug": "section-20",
    "title": "Section 20: agreeing to your child being looked after",
    "section": SECTION,
    "audience": "adults",
    "summary": "Section 20 is when you agree to the council looking after your child for a while, and you keep "
    "your rights.",
    "pair": "young-people-section-20",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>Sometimes a child cannot stay at home for a while. The council may ask if you agree to them "
            "looking after your child. This is called section 20, after the part of the law it comes from. You "
            "may also hear it called voluntary accommodation.</p>"
            "<p>It is not a court order. It is voluntary. This means it depends on you saying yes.</p>"
            "<h2>Your rights</h2>"
            "<ul>"
            "<li>You keep all of your parental responsibility. This means the rights and duties a parent has "
            "for a child.</li>"
            "<li>You can change your mind. You can take your child home at any time.</li>"
            "<li>Your child is looked after by the council, but is not in care. In care means a court has made "
            "a care order.</li>"
            "</ul>",
        ),
        (
            "warning_text",
            "Do not sign until you understand what you are agreeing to. You can ask for time to get legal advice "
            "first.",
        ),
        (
            "text",
            "<h2>Before you agree</h2>"
            "<p>Ask the social worker:</p>"
            "<ul>"
            "<li>why they think your child should not be at home</li>"
            "<li>where your child will live, and who with</li>"
            "<li>how long they think it will last</li>"
            "<li>how and when you will see your child</li>"
            "<li>what needs to change for your child to come home</li>"
            "</ul>"
            "<p>Ask for a copy of anything you sign.</p>",
        ),
        (
            "text",
            "<h2>If you want your child home</h2>"
            "<p>You can take your child home at any time. Talk to your solicitor first, then tell the social "
            "worker. Your solicitor can tell you what may happen next.</p>"
            "<h2>It should not go on and on</h2>"
            "<p>The highest court has said section 20 should not be used for a long time instead of a court "
            "case. If your child has been looked after for a long time, and there is no clear plan, ask your "
            "solicitor.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Take time to think before you agree.",
                "Talk to a solicitor before you sign.",
                "Ask where your child will live, and who with.",
                "Ask how and when you will see your child.",
                "Keep a copy of what you sign.",
            ],
        ),
        (
            "call_to_action",
            {
                "text": "With a letter before proceedings, legal advice is free for parents. Without one, a "
                "solicitor can tell you if you can get help with the cost.",
                "link_slug": "free-legal-advice",
                "label": "Get legal advice",
            },
        ),
        (
            "details",
            "Could my child stay with family instead?",
            "<p>Tell the social worker about relatives or friends who could care for your child. Children's "
            "services may check them first, to make sure your child would be safe there.</p>",
        ),
    ],
}

SECTION_20_YOUNG = {
    "slug": "young-people-section-20",
    "title": "Living away from home because your parents agreed",
    "section": SECTION,
    "audience": "young_people",
    "summary": "Sometimes a child lives away from home for a while because their mum or dad agreed to it.",
    "pair": "section-20",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>Sometimes a child cannot live at home for a while. The council can help by finding a safe place "
            "for the child to stay. If the child's mum or dad agrees to this, it is called section 20.</p>"
            "<p>It is not a court order. No judge has decided it.</p>"
            "<h2>What it means for you</h2>"
            "<p>Your mum or dad still has the say on the big things about you. They can change their mind and "
            "ask for you to come home.</p>"
            "<p>You are looked after by the council. This is not the same as being in care. In care means a "
            "judge has made a care order.</p>",
        ),
        (
            "inset_text",
            "<p>It is not your fault that you are living away from home. The adults have to sort out the worries.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Ask where you will live and who with.",
                "Ask when you can see your family.",
                "Ask what needs to change for you to go home.",
                "Say how you feel about it.",
            ],
        ),
        CHILDLINE,
    ],
}

GROWN_UP = [EMERGENCY, SECTION_20_GUIDE]
YOUNG_PEOPLE = [EMERGENCY_YOUNG, SECTION_20_YOUNG]
