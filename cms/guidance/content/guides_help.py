"""Grown-up guides for after court, who's who, your rights and complaints.

Facts: who does what (FACTS.md, "Who's who": social worker, family support worker, Cafcass
children's guardian, solicitors and Children Law Accreditation, judge or magistrates, Independent
Reviewing Officer, advocates and intermediaries); national services (Family Rights Group advice
line, Samaritans 116 123, National Domestic Abuse Helpline 0808 2000 247, free to call).

The child's solicitor is chosen by the guardian and takes instructions from them; a child old enough
to understand who disagrees with the guardian can instruct the solicitor directly (FPR 16.29).
"Contact" is still the legal word for family time (Children Act 1989 s34). Free advice without a
means test is for parents and anyone with parental responsibility once they have the letter, and
legal aid in proceedings likewise; other relatives are usually means- and merits-tested (frg.org.uk
A to Z, "legal aid").

Complaints follow the Children Act 1989 Representations Procedure (England) Regulations 2006: three
stages (local resolution, investigation, review panel), a complaint normally made within 12 months
(reg. 9); then the Local Government and Social Care Ombudsman, which will not look at matters decided
in court. Each stage's own time limits are not in FACTS.md, so they are left out.
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
                "<p>In the law and in court orders, family time is called contact. So you may see both words. "
                "They mean the same thing.</p>"
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
                "<p>A lawyer for your child. The children's guardian chooses them. The solicitor usually takes "
                "their instructions from the guardian.</p>"
                "<p>Sometimes a child does not agree with the guardian. If the child is old enough to understand "
                "the case, they can tell the solicitor what to say themselves.</p>"
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
                "<h2>Free legal advice</h2>"
                "<p>Are you a parent, or do you have parental responsibility? Then once you have a letter before "
                "proceedings, your legal advice is free, whatever your income. If the case goes to court, your "
                "legal aid is free too.</p>"
                "<p>Other relatives and friends usually have a test on their income and their case. A solicitor "
                "can tell them if they can get help with the cost.</p>"
                "<h2>What you can expect</h2>"
                "<ul>"
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
                "<p>If you are not safe at home, you can call the National Domestic Abuse Helpline on "
                '<a href="tel:08082000247">0808 2000 247</a>. It is free to call.</p>',
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
                "Often the quickest way is to tell your worker, or their manager, what is wrong.</p>"
                "<p>If that does not sort it out, you can make a complaint. The law sets out three stages for "
                "complaints about children's services. Ask your worker how to start, or look on the council's "
                "website.</p>"
                "<h2>Stage 1: local resolution</h2>"
                "<p>The council tries to put things right quickly, close to where the problem started.</p>"
                "<h2>Stage 2: investigation</h2>"
                "<p>If you are still unhappy, you can ask for your complaint to be looked into fully. Someone "
                "looks carefully at what happened and tells you what they found.</p>"
                "<h2>Stage 3: review panel</h2>"
                "<p>If you are still unhappy after that, you can ask for a review panel. The panel looks at your "
                "complaint again.</p>",
            ),
            (
                "text",
                "<h2>When to complain</h2>"
                "<p>Make your complaint within 12 months of what happened, if you can. A later complaint is not "
                "usually looked at.</p>"
                "<h2>After the three stages</h2>"
                "<p>If you are still unhappy, you can ask the Local Government and Social Care Ombudsman to look "
                "at it. The Ombudsman is independent of the council.</p>"
                "<p>The Ombudsman will not look at anything that was decided in court. A complaint cannot change "
                "a court's decision. If you disagree with a decision made in court, talk to your solicitor.</p>",
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
