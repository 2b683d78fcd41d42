"""Grown-up guides for pre-proceedings.

Facts: what pre-proceedings is, the letter before proceedings and what it should contain, the
meeting and the written agreement (frg.org.uk; coppguidance.rip.org.uk); free legal advice that is
not means-tested once a parent has the letter (frg.org.uk A to Z, "legal aid"); family group
conferences (frg.org.uk); assessments and the "period for change" of about 12 to 16 weeks
(dfjsocialworkpracticeguide.org); how pre-proceedings ends, and about a quarter of cases kept out
of court (Masson and Dickens, "Partnership by law?"). The Children's Wellbeing and Schools Act duty
to offer a family meeting (new s31ZA Children Act 1989: the offer is made in the letter before
proceedings, and need not be made if the council decides it is not in the child's best interests) is
mentioned without a start date, which is set by regulations and still needs checking.

The meeting's date is in the letter, usually soon after it, often one to two weeks (FACTS.md): the
guides never say "within a few weeks". Only parents and anyone with parental responsibility get
advice without a means test once the letter arrives; other relatives are usually means- and
merits-tested before and during court (frg.org.uk A to Z, "legal aid"). Relatives read the family
meeting and assessment guides, so those say plainly that advice may not be free for them. A child
protection plan is not pre-proceedings: see guides_before.
"""

SECTION = "pre-proceedings"

LEGAL_ADVICE_CTA = (
    "call_to_action",
    {
        "text": "Once you have a letter before proceedings, legal advice is free for you. No one checks your income.",
        "link_slug": "free-legal-advice",
        "label": "Get free legal advice",
    },
)

GUIDES = [
    {
        "slug": "what-is-pre-proceedings",
        "title": "What pre-proceedings is",
        "section": SECTION,
        "audience": "adults",
        "summary": "Pre-proceedings is the formal step before a court case: a chance to sort out the worries "
        "without going to court.",
        "pair": "young-people-what-is-pre-proceedings",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Pre-proceedings is a formal stage that comes before any court case. Some people call it "
                "the PLO stage. The court is not involved yet.</p>"
                "<p>Children's services use it when they are very worried about a child. They want to work with "
                "you to sort out the worries, so that court is not needed. If that does not work, they use this "
                "time to get ready to ask a court to decide.</p>"
                "<h2>How it starts</h2>"
                "<p>It starts with a letter called a letter before proceedings. The letter goes to each parent. "
                "It also goes to anyone else with parental responsibility. This means the legal rights and duties "
                "a parent has for a child.</p>",
            ),
            (
                "text",
                "<h2>What happens during pre-proceedings</h2>"
                "<ul>"
                "<li>a meeting to talk about the worries and agree a plan</li>"
                "<li>assessments, where people find out more about your family</li>"
                "<li>support to help things change</li>"
                "<li>review meetings to check how it is going</li>"
                "</ul>"
                "<h2>How long it lasts</h2>"
                "<p>It is meant to be a set time for change. This is often about 12 to 16 weeks. For some "
                "families it lasts longer.</p>"
                "<p>It can start while someone is pregnant. Then there may be an assessment before the baby is "
                "born.</p>",
            ),
            (
                "inset_text",
                "<p>In an emergency, children's services can go straight to court without pre-proceedings. This "
                "should not be the usual way.</p>",
            ),
            LEGAL_ADVICE_CTA,
            (
                "what_you_can_do_now",
                [
                    "Take the letter to a solicitor who knows children law.",
                    "Go to the meeting with your solicitor.",
                    "Keep every letter and report you are given.",
                    "Ask questions when something is not clear.",
                ],
            ),
            (
                "details",
                "What does PLO mean?",
                "<p>PLO stands for Public Law Outline. It is the set of court rules for care cases. People often "
                "say PLO when they mean pre-proceedings too. This can be confusing, so ask what they mean.</p>",
            ),
            (
                "details",
                "Is this the same as a child protection plan?",
                "<p>No. A child protection plan is about help and safety at home, and it is not a step towards "
                "court. Pre-proceedings is the formal step before court, and it starts with a letter before "
                "proceedings.</p>"
                "<p>If you are not sure which one you are in, ask your worker. Ask them what each plan or letter "
                "needs you to do.</p>",
            ),
        ],
    },
    {
        "slug": "letter-before-proceedings",
        "title": "The letter before proceedings",
        "section": SECTION,
        "audience": "adults",
        "summary": "What the letter before proceedings means, what to do today, and how to get free legal advice.",
        "pair": "young-people-letter-before-proceedings",
        "review_months": 12,
        "body": [
            ("warning_text", "Do not ignore this letter. Take it to a solicitor as soon as you can."),
            (
                "text",
                "<p>This letter means children's services are very worried about your child. They are thinking "
                "about asking a court to decide what happens. Court has not started.</p>"
                "<p>The letter is also a chance. It asks you to work with them to sort out the worries. Nothing "
                "has been decided yet, and you still have a say.</p>"
                "<p>You may hear it called a PLO letter or a pre-proceedings letter. They all mean the same "
                "thing.</p>",
            ),
            LEGAL_ADVICE_CTA,
            (
                "what_you_can_do_now",
                [
                    "Read the letter, or ask someone you trust to read it with you.",
                    "Call a children law solicitor today.",
                    "Give or send the solicitor a copy of the letter.",
                    "Write down the date and place of the meeting.",
                    "Tell your worker straight away if you cannot go on that date.",
                ],
            ),
            (
                "text",
                "<h2>What the letter should tell you</h2>"
                "<ul>"
                "<li>what they are worried about</li>"
                "<li>what needs to change</li>"
                "<li>how to get a solicitor, often with a list of local ones</li>"
                "<li>the date and place of a meeting, or if it will be by video</li>"
                "<li>any assessments or support they plan</li>"
                "<li>what will happen next</li>"
                "</ul>"
                "<p>The letter goes to each parent, and to anyone else with parental responsibility. It should "
                "be clear and honest, and give you fair notice of the meeting.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "The letter may offer a family meeting. Start thinking now about family and friends "
                    "who could help.",
                    "link_slug": "family-network",
                    "label": "Your family network",
                },
            ),
            (
                "details",
                "What if I cannot read the letter?",
                "<p>Ask someone you trust to read it with you. Your solicitor can also go through it with you, "
                "line by line.</p>"
                "<p>You can ask children's services for the letter in another language or in easy read. Tell "
                "them what works for you.</p>",
            ),
            (
                "details",
                "What if I have lost the letter?",
                "<p>Ask your social worker for another copy. Tell the solicitor too. Do not let it stop you "
                "getting advice.</p>",
            ),
        ],
    },
    {
        "slug": "free-legal-advice",
        "title": "Free legal advice",
        "section": "your-rights-and-help",
        "audience": "adults",
        "summary": "If you have a letter before proceedings, you can get free legal advice whatever your income.",
        "pair": None,
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Are you a parent, or do you have parental responsibility? Do you have a letter before "
                "proceedings? Then legal advice is free for you.</p>"
                "<p>It is not means-tested. This means no one checks your income or your savings.</p>"
                "<p>The solicitor can advise you and talk to children's services for you. They can also come to "
                "the meeting with you.</p>"
                "<p>If the case goes to court, parents, and anyone with parental responsibility, get free legal "
                "aid for that too. It does not depend on your income or your case.</p>",
            ),
            (
                "details",
                "Should I use the legal aid checker on GOV.UK first?",
                "<p>No, you do not need it. That checker asks about your money. With a letter before "
                "proceedings, your advice is free anyway. Go straight to a children law solicitor.</p>",
            ),
            (
                "text",
                "<h2>How to find a children law solicitor</h2>"
                "<p>Choose a solicitor who knows children law well. Your letter often comes with a list of local "
                "ones.</p>"
                "<p>You can also search the Law Society's "
                '<a href="https://solicitors.lawsociety.org.uk/">Find a Solicitor</a> website. Look for '
                "solicitors with Children Law Accreditation. This is a quality mark for solicitors who know this "
                "area of law.</p>"
                "<h2>What to take to the solicitor</h2>"
                "<ul>"
                "<li>the letter before proceedings</li>"
                "<li>any other letters, plans or reports you have</li>"
                "<li>the dates of any meetings</li>"
                "<li>a list of your questions</li>"
                "</ul>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Find a children law solicitor today.",
                    "Phone them, or send them a copy of the letter.",
                    "Make a list of your questions.",
                    "Ask the solicitor to come to the meeting with you.",
                ],
            ),
            (
                "text",
                "<h2>Advice lines</h2>"
                "<p>The Family Rights Group advice line is on "
                '<a href="tel:08088010366">0808 801 0366</a>. It is open on weekdays from 9.30am to 3pm. For '
                "textphone, dial 18001 first. The line is busy, so you may need to try more than once.</p>"
                '<p><a href="https://childlawadvice.org.uk/">Coram Child Law Advice</a> has advice about child '
                "and family law in England.</p>",
            ),
            (
                "details",
                "What about grandparents and other relatives?",
                "<p>Relatives who do not have parental responsibility do not get free advice in the same way. "
                "They usually have to pass a test on their income and on their case. This is the same before "
                "court and if the case goes to court.</p>"
                "<p>A solicitor can tell them if they can get help with the cost.</p>",
            ),
        ],
    },
    {
        "slug": "pre-proceedings-meeting",
        "title": "The pre-proceedings meeting",
        "section": SECTION,
        "audience": "adults",
        "summary": "Who comes to the pre-proceedings meeting, what to bring, and what the written agreement is.",
        "pair": "young-people-pre-proceedings-meeting",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>The letter before proceedings asks you to a meeting. It is a chance to hear the worries, "
                "give your side and agree a plan. The meeting may be in a room or by video.</p>"
                "<h2>When it is</h2>"
                "<p>The date, time and place are in the letter. The meeting is usually soon, often only a week "
                "or two after the letter. So call a solicitor straight away.</p>"
                "<p>If you cannot go on that date, tell your worker at once.</p>"
                "<h2>Who comes</h2>"
                "<ul>"
                "<li>you, with your solicitor</li>"
                "<li>the other parent, with their own solicitor</li>"
                "<li>your social worker, often with their manager</li>"
                "<li>a solicitor for the council</li>"
                "<li>sometimes an older child</li>"
                "</ul>"
                "<h2>What happens</h2>"
                "<p>The social worker explains the worries. Then you and your solicitor reply. You can say what "
                "is going well and what help you need. Then you work out a plan together.</p>",
            ),
            (
                "text",
                "<h2>The written agreement</h2>"
                "<p>The plan is often written down as an agreement. It says what you will do and what help you "
                "will get.</p>"
                "<p>It may also list assessments, dates for review meetings and a family group conference. A "
                "family group conference is a meeting where your family makes its own plan.</p>"
                "<p>Read the agreement with your solicitor before you sign it. Ask for changes if something is "
                "wrong or not fair.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Bring the letter and any other papers you have.",
                    "Write down what you want to say.",
                    "Make a list of family and friends who could help.",
                    "Ask for a break if you need one.",
                    "Ask for a copy of the notes and the plan.",
                ],
            ),
            (
                "call_to_action",
                {
                    "text": "Your solicitor can come to the meeting with you. It is free once you have the letter.",
                    "link_slug": "free-legal-advice",
                    "label": "Get free legal advice",
                },
            ),
            (
                "details",
                "Can I bring someone with me?",
                "<p>Ask your solicitor and your worker before the meeting. Some people bring a supporter or an "
                "advocate. An advocate is someone who helps you have your say.</p>",
            ),
            (
                "details",
                "What if I get upset in the meeting?",
                "<p>That is normal. You can ask for a short break. Your solicitor can speak for you while you "
                "take a moment.</p>",
            ),
            (
                "inset_text",
                "<p>After the meeting, you should get the notes and the written plan. Keep them safe with your "
                "letter.</p>",
            ),
        ],
    },
    {
        "slug": "family-group-conferences",
        "title": "Family group conferences and family network meetings",
        "section": SECTION,
        "audience": "adults",
        "summary": "A family group conference is a meeting where your family makes its own plan to keep a child safe.",
        "pair": None,
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>A family group conference is a meeting led by your family. You may hear it called a family "
                "network meeting or a family group decision-making meeting. It brings together the people who "
                "care about your child. This could be grandparents, aunts, uncles, friends or neighbours.</p>"
                "<h2>How it works</h2>"
                "<p>A coordinator helps set it up. They are independent. This means they are not your social "
                "worker.</p>"
                "<p>At the meeting, the social worker shares the worries. Then your family has private time, "
                "with no workers in the room. You talk it through and write your own plan.</p>"
                "<p>Children's services agree to the plan if it keeps your child safe.</p>",
            ),
            (
                "text",
                "<h2>Why it can help</h2>"
                "<p>Your family knows your child best. A family plan shows who will help, and how. It can also "
                "show who could care for your child if they cannot live with you for a while.</p>",
            ),
            (
                "inset_text",
                "<p>The law is changing. The Children's Wellbeing and Schools Act says the council must offer a "
                "family meeting like this in the letter before proceedings. If a parent, or anyone else with "
                "parental responsibility, says yes, the meeting must happen before the council goes to court. "
                "The council does not have to offer it if it decides the meeting would not be in your child's "
                "best interests.</p>"
                "<p>This part of the law may not have started yet. Ask your solicitor if it applies to you.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask your worker for a family group conference.",
                    "Make a list of people who care about your child.",
                    "Think about who could help, and how.",
                    "Tell the coordinator who should come.",
                ],
            ),
            (
                "details",
                "What if I do not want some people there?",
                "<p>Tell the coordinator. They will talk with you about who should come and why.</p>",
            ),
            (
                "details",
                "I am a relative or friend. Is legal advice free for me?",
                "<p>Not always. Free advice without a check on income is for parents, and anyone with parental "
                "responsibility, who have a letter before proceedings.</p>"
                "<p>Other relatives and friends usually have a test on their income and their case. A solicitor "
                "can tell you if you can get help with the cost.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": "You can list the people who could help in the portal. Find out who sees your list.",
                    "link_slug": "family-network",
                    "label": "Your family network",
                },
            ),
            LEGAL_ADVICE_CTA,
        ],
    },
    {
        "slug": "assessments",
        "title": "Assessments",
        "section": SECTION,
        "audience": "adults",
        "summary": "What assessments are, the kinds you may be asked to do, and how to take part.",
        "pair": "young-people-assessments",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>An assessment is a way of finding out more about your family. It helps everyone see what is "
                "going well, what the worries are and what help you need.</p>"
                "<h2>Kinds of assessment</h2>"
                "<ul>"
                "<li><strong>Parenting assessment:</strong> looks at how you care for your child.</li>"
                "<li><strong>Viability assessment:</strong> a first check on whether a relative or friend could "
                "care for your child.</li>"
                "<li><strong>Special guardianship assessment:</strong> a fuller check on a relative or friend "
                "who may care for your child for the long term.</li>"
                "<li><strong>Hair strand test:</strong> a test on a small piece of hair, to check for drugs or "
                "alcohol.</li>"
                "<li><strong>DNA test:</strong> a test to check who a child's parent is.</li>"
                "<li><strong>Psychological or psychiatric assessment:</strong> an expert looks at your mental "
                "health and how you cope.</li>"
                "</ul>"
                "<p>Some assessments start before a baby is born. This is called a pre-birth assessment.</p>",
            ),
            (
                "text",
                "<h2>Before an assessment starts</h2>"
                "<p>Children's services should tell you why they want it, what it involves and who will do it. "
                "Your solicitor should see the letter that asks for the assessment. This is called a letter of "
                "instruction.</p>"
                "<h2>Getting the report</h2>"
                "<p>You should get a copy of each report. Read it with your solicitor. If something is wrong, "
                "say so.</p>"
                "<p>There will be review meetings to check how things are going.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Go to every session you are asked to.",
                    "Be honest about what is hard.",
                    "Say if you need help to take part, for example with reading.",
                    "Read each report with your solicitor.",
                    "Write down anything you think is wrong.",
                ],
            ),
            (
                "details",
                "What if I have a learning disability or find reading hard?",
                "<p>Tell your worker and your solicitor early. Ask for the assessment to be done in a way that "
                "works for you. You can also ask for an advocate to help you.</p>",
            ),
            (
                "details",
                "I am a relative who is being assessed. Can I get legal advice?",
                "<p>Yes, you can get your own advice. But it may not be free for you. Relatives who do not have "
                "parental responsibility usually have a test on their income and their case.</p>"
                "<p>A solicitor can tell you if you can get help with the cost.</p>",
            ),
            (
                "call_to_action",
                {
                    "text": (
                        "If you are a parent with a letter before proceedings, your solicitor can check "
                        "assessment plans and reports with you, for free."
                    ),
                    "link_slug": "free-legal-advice",
                    "label": "Get free legal advice",
                },
            ),
        ],
    },
    {
        "slug": "how-pre-proceedings-can-end",
        "title": "How pre-proceedings can end",
        "section": SECTION,
        "audience": "adults",
        "summary": "Pre-proceedings can end in three main ways. Here is what each one means for you.",
        "pair": "young-people-how-pre-proceedings-can-end",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Near the end of the set time, there is a review meeting. Children's services then decide "
                "what happens next. They should write to you to tell you.</p>"
                "<h2>1. The worries are sorted out</h2>"
                "<p>If things have changed enough, pre-proceedings ends. Your family may still get support, for "
                "example through a child protection plan or a child in need plan. This is sometimes called "
                "stepping down.</p>"
                "<h2>2. More time is given</h2>"
                "<p>Sometimes children's services give more time. This may be to finish an assessment, or to "
                "see that changes last.</p>"
                "<h2>3. They decide to go to court</h2>"
                "<p>If they are still very worried, they may ask the family court to decide. They may send you "
                "a letter of intent. This says they plan to start care proceedings.</p>",
            ),
            (
                "inset_text",
                "<p>One study found that about 1 in 4 families in pre-proceedings did not go on to court.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Go to every review meeting.",
                    "Ask what still needs to change.",
                    "Keep the letter that tells you how it has ended.",
                    "Call your solicitor straight away if you get a letter of intent.",
                ],
            ),
            LEGAL_ADVICE_CTA,
            (
                "details",
                "What papers should I have by now?",
                "<p>You may have:</p>"
                "<ul>"
                "<li>the letter before proceedings</li>"
                "<li>notes from meetings</li>"
                "<li>the written agreement</li>"
                "<li>assessment plans and reports</li>"
                "<li>a letter that says how pre-proceedings has ended</li>"
                "<li>your family plan, if you had a family group conference</li>"
                "</ul>"
                "<p>Keep them together. Your solicitor may need them.</p>",
            ),
        ],
    },
]
