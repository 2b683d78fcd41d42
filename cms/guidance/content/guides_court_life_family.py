"""Grown-up guides on a baby on the way, life after the case, a child's voice in court, and records.

Facts (FACTS.md): pre-proceedings can happen during pregnancy (pre-birth assessment); the letter
before proceedings goes to each parent, and a parent who has it gets free legal advice that is not
means-tested; viability assessments of relatives and friends, family group conferences and DNA tests;
care orders last until 18 unless ended sooner, the council shares parental responsibility and decides
where the child lives (Children Act 1989 ss31, 33); the Independent Reviewing Officer; special
guardianship; supervision orders last up to 1 year at first and at most 3 years from when they were
made (Sch. 3 para. 6); after a placement order parents can oppose an adoption only with the court's
permission (Adoption and Children Act 2002 s47); complaints: three stages, normally within 12 months,
and the Ombudsman will not look at what was decided in court; the children's guardian finds out the
child's wishes and feelings and appoints the child's solicitor, who takes instructions from the
guardian unless a child old enough to understand disagrees (FPR 16.29); advocates for children; young
people want to be told how decisions are made and a written record to read when older; the documents
families get; court papers are private (Administration of Justice Act 1960 s12; FPR 12.73).

Left out on purpose, because FACTS.md is silent: what a pre-birth assessment covers and what may
happen at the birth, the legal right to see your records and its time limit, whether a child may
write to or meet the judge, and whether a child should come to court. The guides say "ask your
solicitor", "ask your social worker" or "ask the guardian" there.
"""

GUIDES = [
    {
        "slug": "pre-birth-assessment",
        "title": "Expecting a baby: pre-birth assessment",
        "section": "pre-proceedings",
        "audience": "adults",
        "summary": "Children's services may want to assess how your baby will be cared for, before your baby is born.",
        "pair": "young-people-pre-birth-assessment",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Sometimes children's services are worried about how a baby will be cared for. They may start "
                "an assessment before the baby is born. This is called a pre-birth assessment. It looks at what "
                "is going well, what the worries are and what help you need.</p>"
                "<p>This is hard to go through while you are pregnant. You do not have to face it alone.</p>"
                "<h2>Pre-proceedings can start before the birth</h2>"
                "<p>Pre-proceedings can happen while you are pregnant. It starts with a letter before "
                "proceedings. The letter says what the worries are and what needs to change. It also asks you "
                "to a meeting.</p>",
            ),
            (
                "text",
                "<h2>Get legal advice early</h2>"
                "<p>If you get a letter before proceedings, find a children law solicitor straight away. Parents "
                "who have the letter get legal advice for free. No one checks their income.</p>"
                "<p>Ask your solicitor what could happen when your baby is born. It is better to know early, so "
                "you can plan.</p>"
                "<h2>Family and friends</h2>"
                "<p>Think about who could help you and your baby. It may be a grandparent, an aunt or a close "
                "friend. Tell your social worker early. They may want to assess them too. You may be offered a "
                "family group conference, where your family makes a plan together.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Find a children law solicitor now, if you have a letter.",
                    "Go to every meeting and assessment session.",
                    "Keep going to your pregnancy check-ups.",
                    "Ask your social worker what the plan is for when your baby is born.",
                    "Tell them who in your family could help.",
                ],
            ),
            (
                "details",
                "What will the assessment look at?",
                "<p>Ask your social worker what it will cover, who will do it and how long it will take. You "
                "should get a copy of the report. Read it with your solicitor.</p>",
            ),
            (
                "details",
                "What about the baby's father?",
                "<p>The letter goes to each parent. A father who has the letter is a parent too, so legal advice is "
                "free for him as well. "
                "Sometimes a DNA test is used to check who a baby's father is.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Once a parent has a letter before proceedings, legal advice is free. No one checks "
                    "their income.",
                    "link_slug": "free-legal-advice",
                    "label": "Find a children law solicitor",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Find out how your family and friends can help you and your baby.",
                    "link_slug": "family-network",
                    "label": "Your family network",
                },
            ),
        ],
    },
    {
        "slug": "life-after-proceedings",
        "title": "Life after the court case",
        "section": "after-the-court-case",
        "audience": "adults",
        "summary": "What the months and years after a care case can look like, and where to get help.",
        "pair": "young-people-life-after-proceedings",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>When the court case ends, life goes on, but it may look very different. What happens next "
                "depends on the order the court made.</p>"
                "<h2>If your child is in care</h2>"
                "<p>A care order lasts until your child is 18, unless the court ends it sooner. The council "
                "shares parental responsibility with you, and it decides where your child lives.</p>"
                "<p>Your child has an Independent Reviewing Officer, or IRO. They check that the care plan is "
                "working for your child. Ask the IRO how you can give your views.</p>"
                "<h2>If your child lives with a relative</h2>"
                "<p>With a special guardianship order, the relative or carer has parental responsibility until "
                "your child is 18. They can make most choices without you. You are still your child's parent, "
                "and you keep your parental responsibility.</p>",
            ),
            (
                "text",
                "<h2>If there is a supervision order</h2>"
                "<p>A social worker must advise, help and befriend your child. The order lasts up to 1 year at "
                "first. The court can make it longer, but not past 3 years from when it was made.</p>"
                "<h2>If the court made a placement order</h2>"
                "<p>The council can place your child with people who may adopt them. Talk to your solicitor at "
                "once. You can only oppose an adoption if the court gives you permission.</p>"
                "<h2>Family time</h2>"
                "<p>Family time, or contact, may go on after the case. Ask what the plan is, and how it can "
                "change over time.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Keep a copy of the order in a safe place.",
                    "Ask your solicitor what the order means for you.",
                    "Ask your social worker what support you can get now.",
                    "Go to meetings about your child's plan when you are asked.",
                    "Keep letters and photos for your child to see when they are older.",
                ],
            ),
            (
                "details",
                "Can an order be changed or ended?",
                "<p>Sometimes. Talk to a children law solicitor. They can tell you what is possible, and if "
                "legal aid could help.</p>",
            ),
            (
                "details",
                "What if I have another baby?",
                "<p>Children's services may want to do a pre-birth assessment. Get legal advice early. The guide "
                "called Expecting a baby explains what happens.</p>",
            ),
            (
                "details",
                "How do I look after myself?",
                "<p>Many parents feel grief, anger or relief. All of these are normal. It can help to talk to "
                "someone you trust, or to a parent advocate who has been through this too.</p>"
                '<p>If you feel you cannot cope, you can call Samaritans on <a href="tel:116123">116 123</a>.</p>',
            ),
            (
                "call_to_action",
                {
                    "text": "Unhappy with children's services? You can complain, usually within 12 months.",
                    "link_slug": "how-to-complain",
                    "label": "How to complain",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Find out if legal advice is free for you, and how to find a children law solicitor.",
                    "link_slug": "free-legal-advice",
                    "label": "Get legal advice",
                },
            ),
        ],
    },
    {
        "slug": "childrens-rights-in-court",
        "title": "Your child's voice in court",
        "section": "your-rights-and-help",
        "audience": "adults",
        "summary": "How your child can have their say in care proceedings, and who helps them do it.",
        "pair": "young-people-childrens-rights-in-court",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>The court wants to know what your child wishes and feels. Here is how your child can be "
                "heard.</p>"
                "<h2>The children's guardian</h2>"
                "<p>In care proceedings, Cafcass gives your child a children's guardian. This is a social worker "
                "who does not work for the council. They meet your child and find out what your child wishes "
                "and feels. They tell the court, and they also say what they think is best.</p>"
                "<p>Your child's wishes and the guardian's view may not be the same.</p>",
            ),
            (
                "text",
                "<h2>Your child's solicitor</h2>"
                "<p>The guardian chooses a solicitor for your child. Usually the solicitor takes instructions "
                "from the guardian. This means they follow the guardian's view.</p>"
                "<p>Sometimes an older child does not agree with the guardian. If the child is old enough to "
                "understand, they can tell the solicitor what to say for them. Then the solicitor takes "
                "instructions from the child.</p>"
                "<h2>Other ways to be heard</h2>"
                "<p>An advocate can help a child say what they think. Your child can ask their social worker "
                "about one.</p>"
                "<p>Some children want to write to the judge. Your child can ask their guardian if they can, "
                "and how.</p>",
            ),
            (
                "inset_text",
                "<p>Young people say they want to be told how decisions are made, in a way that suits them. "
                "They also want a written record they can read when they are older.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Tell your child they can talk to their guardian.",
                    "Tell the guardian how your child likes to talk and share things.",
                    "Try not to tell your child what to say.",
                    "Ask for decisions to be explained to your child in a way they understand.",
                ],
            ),
            (
                "details",
                "Should my child come to court?",
                "<p>Ask your solicitor or the guardian. They can tell you what is right for your child.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Read about the guardian, your child's solicitor and the other people in the case.",
                    "link_slug": "whos-who",
                    "label": "Who's who",
                },
            ),
        ],
    },
    {
        "slug": "getting-your-records",
        "title": "Getting your records",
        "section": "your-rights-and-help",
        "audience": "adults",
        "summary": "How to keep your papers safe, and how to ask for the records children's services keep about you.",
        "pair": "young-people-getting-your-records",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Children's services keep records about your family. These include plans, letters, notes of "
                "meetings and reports. It can help to see what is written about you.</p>"
                "<h2>Papers you should get as you go</h2>"
                "<ul>"
                "<li>the letter before proceedings</li>"
                "<li>notes of meetings</li>"
                "<li>the written agreement</li>"
                "<li>plans and assessment reports</li>"
                "<li>letters that say what happens next</li>"
                "</ul>"
                "<p>If one is missing, ask your social worker for a copy.</p>",
            ),
            (
                "text",
                "<h2>Asking for your records</h2>"
                "<p>You can also ask to see the records children's services keep about you. Ask your social "
                "worker how to do this, or look on your council's website.</p>"
                "<p>Ask in writing, and keep a copy. Write down the date you asked. Ask how long it will take. If "
                "you think something is missing, ask why.</p>"
                "<h2>Court papers</h2>"
                "<p>Papers from a court case are kept in the court bundle. Your solicitor has it. Ask them for a "
                "copy of each order.</p>"
                "<p>Court papers are private. The law only lets them be shared in some ways. Do not share them "
                "or post them online unless your solicitor says you can.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Keep all your papers together in one safe place.",
                    "Ask your social worker for any copy you are missing.",
                    "Ask how to see the records children's services keep about you.",
                    "Write down the date you asked, and keep a copy.",
                    "Ask your solicitor for a copy of each court order.",
                ],
            ),
            (
                "details",
                "What if something in a record is wrong?",
                "<p>Write down what is wrong and why. Send it to your social worker. Ask for it to be kept with "
                "your records. If it is in a report for court, tell your solicitor.</p>",
            ),
            (
                "details",
                "Keeping a record for your child",
                "<p>Many young people want to know their own story when they are older. Keep letters, photos "
                "and papers that matter in a safe place.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "Read what you can expect from children's services, and how to get help.",
                    "link_slug": "your-rights",
                    "label": "Your rights",
                },
            ),
        ],
    },
]
