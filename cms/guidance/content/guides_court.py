"""Grown-up guides for care proceedings and court orders.

Facts: the threshold test (Children Act 1989 s31); the 26-week limit and extensions of up to 8
weeks (s32(1)(a)(ii), added by the Children and Families Act 2014); average case length of about
41 to 44 weeks (Ministry of Justice family court statistics); the stages of the Public Law Outline
(Practice Direction 12A); legal aid for parents in care proceedings that is not means- or
merits-tested (frg.org.uk A to Z, "legal aid"); the orders (Children Act 1989 ss31, 38, 44; Adoption
and Children Act 2002).

Who decides where a child lives: the court decides whether to make an interim care order or a care
order, and checks the council's plan; under either order the council decides where the child lives
(Children Act 1989 ss33, 38). A supervision order lasts up to 1 year at first and can be extended to
at most 3 years from the day it was made (Sch. 3 para. 6). A placement order (Adoption and Children
Act 2002 s21) is often made at the final hearing with the care order decision; the court can make
it without the parents' consent (s52); once it is made, parents can oppose the adoption only with
the court's permission (s47(5) and (7)), so the guides tell parents to talk to their solicitor at
once. Section 20: parents keep parental responsibility and can remove the child (s20(7)-(8)); the
child is "looked after" but not "in care", which needs a care order.

The child's solicitor is appointed by the guardian and takes instructions from them; a child old
enough to understand who disagrees with the guardian can instruct the solicitor directly (FPR
16.29). Appeals need permission, and the appellant's notice is usually due within 21 days of the
decision (FPR 30.4). The court bundle holds all the papers, kept by the solicitors; what is said in
private family proceedings cannot be shared except as the rules allow (Administration of Justice
Act 1960 s12; FPR 12.73).
"""

SECTION = "going-to-court"

LEGAL_ADVICE_CTA = (
    "call_to_action",
    {
        "text": "Parents get free legal aid in care proceedings. It does not depend on your income.",
        "link_slug": "free-legal-advice",
        "label": "Find a children law solicitor",
    },
)

GUIDES = [
    {
        "slug": "care-proceedings",
        "title": "Care proceedings and the Public Law Outline",
        "section": SECTION,
        "audience": "adults",
        "summary": "Care proceedings is a court case where the family court decides what is best for your child.",
        "pair": "young-people-care-proceedings",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Care proceedings is a case in the family court. Children's services ask the court to make an "
                "order about your child. The family court is not a criminal court. No one is on trial.</p>"
                "<p>The court follows a set of rules called the Public Law Outline, or PLO. It sets out the steps "
                "of the case and when they should happen.</p>"
                "<h2>The legal test</h2>"
                "<p>The court can only make a care order or a supervision order if a legal test is met. People "
                "call this the threshold. It means your child is suffering, or is likely to suffer, significant "
                "harm. The harm must be because of the care your child gets, when it is not what a parent could "
                "reasonably be expected to give. Or it must be because your child is beyond your control.</p>",
            ),
            (
                "text",
                "<h2>How the case starts</h2>"
                "<p>Children's services send an application to the court, with their papers. The court gives the "
                "case to a judge or to magistrates. It gives its first instructions, called directions. It also "
                "sets a date for the first hearing. This usually happens within a day or two.</p>"
                "<h2>The main hearings</h2>"
                "<ol>"
                "<li>Case Management Hearing</li>"
                "<li>Issues Resolution Hearing</li>"
                "<li>Final hearing, if people still do not agree</li>"
                "</ol>"
                "<p>There may be other hearings too. Your solicitor will tell you about each one.</p>",
            ),
            (
                "text",
                "<h2>How long it takes</h2>"
                "<p>The law says the court should decide within 26 weeks. That is about 6 months. The court can "
                "add more time when it is really needed, up to 8 weeks at a time.</p>"
                "<p>To be honest with you, most cases take longer. In recent years the average has been about 41 "
                "to 44 weeks. That is around 10 months. Think of 26 weeks as the aim, not a promise.</p>",
            ),
            LEGAL_ADVICE_CTA,
            (
                "what_you_can_do_now",
                [
                    "Call your solicitor as soon as you hear about the case.",
                    "Go to every hearing.",
                    "Read the papers with your solicitor.",
                    "Keep to the dates the court sets.",
                    "Tell your solicitor about family or friends who could help.",
                ],
            ),
            (
                "details",
                "Who is there for my child?",
                "<p>The court asks Cafcass to give your child a children's guardian. This is a social worker "
                "who does not work for the council. They find out what your child wishes and feels. They tell "
                "the court what they think is best for your child.</p>"
                "<p>The guardian also chooses a solicitor for your child. The solicitor usually takes their "
                "instructions from the guardian. If your child is old enough to understand, and does not agree "
                "with the guardian, your child can tell the solicitor what to say instead.</p>",
            ),
            (
                "text",
                "<h2>The court bundle</h2>"
                "<p>All the papers for the case go into one file, called the court bundle. The solicitors keep "
                "it and add to it as the case goes on. It may include:</p>"
                "<ul>"
                "<li>the social worker's statement and a chronology, which is a list of events in date order</li>"
                "<li>a genogram, which is a family tree</li>"
                "<li>the council's care plan for your child</li>"
                "<li>assessments and reports from experts</li>"
                "<li>statements from you and the other people in the case</li>"
                "<li>short papers before each hearing, called position statements</li>"
                "<li>the guardian's report, called their analysis</li>"
                "<li>the orders the court makes, and its judgments</li>"
                "</ul>"
                "<p>Ask your solicitor to go through the bundle with you. Tell them if anything in it is wrong "
                "or missing. It is much better to say so early.</p>"
                "<p>The papers are private. You must not share them, or post about the case online, unless the "
                "court rules allow it. Ask your solicitor before you show them to anyone.</p>",
            ),
        ],
    },
    {
        "slug": "case-management-hearing",
        "title": "Case Management Hearing",
        "section": SECTION,
        "audience": "adults",
        "summary": "The Case Management Hearing is the first main hearing, where the court plans the case and "
        "decides what happens for now.",
        "pair": "young-people-case-management-hearing",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>The Case Management Hearing is often called the CMH. It happens between day 12 and day 18 "
                "of the case.</p>"
                "<h2>What the court does</h2>"
                "<ul>"
                "<li>looks at the application and the care plan</li>"
                "<li>decides if there should be an interim order, which is an order that lasts while the case "
                "goes on</li>"
                "<li>checks the council's plan for where your child lives for now</li>"
                "<li>checks that your child has a children's guardian</li>"
                "<li>works out the main things people do not agree about</li>"
                "<li>decides which experts or family assessments are needed</li>"
                "<li>sets a timetable for the rest of the case</li>"
                "</ul>"
                "<p>If the court makes an interim care order, it is the council that decides where your child "
                "lives while the case goes on. The court checks the council's plan before it makes the "
                "order.</p>",
            ),
            (
                "text",
                "<h2>Before the hearing</h2>"
                "<p>The lawyers meet before the hearing to talk about the case. This is called the advocates' "
                "meeting. Talk to your solicitor before it, so they know what you want.</p>"
                "<h2>Further Case Management Hearing</h2>"
                "<p>Sometimes the court needs another hearing to finish planning the case. This is called a "
                "Further Case Management Hearing. It only happens if it is needed.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Meet or call your solicitor before the hearing.",
                    "Tell them who in your family could help.",
                    "Get to court early on the day.",
                    "Ask your solicitor to explain what the court decided.",
                ],
            ),
            (
                "details",
                "What should I take to court?",
                "<p>Take any letters from the court or your solicitor. Take a notebook and a pen. You may have "
                "to wait a long time, so take water and something to eat.</p>",
            ),
            LEGAL_ADVICE_CTA,
        ],
    },
    {
        "slug": "issues-resolution-hearing",
        "title": "Issues Resolution Hearing",
        "section": SECTION,
        "audience": "adults",
        "summary": "The Issues Resolution Hearing is where the court tries to settle what people still disagree about.",
        "pair": "young-people-issues-resolution-hearing",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>The Issues Resolution Hearing is often called the IRH. It happens near the end of the case, "
                "when the final reports are in.</p>"
                "<h2>The final papers</h2>"
                "<p>Before the IRH, the court gets:</p>"
                "<ul>"
                "<li>the council's final care plan</li>"
                "<li>statements from the parents</li>"
                "<li>the children's guardian's report, called their analysis</li>"
                "<li>reports from any experts</li>"
                "</ul>",
            ),
            (
                "text",
                "<h2>What happens</h2>"
                "<p>Issues are the things people still do not agree about. At the IRH, the court tries to settle "
                "them, or at least make the list shorter.</p>"
                "<p>If everyone agrees, the court may make its final decision at the IRH. If not, there will be "
                "a final hearing.</p>"
                "<p>The lawyers meet before the hearing to see what they can agree.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Read the final reports with your solicitor.",
                    "Think about what you agree with and what you do not.",
                    "Ask your solicitor what could happen if you agree.",
                    "Go to the hearing.",
                ],
            ),
            (
                "details",
                "Do I have to agree?",
                "<p>No. You can disagree. Your solicitor can explain your choices and what each one may mean "
                "for you and your child.</p>",
            ),
            LEGAL_ADVICE_CTA,
        ],
    },
    {
        "slug": "final-hearing",
        "title": "Final hearing",
        "section": SECTION,
        "audience": "adults",
        "summary": "At the final hearing, the court hears from everyone and decides what order, if any, to make.",
        "pair": "young-people-final-hearing",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>If people still do not agree after the Issues Resolution Hearing, there is a final hearing. "
                "This is where the court makes its decision.</p>"
                "<h2>What happens</h2>"
                "<p>The court reads the papers and hears from the people in the case. This may include you, the "
                "social worker, experts and the children's guardian.</p>"
                "<p>You may be asked to speak and to answer questions. Your solicitor or barrister will help you "
                "get ready. A barrister is a lawyer who speaks for you in court.</p>"
                "<h2>The decision</h2>"
                "<p>The judge or magistrates decide what is best for your child. They may make an order, or "
                "decide not to make one. They give their reasons. This is called the judgment.</p>"
                "<p>The guide called Court orders explained tells you what each order means.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Meet your solicitor before the hearing.",
                    "Ask what questions you may be asked.",
                    "Ask your solicitor to explain the decision to you afterwards.",
                    "Ask for a copy of the order.",
                ],
            ),
            (
                "details",
                "How will I cope on the day?",
                "<p>It is normal to feel scared or upset. You can ask for a break. If you want someone with you "
                "for support, ask your solicitor if they can come into the court room.</p>",
            ),
            (
                "text",
                "<h2>If you do not agree with the decision</h2>"
                "<p>You may be able to appeal. This means asking for the decision to be looked at again. You "
                "need permission to appeal.</p>"
                "<p>The time limit is short. The form to appeal is usually due within 21 days of the decision. "
                "Talk to your solicitor on the day of the decision, or as soon as you can.</p>",
            ),
            (
                "details",
                "What is a placement order?",
                "<p>A placement order lets the council place a child with people who may adopt them. It is "
                "often made at the final hearing, at the same time as the court decides about a care order.</p>"
                "<p>The court can make it even if the parents do not agree. Once it is made, parents can only "
                "oppose the adoption if the court gives them permission.</p>"
                "<p>If the council's plan says adoption, talk to your solicitor now. Do not wait for the final "
                "hearing.</p>",
            ),
            LEGAL_ADVICE_CTA,
        ],
    },
    {
        "slug": "court-orders",
        "title": "Court orders explained",
        "section": SECTION,
        "audience": "adults",
        "summary": "A plain guide to the main orders the family court can make about a child.",
        "pair": "young-people-court-orders",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>An order is a decision by the court that says what must happen. These are the main orders in "
                "care cases. Your solicitor can tell you which ones may apply to you.</p>"
                "<h2>Emergency protection order</h2>"
                "<p>This is for when a child is in danger right now. It lets children's services keep a child "
                "safe for a short time. It lasts up to 8 days. The court can add up to 7 more days.</p>"
                "<h2>Interim care order and interim supervision order</h2>"
                "<p>Interim means for now. These orders last while the court case goes on. There is no set date "
                "when they must be renewed. Some older websites say they must be renewed every 4 or 8 weeks. "
                "That rule ended in 2014.</p>"
                "<p>The court decides whether to make an interim care order, and checks the council's plan. If "
                "it makes one, the council decides where your child lives for now.</p>",
            ),
            (
                "text",
                "<h2>Care order</h2>"
                "<p>The court decides whether to make a care order. Before it does, it checks the council's plan "
                "for your child.</p>"
                "<p>With a care order, the council shares parental responsibility with you. It can limit how you "
                "use yours. The council decides where your child lives. This may be at home, with family, with "
                "foster carers or in a children's home.</p>"
                "<p>A care order lasts until your child is 18, unless the court ends it sooner. It cannot be made "
                "for a child who is 17.</p>"
                "<h2>Supervision order</h2>"
                "<p>The council must advise, help and befriend your child. It does not get parental "
                "responsibility.</p>"
                "<p>A supervision order lasts up to 1 year at first. The court can make it longer, but never for "
                "more than 3 years in all, counted from the day it was made.</p>",
            ),
            (
                "text",
                "<h2>Special guardianship order</h2>"
                "<p>A relative or carer gets parental responsibility until the child is 18. They can make most "
                "choices without the parents. The parents keep their parental responsibility, and the legal link "
                "stays.</p>"
                "<h2>Child arrangements order</h2>"
                "<p>In care cases, this order can say that a child will live with a relative.</p>"
                "<h2>Placement order</h2>"
                "<p>This lets the council place a child with people who may adopt them. It is often made at the "
                "final hearing.</p>"
                "<p>The court can make it even if the parents do not agree. This is called dispensing with "
                "consent. Once it is made, parents can only oppose the adoption if the court gives them "
                "permission. If a placement order is being talked about, talk to your solicitor now.</p>"
                "<h2>Adoption order</h2>"
                "<p>This ends the legal link between a child and their birth parents for good.</p>",
            ),
            (
                "text",
                "<h2>Section 20</h2>"
                "<p>This is not a court order. It is when a parent agrees for the council to look after their "
                "child. You keep your parental responsibility. You can change your mind and take your child "
                "home.</p>"
                "<p>A child under section 20 is called looked after. But they are not in care. In care means "
                "the court has made a care order or an interim care order.</p>"
                "<p>Get legal advice before you agree, and before you change your mind.</p>",
            ),
            (
                "details",
                "What is parental responsibility?",
                "<p>It means the rights and duties a parent has for a child. For example, making choices about "
                "their school, their health and where they live.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "A children law solicitor can tell you what an order means for you and your child.",
                    "link_slug": "free-legal-advice",
                    "label": "Find a children law solicitor",
                },
            ),
        ],
    },
]
