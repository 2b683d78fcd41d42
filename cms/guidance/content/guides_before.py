"""Grown-up guides for the time before pre-proceedings: support, and child protection plans.

Facts: child in need and child protection plans, conferences, core groups and reports before
conferences (FACTS.md, "Before pre-proceedings"; local safeguarding procedures). Legal help at
this stage is means- and merits-tested (frg.org.uk A to Z, "legal aid").

How a child protection plan differs from pre-proceedings: pre-proceedings is the formal step before
court, started by a letter before proceedings to each parent and anyone with parental
responsibility; only then is their legal advice free without a means test; when pre-proceedings
ends well, a family may step down to a child protection or child in need plan (FACTS.md,
"Pre-proceedings"; frg.org.uk). Relatives without parental responsibility are usually means- and
merits-tested at every stage, so the guides never tell them advice is free.
"""

SECTION = "when-childrens-services-are-worried"

GUIDES = [
    {
        "slug": "support-from-childrens-services",
        "title": "Support from children's services",
        "section": SECTION,
        "audience": "adults",
        "summary": "What it means when children's services work with your family, and what you can expect from them.",
        "pair": "young-people-support-from-childrens-services",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Children's services is the part of your local council that helps keep children safe and well. "
                "Lots of families get help from them at some time. Getting help does not mean your child will be "
                "taken away.</p>"
                "<h2>Why they are in touch</h2>"
                "<p>They may have been told about a worry. Or you may have asked for help. Either way, their job "
                "is to find out what your family needs.</p>"
                "<h2>A plan to help</h2>"
                "<p>A social worker or a family support worker will talk with you. They will ask what is going "
                "well and what is hard. Then you agree a plan together.</p>"
                "<p>Some families have a child in need plan. It says what help you will get and what should "
                "change. Your worker will check how the plan is going.</p>",
            ),
            (
                "inset_text",
                "<p>If they get more worried, they may call a child protection conference. This is a meeting to "
                "decide if your child needs a child protection plan. The guide called Child protection plans "
                "tells you more.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask for a copy of your plan.",
                    "Ask your worker to explain any word you do not know.",
                    "Write down your questions before each visit.",
                    "Tell your worker what help would make a real difference.",
                ],
            ),
            (
                "details",
                "What if I do not agree with what they say?",
                "<p>You can say so. Tell your worker what you think is wrong and why. You can ask them to write "
                "down what you said.</p>"
                "<p>If you are still unhappy, ask to speak to their manager. The guide called How to complain "
                "explains the next steps.</p>",
            ),
            (
                "details",
                "Where can I get advice?",
                "<p>You can call the Family Rights Group advice line on "
                '<a href="tel:08088010366">0808 801 0366</a>. It is open on weekdays from 9.30am to 3pm. It is '
                "busy, so you may need to try more than once.</p>",
            ),
        ],
    },
    {
        "slug": "child-protection-plans",
        "title": "Child protection plans",
        "section": SECTION,
        "audience": "adults",
        "summary": "What a child protection plan is, the meetings that go with it, and how you can take part.",
        "pair": "young-people-child-protection-plans",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Children's services may be worried that your child is at risk of harm. If so, they hold a "
                "meeting called a child protection conference. You will be asked to come. The people at the "
                "meeting decide if your child needs a child protection plan.</p>"
                "<h2>What the plan says</h2>"
                "<p>The plan says what needs to change to keep your child safe. It also says who will help you, "
                "and how.</p>"
                "<h2>Meetings to check the plan</h2>"
                "<p>A small group meets often to check the plan is working. This is called a core group. You "
                "will be asked to take part.</p>"
                "<p>There are also review conferences. They look at how things are going. They decide if the plan "
                "is still needed.</p>",
            ),
            (
                "text",
                "<h2>Reports before each conference</h2>"
                "<p>You should get the reports before each conference. This gives you time to read them. Local "
                "rules say how many days before you should get them. Older children may get them too.</p>"
                "<p>If a report is late, or something in it is wrong, tell your worker. You can also say so at "
                "the meeting.</p>",
            ),
            (
                "text",
                "<h2>A child protection plan is not pre-proceedings</h2>"
                "<p>A child protection plan is about help and safety at home. It is not a step towards court, "
                "and no court is involved.</p>"
                "<p>Pre-proceedings is different. It is the formal step before a court case. It always starts "
                "with a letter called a letter before proceedings. If you are not sure whether you have had one, "
                "ask your worker.</p>"
                "<p>If the worries do not get smaller while your child has a plan, children's services may send "
                "you that letter. It goes to each parent, and to anyone else with parental responsibility. If "
                "you get it, take it to a solicitor straight away.</p>"
                "<p>It can work the other way too. When pre-proceedings goes well, a family may go back to a "
                "child protection plan or a child in need plan.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Read the plan and ask about any part that is not clear.",
                    "Go to every meeting you are asked to.",
                    "Keep all your papers together in one place.",
                    "Tell your worker if something in a report is wrong.",
                    "Ask if you can bring someone with you for support.",
                ],
            ),
            (
                "details",
                "Can I get legal advice now?",
                "<p>Yes. At this stage, free legal help depends on your income and on your case. A solicitor can "
                "tell you if you can get it.</p>"
                "<p>This changes for parents, and for anyone with parental responsibility, if they get a letter "
                "before proceedings. From then on, their legal advice is free, whatever their income.</p>"
                "<p>Other relatives, such as grandparents, usually still have a test on their income and their "
                "case.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Find out when legal advice is free, and how to find a solicitor who knows children law.",
                    "link_slug": "free-legal-advice",
                    "label": "Get free legal advice",
                },
            ),
        ],
    },
]
