"""Relatives, friends and kinship carers, and fathers: grown-up guides and young people's versions.

Facts (FACTS.md):
- Legal aid: parents and anyone with parental responsibility get free legal advice that is not
  means-tested once they have the letter before proceedings, and legal aid in care proceedings that
  is not means- or merits-tested. Relatives and friends without parental responsibility are usually
  means- and merits-tested, before and during proceedings (frg.org.uk A to Z, "legal aid"). A
  relative reads the relatives' guide, so it never tells them advice is free for them.
- The letter before proceedings goes to each parent and to anyone with parental responsibility
  (frg.org.uk, "What is a letter before proceedings").
- Viability assessments of relatives and friends, special guardianship assessments and DNA tests
  (dfjsocialworkpracticeguide.org, chapter 6).
- Special guardianship order (parental responsibility until 18, used largely without the parents;
  the parents keep theirs and the legal link is not cut); a child arrangements order to a relative;
  under a care order the child may live with relatives and the council decides where the child lives
  (Children Act 1989 ss14A, 8, 31 and 33).
- The family network and family meeting (new s31ZA Children Act 1989; frg.org.uk); family time and
  "contact" (s34). Family Rights Group advice line: 0808 801 0366, weekdays 9.30am to 3pm,
  textphone via 18001, busy. Coram Child Law Advice.

FACTS.md does not say which fathers have parental responsibility or how a father gets it, whether a
relative or a father without it can take part in the court case, or what support a kinship carer
gets, so the guides send people to a solicitor or the social worker for those.
"""

from cms.guidance.content.guides_young_pre import CHILDLINE

SECTION = "your-rights-and-help"

CHILDREN_ACT = "https://www.legislation.gov.uk/ukpga/1989/41/contents"
LEGAL_AID = "https://frg.org.uk/get-help-and-advice/a-z-of-terms/legal-aid/"
LETTER = "https://frg.org.uk/ypa/what-is-a-letter-before-proceedings"
DFJ_GUIDE = "https://dfjsocialworkpracticeguide.org/"
FRG = "https://frg.org.uk/"
CORAM = "https://childlawadvice.org.uk/"
FAMILY_MEETING = "https://www.legislation.gov.uk/"
CHILDLINE_URL = "https://www.childline.org.uk/"

SOURCES = []

SOURCES_BY_GUIDE = {
    "relatives-and-friends": [LEGAL_AID, LETTER, DFJ_GUIDE, CHILDREN_ACT, FAMILY_MEETING, FRG, CORAM],
    "young-people-relatives-and-friends": [DFJ_GUIDE, CHILDREN_ACT, CHILDLINE_URL],
    "fathers": [LETTER, LEGAL_AID, DFJ_GUIDE, CHILDREN_ACT],
    "young-people-fathers": [DFJ_GUIDE, CHILDREN_ACT, CHILDLINE_URL],
}

RELATIVES = {
    "slug": "relatives-and-friends",
    "title": "Relatives, friends and kinship carers",
    "section": SECTION,
    "audience": "adults",
    "summary": "How grandparents, aunts, uncles, older brothers and sisters and family friends can help a child, "
    "and what happens if you could care for them.",
    "pair": "young-people-relatives-and-friends",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>This guide is for grandparents, aunts, uncles, cousins, older brothers and sisters, and family "
            "friends. If you care for a child who cannot live with their parents, you may be called a kinship "
            "carer.</p>"
            "<p>When children's services are worried about a child, the people who know and love that child "
            "matter. You could help the family. Or you could care for the child, if they cannot live at "
            "home.</p>"
            "<p>You may not get the letter before proceedings yourself. It goes to the parents, and to anyone "
            "with parental responsibility. So ask the family what is happening, if you can.</p>"
            "<h2>How you can help</h2>"
            "<ul>"
            "<li>come to a family meeting and help make a plan</li>"
            "<li>support the parents day to day</li>"
            "<li>have the child to stay for a while</li>"
            "<li>care for the child for longer, if they cannot live at home</li>"
            "</ul>",
        ),
        (
            "text",
            "<h2>Checks on people who may care for a child</h2>"
            "<p>If you could care for the child, children's services will want to find out more about you. "
            "This is called an assessment.</p>"
            "<p>It often starts with a viability assessment. This is a first check on whether you could care "
            "for the child. A fuller check may follow, called a special guardianship assessment. This is for "
            "someone who may care for the child for the long term.</p>"
            "<p>Be open and honest. Ask what each check involves and how long it will take.</p>",
        ),
        (
            "text",
            "<h2>Orders that let a child live with you</h2>"
            "<p>If there is a court case, the court may make an order that lets the child live with you:</p>"
            "<ul>"
            "<li><strong>Special guardianship order:</strong> you get parental responsibility until the child is "
            "18. You can make most choices without the parents. The parents keep theirs, and they are still "
            "the child's parents in law.</li>"
            "<li><strong>Child arrangements order:</strong> this can say that the child lives with you.</li>"
            "<li><strong>Care order:</strong> the council shares parental responsibility. It decides where the "
            "child lives, and that can be with you.</li>"
            "</ul>",
        ),
        (
            "text",
            "<h2>Legal advice for relatives and friends</h2>"
            "<p>Legal advice is not free for everyone. Parents, and people with parental responsibility, get "
            "it free once they have a letter before proceedings. If the case goes to court, parents get free legal "
            "aid there too.</p>"
            "<p>If you do not have parental responsibility, it is different. You will usually have to pass a "
            "test on your income and savings, and a test on your case. A solicitor can tell you if you can get "
            "help with the cost.</p>"
            "<p>Do you already have parental responsibility for the child, for example through a court order? "
            "Then ask a solicitor what applies to you.</p>",
        ),
        (
            "call_to_action",
            {
                "text": "Find out who gets legal advice for free, and how to find a children law solicitor.",
                "link_slug": "free-legal-advice",
                "label": "How legal advice works",
            },
        ),
        (
            "what_you_can_do_now",
            [
                "Tell the parents and the social worker that you want to help.",
                "Say what you could do, big or small.",
                "Ask what checks there would be and how long they take.",
                "Ask what support you could get before you agree to care for the child.",
                "Get your own legal advice early.",
            ],
        ),
        (
            "details",
            "Where else can I get advice?",
            '<p>The Family Rights Group advice line is on <a href="tel:08088010366">0808 801 0366</a>. It is '
            "open on weekdays from 9.30am to 3pm. For textphone, dial 18001 first. The line is busy, so you may "
            "need to try more than once.</p>"
            '<p><a href="https://childlawadvice.org.uk/">Coram Child Law Advice</a> has advice about child and '
            "family law in England.</p>",
        ),
        (
            "call_to_action",
            {
                "text": "A family meeting lets the people who care about a child make a plan together.",
                "link_slug": "family-network",
                "label": "The family network",
            },
        ),
    ],
}

RELATIVES_YOUNG = {
    "slug": "young-people-relatives-and-friends",
    "title": "When family or friends look after you",
    "section": SECTION,
    "audience": "young_people",
    "summary": "Sometimes a gran, an aunt, an older brother or sister or a family friend looks after a child who "
    "cannot live at home.",
    "pair": "relatives-and-friends",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>Sometimes a child cannot live with their mum or dad. It might be for a while, or for longer. "
            "Then someone else who knows them may look after them. This could be a gran or grandad, an aunt or "
            "uncle, an older brother or sister, or a family friend.</p>"
            "<h2>Checks first</h2>"
            "<p>Before someone looks after you, social workers need to know you would be safe and well with "
            "them. So they talk with that person and find out about their home and their life. This is called "
            "an assessment.</p>",
        ),
        (
            "text",
            "<h2>If it is for a long time</h2>"
            "<p>A judge may make an order so that the person can look after you until you are 18. It is called "
            "a special guardianship order. They can make most of the choices about you. Your mum and dad are "
            "still your mum and dad.</p>",
        ),
        (
            "inset_text",
            "<p>You do not have to choose who looks after you. The adults will work that out. But you can tell "
            "them who matters to you, and why.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Tell your social worker who matters to you.",
                "Ask who might look after you.",
                "Ask when you can see the rest of your family.",
                "Say how you feel about it.",
            ],
        ),
        (
            "call_to_action",
            {
                "text": "You can write down the people who matter to you.",
                "link_slug": "young-people-family-network",
                "label": "People who matter to you",
            },
        ),
        CHILDLINE,
    ],
}

FATHERS = {
    "slug": "fathers",
    "title": "Fathers, including fathers without parental responsibility",
    "section": SECTION,
    "audience": "adults",
    "summary": "Dads matter to their children, and this is what to do if children's services are involved, "
    "even if you do not have parental responsibility.",
    "pair": "young-people-fathers",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>This guide is for dads, including dads who do not live with their child. You matter to your "
            "child. You may be able to help, or to care for them.</p>"
            "<h2>Parental responsibility</h2>"
            "<p>Parental responsibility means the rights and duties a parent has for a child. For example, "
            "making choices about their school, their health and where they live.</p>"
            "<p>Not every father has it. It depends on your situation. A solicitor can check if you have it, "
            "and tell you what it means for you.</p>",
        ),
        (
            "text",
            "<h2>The letter and free legal advice</h2>"
            "<p>The letter before proceedings goes to each parent. It also goes to anyone with parental "
            "responsibility. Once you have the letter, legal advice is free for you. No one checks your "
            "income.</p>"
            "<p>If the case goes to court, parents get free legal aid there too. It does not depend on your "
            "income.</p>"
            "<p>Have you not had a letter, but know children's services are involved? Call a solicitor anyway. "
            "They can tell you if your advice is free.</p>",
        ),
        (
            "text",
            "<h2>If no one has told you</h2>"
            "<p>Some dads hear late, or not at all. If you know children's services are involved, tell the "
            "social worker you are the child's dad. Give them your phone number and address, so they can keep "
            "you up to date.</p>"
            "<h2>If there is a question about who the father is</h2>"
            "<p>You may be asked to have a DNA test. This is a test to check who a child's parent is.</p>"
            "<h2>What you can offer</h2>"
            "<p>You may be able to care for your child. You may be asked to have a parenting assessment. This "
            "looks at how you would care for your child.</p>"
            "<p>Your side of the family may be able to help too. Tell the social worker about them. They may "
            "have a viability assessment, which is a first check on whether they could care for your "
            "child.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Tell the social worker you are the child's dad.",
                "Give them your phone number and address.",
                "Call a children law solicitor.",
                "Ask about family time with your child.",
                "List family and friends on your side who could help.",
            ],
        ),
        (
            "call_to_action",
            {
                "text": "Dads with a letter before proceedings get free legal advice. No one checks your income.",
                "link_slug": "free-legal-advice",
                "label": "Get free legal advice",
            },
        ),
        (
            "details",
            "What if I do not live with my child?",
            "<p>You are still their dad. Tell the social worker you want to be involved. Ask how you can see "
            "your child. This is called family time. The legal word for it is contact.</p>",
        ),
        (
            "details",
            "What if I do not get on with my child's mum?",
            "<p>You can each have your own solicitor. You do not have to agree about everything. Try to keep "
            "the focus on what your child needs.</p>"
            "<p>If you feel unsafe, or someone is hurting you, tell your solicitor and the social worker.</p>",
        ),
    ],
}

FATHERS_YOUNG = {
    "slug": "young-people-fathers",
    "title": "Your dad",
    "section": SECTION,
    "audience": "young_people",
    "summary": "Your dad can be part of the plans for you, even if you do not live with him.",
    "pair": "fathers",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>Your social worker may ask about your dad, even if he does not live with you. He may be able to "
            "help. People on his side of the family may be able to help too, like a gran, aunt or uncle.</p>"
            "<p>If you have not seen your dad for a long time, or do not know who he is, you can ask your social "
            "worker about it.</p>"
            "<h2>Seeing your dad</h2>"
            "<p>If you do not live with your dad, you may be able to see him or talk to him. This is called "
            "family time. Tell your social worker what you would like.</p>",
        ),
        (
            "inset_text",
            "<p>If you do not feel safe with your dad, tell your social worker or another adult you trust. It is "
            "OK to say so.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Tell your social worker what you think about your dad being involved.",
                "Ask about family time with your dad.",
                "Tell them about people on your dad's side who matter to you.",
                "Ask questions at any time.",
            ],
        ),
        CHILDLINE,
    ],
}

GROWN_UP = [RELATIVES, FATHERS]
YOUNG_PEOPLE = [RELATIVES_YOUNG, FATHERS_YOUNG]
