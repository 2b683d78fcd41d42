"""Guides for children and young people (about 8 to 17): court, orders, after court, people and rights.

Each one is the young people's version of a grown-up guide ("pair"). Same facts as the grown-up
guides, said more simply. The children's guardian (Cafcass) finds out a child's wishes and
feelings and chooses the child's solicitor; young people ask for information in ways they choose
and for a written record they can read when older (FACTS.md). Childline: 0800 1111.

Facts these guides must keep (FACTS.md, with the sources in guides_court and guides_help):
- The child's solicitor takes instructions from the guardian; a child old enough to understand who
  disagrees with the guardian can instruct the solicitor directly (FPR 16.29). So no guide says
  "your solicitor speaks for you" without this.
- The judge decides whether to make an interim care order or a care order and checks the plan;
  under either order the council decides where the child lives (Children Act 1989 ss33, 38). So no
  guide tells a child "the judge decides where you live".
- A supervision order lasts up to 1 year at first and at most 3 years in all (Sch. 3 para. 6).
- A child under section 20 is "looked after" but not "in care", which needs a care order.
- "Contact" is still the legal word for family time (s34).
"""

from cms.guidance.content.guides_young_pre import CHILDLINE

GUIDES = [
    {
        "slug": "young-people-care-proceedings",
        "title": "When a family court helps decide",
        "section": "going-to-court",
        "audience": "young_people",
        "summary": "Care proceedings is when a family court helps decide what is best for you.",
        "pair": "care-proceedings",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Sometimes the worries about a family do not get better. Then social workers ask a family "
                "court to help decide what is best. This is called care proceedings.</p>"
                "<p>A family court is not like the courts on TV. No one is in trouble. It is not about anything "
                "you did.</p>",
            ),
            (
                "text",
                "<h2>Who helps you</h2>"
                "<p>You will have a children's guardian. They are from a group called Cafcass. Their job is to "
                "find out what you think and feel, and tell the judge.</p>"
                "<p>Your guardian also picks a lawyer for you. This lawyer is called your solicitor. Usually, "
                "your guardian tells your solicitor what to say in court. If you do not agree with your guardian, "
                "and you are old enough to understand the case, you can tell your solicitor what to say "
                "instead.</p>"
                "<h2>Where will I live?</h2>"
                "<p>The judge decides if an order is needed while the case goes on. If the judge makes an order "
                "called an interim care order, the council decides where you live. The judge checks the "
                "council's plan first.</p>"
                "<p>You can tell your guardian where you want to live. The adults will listen, but they may not "
                "be able to do everything you ask.</p>",
            ),
            (
                "text",
                "<h2>How long it takes</h2>"
                "<p>The court tries to finish in about 6 months. Often it takes longer. Waiting can feel hard. "
                "You can ask your guardian or social worker for news.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Tell your guardian what you think and feel.",
                    "Ask questions at any time.",
                    "Ask for news if you are not sure what is going on.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-case-management-hearing",
        "title": "The first big day at court",
        "section": "going-to-court",
        "audience": "young_people",
        "summary": "At the first big hearing, the judge plans how the court case will go.",
        "pair": "case-management-hearing",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>A hearing is a meeting at court with a judge. The first big one is called a Case Management "
                "Hearing. It happens about 2 or 3 weeks after the case starts.</p>"
                "<h2>What the judge does</h2>"
                "<ul>"
                "<li>looks at the plan for you</li>"
                "<li>decides if an order is needed for now</li>"
                "<li>checks the council's plan for where you will live</li>"
                "<li>checks you have a children's guardian</li>"
                "<li>decides who needs to talk with your family</li>"
                "<li>sets the dates for what happens next</li>"
                "</ul>",
            ),
            (
                "text",
                "<p>Sometimes the judge needs one more hearing to finish the plan. That is OK. It just means "
                "they need a bit more time.</p>",
            ),
            (
                "inset_text",
                "<p>Your guardian will tell you what the judge decided. You can ask them anything.</p>",
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-issues-resolution-hearing",
        "title": "Trying to agree",
        "section": "going-to-court",
        "audience": "young_people",
        "summary": "Near the end of the case, the judge tries to help everyone agree what is best for you.",
        "pair": "issues-resolution-hearing",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Near the end of the court case, there is a hearing to see what everyone agrees on. The judge "
                "reads the reports first. One of them is from your guardian. It says what you think and what "
                "your guardian thinks is best.</p>"
                "<h2>What happens next</h2>"
                "<p>If everyone agrees, the judge may make a decision on that day. If not, there will be one "
                "more hearing, called the final hearing.</p>",
            ),
            (
                "inset_text",
                "<p>Your guardian will tell you what happens next.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Tell your guardian if you have changed your mind about anything.",
                    "Ask what the reports say about you.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-final-hearing",
        "title": "The final hearing",
        "section": "going-to-court",
        "audience": "young_people",
        "summary": "At the final hearing, the judge decides which order to make, if any.",
        "pair": "final-hearing",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>The final hearing is the last part of the court case. The judge reads the reports and hears "
                "from the adults. The judge also hears what you want, from your guardian.</p>"
                "<h2>The decision</h2>"
                "<p>The judge decides which order to make, if any. The judge thinks about what is best for you, "
                "now and as you grow up.</p>"
                "<p>Some orders say who you will live with. With a care order, it is the council that decides "
                "where you live. The judge looks at the council's plan for you before making a care order.</p>",
            ),
            (
                "text",
                "<h2>After the decision</h2>"
                "<p>Your guardian or social worker will explain the decision to you. You can ask as many "
                "questions as you like.</p>"
                "<p>You can ask for the decision to be written down for you, so you can read it when you are "
                "older.</p>",
            ),
            (
                "inset_text",
                "<p>You might feel sad, angry, worried or glad. All of these feelings are OK.</p>",
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-court-orders",
        "title": "What the judge can decide",
        "section": "going-to-court",
        "audience": "young_people",
        "summary": "An order is a decision made by a judge. Here are the main ones, in simple words.",
        "pair": "court-orders",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>An order is a decision by the judge. It says what must happen.</p>"
                "<h2>Interim order</h2>"
                "<p>Interim means for now. This order lasts while the court case goes on. If it is an interim "
                "care order, the council decides where you live for now.</p>"
                "<h2>Care order</h2>"
                "<p>The judge decides whether to make a care order. If there is one, the council decides where "
                "you live. It also helps make big choices about you, with your parents.</p>"
                "<p>You might live at home, with family, with foster carers or in a children's home. A care "
                "order lasts until you are 18, unless the judge ends it sooner.</p>"
                "<h2>Supervision order</h2>"
                "<p>A social worker helps and supports you. Your parents still make the big choices. It lasts up "
                "to 1 year at first. The judge can make it longer, but not more than 3 years in all.</p>",
            ),
            (
                "text",
                "<h2>Special guardianship order</h2>"
                "<p>Someone in your family, or another carer, looks after you until you are 18. They make most "
                "of the choices about you. Your mum and dad are still your mum and dad.</p>"
                "<h2>Child arrangements order</h2>"
                "<p>This can say that you will live with someone else in your family.</p>"
                "<h2>Adoption</h2>"
                "<p>Adoption is when a child gets a new family for good. If this might happen for you, your "
                "guardian or social worker will talk with you about it.</p>",
            ),
            (
                "inset_text",
                "<p>Sometimes a child lives away from home for a while because their parents agree to it. This "
                "is not a court order. It is called section 20.</p>"
                "<p>A child living away from home like this is looked after by the council. But they are not in "
                "care. Being in care means a judge has made a care order or an interim care order.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask which order is being talked about for you.",
                    "Ask what it would mean for you.",
                    "Tell your guardian what you think.",
                ],
            ),
        ],
    },
    {
        "slug": "young-people-after-court",
        "title": "After the court case",
        "section": "after-the-court-case",
        "audience": "young_people",
        "summary": "The court case has finished. Here is what happens now.",
        "pair": "after-court",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>The court case is over. Your social worker will explain what the judge decided, and what it "
                "means for you.</p>"
                "<h2>Family time</h2>"
                "<p>Family time is when you see or talk to your family. If you do not live at home, ask your "
                "social worker how family time will work.</p>"
                "<p>Court papers call family time contact. It means the same thing.</p>"
                "<h2>If you are in care</h2>"
                "<p>You will have an Independent Reviewing Officer. Their job is to check that your plan is "
                "working for you. You can tell them what you think.</p>",
            ),
            (
                "inset_text",
                "<p>You can ask for things to be written down, so you can read about what happened when you "
                "are older.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask questions at any time.",
                    "Say what would help you now.",
                    "Tell someone if you are not happy.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-whos-who",
        "title": "Who's who",
        "section": "your-rights-and-help",
        "audience": "young_people",
        "summary": "The people you might meet, and how each one can help you.",
        "pair": "whos-who",
        "review_months": 12,
        "body": [
            (
                "text",
                "<h2>Your social worker</h2>"
                "<p>They work for the council. Their job is to help keep you safe and well. They talk with you "
                "and your family and make plans.</p>"
                "<h2>Your children's guardian</h2>"
                "<p>They come from a group called Cafcass. They do not work for the council. In a court case, "
                "they find out what you think and feel. They tell the judge what they think is best for you.</p>"
                "<h2>Your own solicitor</h2>"
                "<p>A solicitor is a lawyer. Your guardian picks one just for you. Usually, your guardian tells "
                "your solicitor what to say in court.</p>"
                "<p>You might not agree with your guardian. If you are old enough to understand the case, you can "
                "tell your solicitor what you want them to say in court. Ask your solicitor about this.</p>",
            ),
            (
                "text",
                "<h2>The judge</h2>"
                "<p>The judge listens to everyone and makes the big decisions. In some cases, people called "
                "magistrates make the decisions instead of a judge.</p>"
                "<h2>An advocate</h2>"
                "<p>An advocate helps you say what you think. Ask your social worker if you would like one.</p>"
                "<h2>Independent Reviewing Officer</h2>"
                "<p>If you are in care, this person checks that your plan is working for you.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask each person what their job is.",
                    "Ask how to get in touch with them.",
                    "Tell them what you think.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-your-rights",
        "title": "Your rights",
        "section": "your-rights-and-help",
        "audience": "young_people",
        "summary": "You have the right to be heard. Here is how to have your say and get help.",
        "pair": "your-rights",
        "review_months": 12,
        "body": [
            (
                "text",
                "<h2>You can say what you think</h2>"
                "<p>Decisions are being made about your life. You have a right to say what you think and feel. "
                "The adults should listen and take it seriously.</p>"
                "<p>They may not always do what you ask. But they should tell you why.</p>"
                "<h2>You can ask in a way that suits you</h2>"
                "<p>You can talk, write, draw or send a message. You can ask for things to be explained again, "
                "in words you understand.</p>"
                "<p>You can ask for things to be written down, so you can read them when you are older.</p>",
            ),
            (
                "text",
                "<h2>You can have help to speak up</h2>"
                "<p>An advocate is someone who helps you say what you think. Ask your social worker or guardian "
                "if you would like one.</p>",
            ),
            (
                "details",
                "Who can I talk to?",
                '<p>You can call Childline on <a href="tel:08001111">0800 1111</a>. You can talk to them about '
                "anything that worries you.</p>"
                "<p>You can also talk to your guardian, your social worker, a teacher or another adult you "
                "trust.</p>"
                "<p>If you are in danger right now, call 999.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Tell someone how you feel.",
                    "Ask for things to be explained in a way that suits you.",
                    "Ask for an advocate if you want one.",
                ],
            ),
        ],
    },
]
