"""Grown-up guides for the court case itself: a day at court, experts, family time and appeals.

Facts (FACTS.md): the family court is not a criminal court; who is there (judge or magistrates,
lawyers, social worker, children's guardian); accredited journalists may attend; participation
directions such as separate waiting rooms, screens and intermediaries (Family Procedure Rules Part
3A); experts need the court's permission (Children and Families Act 2014 s13; FPR Part 25) and the
Case Management Hearing decides which experts are needed (Practice Direction 12A); expert reports go
into the court bundle; "contact" is still the legal word in the Act and in orders (Children Act 1989
s34) and "family time" is the everyday phrase; an appeal needs permission and the appellant's notice
is usually due within 21 days of the decision (FPR 30.4); after a placement order, parents can oppose
an adoption only with the court's permission (Adoption and Children Act 2002 s47); the Ombudsman will
not look at matters decided in court.

Left out on purpose, because FACTS.md is silent and a wrong detail could hurt: who pays for experts,
how often family time happens, whether someone supervises it, what happens while an appeal waits,
and whether legal aid covers an appeal. The guides tell the reader to ask their solicitor or social
worker instead. Legal aid without a means test is stated for parents and people with parental
responsibility only, because relatives may read these guides too.
"""

PARENTS_LEGAL_AID_CTA = (
    "call_to_action",
    {
        "text": "Parents, and anyone with parental responsibility, get free legal aid in care proceedings.",
        "link_slug": "free-legal-advice",
        "label": "Find a children law solicitor",
    },
)

GUIDES = [
    {
        "slug": "a-day-at-court",
        "title": "A day at court",
        "section": "going-to-court",
        "audience": "adults",
        "summary": "What a day at the family court is like, who will be there, and how to get ready.",
        "pair": "young-people-a-day-at-court",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Going to court can feel scary. It helps to know what to expect. The family court is not a "
                "criminal court. No one is on trial.</p>"
                "<h2>Before the day</h2>"
                "<ul>"
                "<li>Check the date, the time and the address with your solicitor.</li>"
                "<li>Ask if the hearing is in a court room or by video.</li>"
                "<li>If you need an interpreter, ask your solicitor early.</li>"
                "<li>Plan how you will get there, and leave plenty of time.</li>"
                "</ul>",
            ),
            (
                "text",
                "<h2>When you get there</h2>"
                "<p>Find your solicitor or barrister. A barrister is a lawyer who speaks for you in court. They "
                "may want to talk with you before you go in. You may have to wait a long time.</p>"
                "<h2>Who is in the room</h2>"
                "<ul>"
                "<li>the judge or magistrates, who make the decisions</li>"
                "<li>your lawyer</li>"
                "<li>the council's lawyer and the social worker</li>"
                "<li>the children's guardian and your child's solicitor</li>"
                "<li>other people in the case, with their lawyers</li>"
                "</ul>"
                "<p>A journalist with a press card is allowed to come in. There are rules about what they can "
                "say. Ask your solicitor what this means for you.</p>",
            ),
            (
                "text",
                "<h2>In the hearing</h2>"
                "<p>Your lawyer speaks for you. At the final hearing, you may be asked to answer questions. Your "
                "lawyer will help you get ready for that.</p>"
                "<p>You can take notes. If you do not understand something, tell your lawyer. You can ask for a "
                "break if you need one.</p>"
                "<p>Before you go home, ask your lawyer what the court decided and what happens next. Ask for a "
                "copy of the order.</p>",
            ),
            (
                "details",
                "What if I am afraid of someone who will be there?",
                "<p>Tell your solicitor before the day. The court must think about what would help you take "
                "part. For example, a different waiting room, or a screen so you do not have to see them.</p>"
                "<p>If you find it hard to understand things, you can ask for an intermediary. This is someone "
                "who helps you understand and take part.</p>",
            ),
            (
                "details",
                "What should I take?",
                "<p>Take your letters from the court and your solicitor. Take a notebook, a pen, water, "
                "something to eat and any medicine you need.</p>"
                "<p>If you would like a friend with you for support, ask your solicitor if they can come into "
                "the court room.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Check the date, time and place with your solicitor.",
                    "Tell your solicitor now if you need an interpreter or other help.",
                    "Plan your journey and leave early.",
                    "Ask your lawyer to explain each decision before you go home.",
                ],
            ),
            PARENTS_LEGAL_AID_CTA,
        ],
    },
    {
        "slug": "experts-in-court",
        "title": "Experts in court",
        "section": "going-to-court",
        "audience": "adults",
        "summary": "An expert can only write a report for the court if the court gives permission first.",
        "pair": "young-people-experts-in-court",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>An expert is someone with special skills who writes a report for the court. For example, a "
                "psychologist or a psychiatrist. Some experts do tests, like a hair strand test for drugs or "
                "alcohol, or a DNA test to check who a child's parent is.</p>"
                "<h2>The court must say yes first</h2>"
                "<p>This is the law. In care proceedings, no one can ask an expert to write a report for the "
                "case unless the court gives permission. The judge or magistrates decide if an expert is "
                "needed.</p>"
                "<p>This is often decided early, at the Case Management Hearing. The court also sets a date for "
                "the report.</p>",
            ),
            (
                "text",
                "<h2>Who asks</h2>"
                "<p>The lawyers ask the court. That can be the council's lawyer, your child's solicitor or your "
                "own solicitor. If you think an expert could help, tell your solicitor. They can tell you if it "
                "is worth asking.</p>"
                "<h2>Reports from before court</h2>"
                "<p>You may have had assessments before the case started. Ask your solicitor how those reports "
                "will be used now.</p>"
                "<h2>The report</h2>"
                "<p>The report goes into the court bundle. That is the file of all the court papers. Read the "
                "report with your solicitor. If something in it is wrong, tell them. The expert may be asked "
                "questions about it at a hearing.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Tell your solicitor if you think an expert could help.",
                    "Go to every appointment with the expert.",
                    "Be honest, and say if something is hard for you.",
                    "Read the report with your solicitor.",
                    "Write down anything you think is wrong.",
                ],
            ),
            (
                "details",
                "What if I have a learning disability or find reading hard?",
                "<p>Tell your solicitor early. There are assessments made for parents with a learning "
                "disability. Ask your solicitor about them. You can also ask for an advocate to help you.</p>",
            ),
            (
                "details",
                "What if I do not agree with the report?",
                "<p>Tell your solicitor what you think is wrong, and why. They can tell you what can be done "
                "about it.</p>",
            ),
            PARENTS_LEGAL_AID_CTA,
        ],
    },
    {
        "slug": "family-time",
        "title": "Family time during the case",
        "section": "going-to-court",
        "audience": "adults",
        "summary": "How you can keep seeing your child during the court case, which the law calls contact.",
        "pair": "young-people-family-time",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Family time is the time you spend with your child when they do not live with you. It can be "
                "visits, phone calls or video calls.</p>"
                "<p>The law and court orders still use the word contact. Contact and family time mean the same "
                "thing.</p>"
                "<h2>The plan for family time</h2>"
                "<p>Your social worker will talk with you about the plan. An order from the court may also say "
                "something about contact. Your solicitor can tell you what it says.</p>",
            ),
            (
                "text",
                "<h2>Questions to ask</h2>"
                "<ul>"
                "<li>How often will family time be, and for how long?</li>"
                "<li>Where will it be?</li>"
                "<li>Will someone else be there, and why?</li>"
                "<li>Will notes be written about it, and can I see them?</li>"
                "<li>Can brothers, sisters or grandparents come too?</li>"
                "<li>How can the plan change if things go well?</li>"
                "</ul>"
                "<h2>Making family time go well</h2>"
                "<p>Get there on time. If you cannot come, tell the social worker as early as you can.</p>"
                "<p>Keep the time about your child. Play, talk and enjoy being together. It is best not to talk "
                "with them about the court case.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask your social worker for the family time plan in writing.",
                    "Put the dates and times in a diary or on your phone.",
                    "Tell the social worker early if you cannot make it.",
                    "Tell them about family and friends your child would like to see.",
                    "Tell your solicitor if you are unhappy with the plan.",
                ],
            ),
            (
                "details",
                "What if family time is stopped or cut down?",
                "<p>Talk to your solicitor straight away. They can tell you what can be done, and if the court "
                "should be asked.</p>",
            ),
            (
                "details",
                "What does my child think about it?",
                "<p>Your child's guardian finds out what your child wishes and feels. They tell the court. You "
                "can tell the guardian how family time seems to be going for your child.</p>",
            ),
            PARENTS_LEGAL_AID_CTA,
        ],
    },
    {
        "slug": "appeals",
        "title": "Appealing a court decision",
        "section": "after-the-court-case",
        "audience": "adults",
        "summary": "If you think the court's decision is wrong, you may be able to appeal, but you must act fast.",
        "pair": "young-people-appeals",
        "review_months": 12,
        "body": [
            (
                "warning_text",
                "You usually have only 21 days from the decision to start an appeal, and you need permission. "
                "Talk to your solicitor on the day of the decision.",
            ),
            (
                "text",
                "<p>An appeal is a way to ask for a court's decision to be looked at again, because you think "
                "it is wrong.</p>"
                "<h2>Two things to know</h2>"
                "<ul>"
                "<li><strong>You need permission.</strong> A court must agree that your appeal can go ahead.</li>"
                "<li><strong>Time is short.</strong> The form to start an appeal is usually due within 21 days "
                "of the decision. That is 3 weeks. Ask your solicitor exactly how long you have.</li>"
                "</ul>"
                "<p>Your solicitor can tell you if there are good reasons to appeal.</p>",
            ),
            (
                "text",
                "<h2>If you want to appeal</h2>"
                "<ol>"
                "<li>Tell your solicitor straight away.</li>"
                "<li>Ask for a copy of the order, and the judge's reasons.</li>"
                "<li>Ask if legal aid will pay for an appeal.</li>"
                "<li>Ask what happens while you wait.</li>"
                "</ol>",
            ),
            (
                "inset_text",
                "<p>A complaint is not the same as an appeal. A complaint to the council cannot change a court "
                "decision. The Ombudsman will not look at things that were decided in court.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Talk to your solicitor about an appeal on the day of the decision.",
                    "Write down the date of the decision.",
                    "Get a copy of the order.",
                    "Do not wait: 21 days goes quickly.",
                ],
            ),
            (
                "details",
                "What if the court made a placement order?",
                "<p>A placement order lets the council place your child with people who may adopt them. Talk to "
                "your solicitor at once. After a placement order, you can only oppose an adoption if the court "
                "gives you permission.</p>",
            ),
            (
                "details",
                "What if I do not have a solicitor now?",
                "<p>Find a children law solicitor straight away, and tell them the date of the decision. The "
                'Family Rights Group advice line can also help, on <a href="tel:08088010366">0808 801 0366</a>. '
                "It is open on weekdays from 9.30am to 3pm.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "A children law solicitor can tell you if you can appeal, and how fast you need to act.",
                    "link_slug": "free-legal-advice",
                    "label": "Find a children law solicitor",
                },
            ),
        ],
    },
]
