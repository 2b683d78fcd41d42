"""Guides for children and young people (about 8 to 17): before court and pre-proceedings.

Each one is the young people's version of a grown-up guide ("pair"). Same facts as the grown-up
guides, said more simply: a child protection plan is not a court step, and no court is involved in it
or in pre-proceedings (FACTS.md, "Before pre-proceedings" and "Pre-proceedings"). Childline: 0800 1111.
"""

CHILDLINE = (
    "details",
    "Who can I talk to?",
    "<p>You can talk to your social worker, a teacher or another adult you trust.</p>"
    '<p>You can also call Childline on <a href="tel:08001111">0800 1111</a>. You can talk to them about how you '
    "feel.</p>",
)

GUIDES = [
    {
        "slug": "young-people-support-from-childrens-services",
        "title": "When a social worker helps your family",
        "section": "when-childrens-services-are-worried",
        "audience": "young_people",
        "summary": "A social worker is helping your family. Here is what that means for you.",
        "pair": "support-from-childrens-services",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Lots of families get help at some time. A social worker is someone whose job is to help "
                "children be safe and well. They work for a part of the council called children's services.</p>"
                "<h2>What they do</h2>"
                "<p>They talk with your family about what is going well and what is hard. Then they make a plan "
                "with your family to help.</p>"
                "<p>They may want to talk with you too. They want to know how you feel.</p>",
            ),
            (
                "inset_text",
                "<p>It is not your fault that your family needs help. It is the job of the adults to sort things "
                "out.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask your social worker what is going on.",
                    "Say how you feel, if you want to.",
                    "Talk to someone you trust.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-child-protection-plans",
        "title": "A plan to keep you safe",
        "section": "when-childrens-services-are-worried",
        "audience": "young_people",
        "summary": "Some adults are worried about your safety, so they have made a plan to help keep you safe.",
        "pair": "child-protection-plans",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Sometimes adults worry that a child is not safe at home. When that happens, they have a "
                "meeting. They talk about how to keep the child safe. They may make a child protection plan.</p>"
                "<h2>What the plan says</h2>"
                "<p>The plan says what needs to change at home. It also says who will help your family.</p>"
                "<h2>Meetings to check the plan</h2>"
                "<p>The adults meet again to check how things are going. If you are older, you may be asked if "
                "you want to go. You may get to read the reports too.</p>"
                "<h2>Is this about court?</h2>"
                "<p>No. A child protection plan is about help and keeping you safe. No judge is involved.</p>",
            ),
            (
                "inset_text",
                "<p>Your views matter. You can tell your social worker what you think about the plan.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask your social worker to explain the plan.",
                    "Tell them what would help you feel safe.",
                    "Ask questions at any time.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-letter-before-proceedings",
        "title": "The letter your family got",
        "section": "pre-proceedings",
        "audience": "young_people",
        "summary": "Your mum, dad or carer has had an important letter. Here is what it means for you.",
        "pair": "letter-before-proceedings",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Sometimes social workers get very worried about how things are at home. Then they send a "
                "letter to your mum, dad or carer. It is called a letter before proceedings.</p>"
                "<p>The letter says what the worries are. It says what needs to change. It asks the adults to "
                "come to a meeting.</p>"
                "<h2>Is it my fault?</h2>"
                "<p>No. It is not your fault. It is the job of the adults to sort this out.</p>",
            ),
            (
                "text",
                "<h2>What happens next</h2>"
                "<p>The adults will meet and make a plan to help your family. Everyone wants things to get "
                "better, so that no one needs to go to court.</p>"
                "<p>Your mum, dad or carer can get help from a lawyer. A lawyer knows about the law and can help "
                "them.</p>",
            ),
            (
                "inset_text",
                "<p>You can ask your social worker what is going on. You can ask as many times as you need.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask questions.",
                    "Say how you feel.",
                    "Talk to someone you trust.",
                ],
            ),
            (
                "call_to_action",
                {
                    "text": "Your family may have a meeting to make a plan. You can say who matters to you.",
                    "link_slug": "young-people-family-network",
                    "label": "People who matter to you",
                },
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-what-is-pre-proceedings",
        "title": "What pre-proceedings means",
        "section": "pre-proceedings",
        "audience": "young_people",
        "summary": "This is a time when adults try hard to help your family, so a court does not need to decide.",
        "pair": "what-is-pre-proceedings",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Pre-proceedings is a long word. It means before court. It is a time for your family and "
                "social workers to try to fix the worries together.</p>"
                "<p>There is no court case. No judge is involved yet.</p>"
                "<h2>What happens</h2>"
                "<ul>"
                "<li>The adults meet to make a plan.</li>"
                "<li>People may talk with your family to find out how things are.</li>"
                "<li>Your family gets help to make changes.</li>"
                "<li>There are more meetings to check how it is going.</li>"
                "</ul>",
            ),
            (
                "text",
                "<h2>How long it lasts</h2>"
                "<p>It often lasts about 3 or 4 months. Sometimes it takes longer.</p>"
                "<h2>How it can end</h2>"
                "<p>If things get better, it stops. If the worries are still big, a judge may be asked to help "
                "decide.</p>",
            ),
            (
                "inset_text",
                "<p>What you think matters. You can tell your social worker how you feel at any time.</p>",
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-pre-proceedings-meeting",
        "title": "The meeting about your family",
        "section": "pre-proceedings",
        "audience": "young_people",
        "summary": "The adults meet to agree a plan to help your family. Here is what happens.",
        "pair": "pre-proceedings-meeting",
        "review_months": 12,
        "body": [
            (
                "text",
                "<h2>Who goes</h2>"
                "<ul>"
                "<li>your mum, dad or carers</li>"
                "<li>their lawyers</li>"
                "<li>your social worker and their boss</li>"
                "<li>a lawyer for the council</li>"
                "</ul>"
                "<p>Sometimes older children go too. If you want to go, ask your social worker.</p>",
            ),
            (
                "text",
                "<h2>What happens</h2>"
                "<p>The social worker says what they are worried about. Your family says what they think. Then "
                "they agree a plan to help. The plan is written down.</p>"
                "<h2>Having your say</h2>"
                "<p>Before the meeting, you can tell your social worker what you want the adults to know. You "
                "could say it, write it or draw it. You can ask them to share it at the meeting.</p>",
            ),
            (
                "inset_text",
                "<p>After the meeting, your social worker should tell you about the plan in a way you understand.</p>",
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-assessments",
        "title": "When people get to know your family",
        "section": "pre-proceedings",
        "audience": "young_people",
        "summary": "An assessment is when people find out more about your family, so they know how to help.",
        "pair": "assessments",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>An assessment is a way to find out how things are for your family. It helps the adults know "
                "what is going well and what help is needed.</p>"
                "<h2>What might happen</h2>"
                "<ul>"
                "<li>Someone may visit your home.</li>"
                "<li>They may talk with your mum, dad or carer.</li>"
                "<li>They may talk with other family, like a gran or an aunt, to see if they can help.</li>"
                "<li>They may ask what you think.</li>"
                "</ul>",
            ),
            (
                "text",
                "<h2>If they talk with you</h2>"
                "<p>There are no right or wrong answers. You can say how you feel. If you do not want to talk "
                "about something, you can say so.</p>"
                "<p>You can ask why they want to know, and who they will tell.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask who is coming and why.",
                    "Say how you feel, if you want to.",
                    "Ask what happens next.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-how-pre-proceedings-can-end",
        "title": "What happens at the end",
        "section": "pre-proceedings",
        "audience": "young_people",
        "summary": "The adults decide what should happen next for your family. Here is what they might decide.",
        "pair": "how-pre-proceedings-can-end",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>After a few months, the adults meet again. They look at how things are going. Then they "
                "decide what happens next.</p>"
                "<h2>What they might decide</h2>"
                "<ul>"
                "<li>Things are better, so there will be no court case. Your family may still get help.</li>"
                "<li>Your family needs a bit more time.</li>"
                "<li>The worries are still big, so they ask a judge to help decide.</li>"
                "</ul>",
            ),
            (
                "inset_text",
                "<p>Your social worker will tell you what has been decided. You can ask them to explain it.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask what has been decided.",
                    "Ask what it means for you.",
                    "Say how you feel about it.",
                ],
            ),
            CHILDLINE,
        ],
    },
]
