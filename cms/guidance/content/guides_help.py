"""Grown-up guides for after court, who's who, your rights and complaints.

Facts: who does what (FACTS.md, "Who's who": social worker, family support worker, Cafcass
children's guardian, solicitors and Children Law Accreditation, judge or magistrates, Independent
Reviewing Officer, advocates and intermediaries); national services (Family Rights Group advice
line, Samaritans 116 123, National Domestic Abuse Helpline). The complaints route (worker, manager,
the council's complaints process, then the Local Government and Social Care Ombudsman) is kept
general on purpose; it is not in FACTS.md and should be checked by the LA before publishing.
"""

LEGAL_ADVICE_CTA = (
    "call_to_action",
    {
        "text": "Find out when legal advice is free for you, and how to find a children law solicitor.",
        "link_slug": "free-legal-advice",
        "label": "Get free legal advice",
    },
)

GUIDES = [
    {
        "slug": "after-court",
        "title": "After court",
        "section": "after-the-court-case",
        "audience": "adults",
        "summary": "What happens after the court makes its decision, or when the case closes.",
        "pair": "young-people-after-court",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>At the end of the case, the court makes an order or decides not to. Your solicitor should "
                "explain what the decision means for you and your child.</p>"
                "<h2>Papers to keep</h2>"
                "<p>Ask your solicitor for a copy of the order. Keep it safe with your other papers. Your child "
                "may want to know what happened when they are older.</p>",
            ),
            (
                "text",
                "<h2>If your child is in care</h2>"
                "<p>Your child will have an Independent Reviewing Officer, often called an IRO. They check that "
                "your child's care plan is working for your child.</p>"
                "<p>Ask your worker how family time will work. Family time is how you and your child keep in "
                "touch, for example visits or calls.</p>"
                "<h2>If your child lives with a relative</h2>"
                "<p>Ask your worker what support the relative can get, and what help there is for you.</p>"
                "<h2>If the case closes without an order</h2>"
                "<p>You may still work with children's services on a plan. Keep going to meetings, and ask for "
                "help when you need it.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask your solicitor to explain the order.",
                    "Keep a copy of the order in a safe place.",
                    "Ask your worker what support you can get now.",
                    "Ask how family time will work.",
                ],
            ),
            (
                "details",
                "What if I want to change the order later?",
                "<p>Talk to a children law solicitor. They can tell you what is possible and if you can get "
                "legal aid for it.</p>",
            ),
            (
                "details",
                "How do I look after myself?",
                "<p>The end of a case can bring up strong feelings, whatever the decision. It can help to talk "
                "to someone you trust. If you feel you cannot cope, you can call Samaritans on "
                '<a href="tel:116123">116 123</a>.</p>',
            ),
            LEGAL_ADVICE_CTA,
        ],
    },
    {
        "slug": "whos-who",
        "title": "Who's who",
        "section": "your-rights-and-help",
        "audience": "adults",
        "summary": "The people you may meet while children's services are involved, and what each one does.",
        "pair": "young-people-whos-who",
        "review_months": 12,
        "body": [
            (
                "text",
                "<h2>From children's services</h2>"
                "<h3>Social worker</h3>"
                "<p>Your social worker works for children's services. They find out how your child is doing, "
                "make plans with you and write reports for meetings and court.</p>"
                "<h3>Family support worker</h3>"
                "<p>In some areas, a family support worker stays with you through pre-proceedings. They help you "
                "understand what is happening, share papers and keep you up to date.</p>"
                "<h3>Team manager</h3>"
                "<p>The social worker's manager. They often come to the bigger meetings.</p>"
                "<h3>The council's solicitor</h3>"
                "<p>A lawyer who advises children's services. They do not act for you.</p>",
            ),
            (
                "text",
                "<h2>People on your side</h2>"
                "<h3>Your solicitor</h3>"
                "<p>A lawyer who advises you and speaks for you. Choose one who knows children law. The Law "
                "Society gives some solicitors a quality mark called Children Law Accreditation.</p>"
                "<h3>Barrister</h3>"
                "<p>A lawyer who speaks for you at court hearings. Your solicitor may ask a barrister to do "
                "this.</p>"
                "<h3>Advocate</h3>"
                "<p>Someone who helps you have your say. Some advocates are parents who have been through this "
                "too.</p>"
                "<h3>Intermediary</h3>"
                "<p>Someone who helps a person understand and take part in court, if they find it hard.</p>",
            ),
            (
                "text",
                "<h2>People for your child</h2>"
                "<h3>Children's guardian</h3>"
                "<p>A social worker from Cafcass who is independent of the council. In court cases, they find "
                "out what your child wishes and feels. They tell the court what they think is best for your "
                "child.</p>"
                "<h3>Your child's solicitor</h3>"
                "<p>A lawyer for your child. The children's guardian chooses them.</p>"
                "<h3>Independent Reviewing Officer</h3>"
                "<p>For children in care. They check that the care plan is working for the child.</p>"
                "<h2>The court</h2>"
                "<h3>Judge or magistrates</h3>"
                "<p>They hear the case and make the decisions. The family court is not a criminal court.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Write down the name and phone number of each person you meet.",
                    "Ask each person what their job is, if you are not sure.",
                    "Ask who to call if you have a question.",
                ],
            ),
            LEGAL_ADVICE_CTA,
        ],
    },
    {
        "slug": "your-rights",
        "title": "Your rights, interpreters and advocates",
        "section": "your-rights-and-help",
        "audience": "adults",
        "summary": "What you can expect while children's services are involved, and how to get an interpreter or "
        "an advocate.",
        "pair": "young-people-your-rights",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>You have rights at every stage. Knowing them can help you take part and be heard.</p>"
                "<h2>What you can expect</h2>"
                "<ul>"
                "<li>free legal advice once you have a letter before proceedings, whatever your income</li>"
                "<li>free legal aid for parents if the case goes to court</li>"
                "<li>to be told clearly what the worries are and what needs to change</li>"
                "<li>to get reports before a child protection conference</li>"
                "<li>to take part in meetings and give your side</li>"
                "<li>copies of plans, agreements and reports about you</li>"
                "</ul>",
            ),
            (
                "text",
                "<h2>Interpreters</h2>"
                "<p>If English is not your first language, ask for an interpreter. Ask your worker for meetings, "
                "and your solicitor for court. Ask early, so they have time to book one.</p>"
                "<p>Try not to ask your child to interpret for you.</p>"
                "<h2>Advocates</h2>"
                "<p>An advocate helps you have your say. Some are parents who have been through this "
                "themselves. Ask your worker or your solicitor if there is an advocate who could help you.</p>"
                "<h2>If you find things hard to understand</h2>"
                "<p>Tell people if you have a learning disability, or if you find reading hard. You can ask for "
                "easy read papers, more time or someone to explain. In court, some people have an intermediary. "
                "This is someone who helps you understand and take part.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Tell your worker how you like to get information.",
                    "Ask for an interpreter if you need one.",
                    "Ask if there is an advocate who could help you.",
                    "Ask for a copy of every plan and report.",
                ],
            ),
            (
                "details",
                "If you are struggling",
                "<p>This can be a very hard time. If you feel you cannot cope, you can call Samaritans on "
                '<a href="tel:116123">116 123</a>.</p>'
                "<p>If you are not safe at home, you can get help from the National Domestic Abuse Helpline.</p>",
            ),
            LEGAL_ADVICE_CTA,
        ],
    },
    {
        "slug": "how-to-complain",
        "title": "How to complain",
        "section": "your-rights-and-help",
        "audience": "adults",
        "summary": "How to raise a worry or make a complaint about children's services.",
        "pair": None,
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>You may be unhappy with how children's services have treated you. It is OK to say so. "
                "Here is the usual way to raise it.</p>"
                "<h2>Step 1: talk to your worker</h2>"
                "<p>Tell your worker what is wrong. Many problems can be sorted out this way. If not, ask to "
                "speak to their manager.</p>"
                "<h2>Step 2: use the council's complaints process</h2>"
                "<p>Your council has a way to make a complaint. Ask your worker how, or look on the council's "
                "website. You can ask for help to write it.</p>"
                "<h2>Step 3: ask the Ombudsman</h2>"
                "<p>If you are still unhappy when the council's process ends, you can ask the Local Government "
                "and Social Care Ombudsman to look at it. The Ombudsman is independent of the council.</p>",
            ),
            (
                "inset_text",
                "<p>A complaint is not the same as a court case. If you disagree with a decision made in court, "
                "talk to your solicitor.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Write down what happened and when.",
                    "Keep copies of letters and emails.",
                    "Say what you would like to happen to put it right.",
                    "Ask an advocate or a friend to help you.",
                ],
            ),
            (
                "details",
                "Can someone help me write it?",
                "<p>Yes. A friend, an advocate or an advice service can help. The Family Rights Group advice "
                'line is on <a href="tel:08088010366">0808 801 0366</a>, on weekdays from 9.30am to 3pm.</p>',
            ),
        ],
    },
]
