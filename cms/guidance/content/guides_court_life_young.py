"""Young people's versions (about 8 to 17) of the court-life guides: each pairs with a grown-up guide.

They speak to the child directly and keep only what matters to them. Same facts as the grown-up
guides (FACTS.md): the family court is not a criminal court; the children's guardian (Cafcass) tells
the judge what the child wishes and feels, and picks the child's solicitor, who follows the guardian
unless a child old enough to understand disagrees (FPR 16.29); experts need the court's permission;
"contact" is the legal word for family time; an appeal needs permission and is usually started
within 21 days; the Independent Reviewing Officer; special guardianship lasts until 18; young people
want a written record they can read when older. Under a care order the council, not the judge,
decides where a child lives, so these guides never say the judge decides that. Whether a child may
write to or meet the judge, or visit the court, is not in FACTS.md: the guides say "ask your
guardian". Childline: 0800 1111.
"""

from cms.guidance.content.guides_young_pre import CHILDLINE

GUIDES = [
    {
        "slug": "young-people-pre-birth-assessment",
        "title": "When a new baby is coming",
        "section": "pre-proceedings",
        "audience": "young_people",
        "summary": "A social worker wants to help make sure a new baby in your family will be safe and well.",
        "pair": "pre-birth-assessment",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Sometimes a social worker gets to know a family before a new baby is born. They want to make "
                "sure the baby will be safe and looked after well. This is called a pre-birth assessment.</p>"
                "<p>It is the job of the adults to sort things out. It is not your fault, and it is not your job "
                "to fix it.</p>",
            ),
            (
                "text",
                "<h2>You can have your say</h2>"
                "<p>The social worker may want to talk with you about your family. You can tell them what is "
                "going well and what is hard. You can ask them questions too.</p>",
            ),
            (
                "details",
                "What if I am the one having a baby?",
                "<p>Talk to an adult you trust, like a teacher, a nurse or your social worker. If you get a "
                "letter from children's services about your baby, ask for a solicitor straight away. A "
                "solicitor is a lawyer who can help you.</p>",
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
        "slug": "young-people-a-day-at-court",
        "title": "What happens at court",
        "section": "going-to-court",
        "audience": "young_people",
        "summary": "What happens on a day at the family court, and who is there.",
        "pair": "a-day-at-court",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>A hearing is a meeting at court with a judge. The family court is not like the courts on TV. "
                "No one is on trial. It is not about anything you did.</p>"
                "<h2>Who is there</h2>"
                "<ul>"
                "<li>the judge, or people called magistrates, who make the decisions</li>"
                "<li>lawyers for your parents, for the council and for you</li>"
                "<li>your social worker</li>"
                "<li>your guardian</li>"
                "</ul>"
                "<p>The judge reads the reports and listens to everyone. Your guardian tells the judge what you "
                "think and feel.</p>",
            ),
            (
                "text",
                "<h2>Going to court yourself</h2>"
                "<p>Your guardian is at court for you. If you would like to see the court, or meet the judge, "
                "ask your guardian if you can.</p>"
                "<h2>After the hearing</h2>"
                "<p>Hearings can take a long time. After each one, your guardian or social worker should tell "
                "you what happened. You can ask them to explain anything.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Tell your guardian what you want the judge to know.",
                    "Ask when the next hearing is.",
                    "Ask what happened, after each hearing.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-experts-in-court",
        "title": "When an expert meets your family",
        "section": "going-to-court",
        "audience": "young_people",
        "summary": "Sometimes an expert helps the judge by meeting your family and writing a report.",
        "pair": "experts-in-court",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>An expert is someone who knows a lot about one thing. For example, how children grow, or how "
                "people think and feel. In a court case, an expert may meet your family. Then they write a "
                "report for the judge.</p>"
                "<h2>The judge has to say yes</h2>"
                "<p>An expert can only help in a court case if the judge says yes first. The judge decides if "
                "an expert is needed.</p>",
            ),
            (
                "text",
                "<h2>If an expert wants to meet you</h2>"
                "<p>Your guardian or social worker can tell you who they are and why they want to meet you. You "
                "can ask questions first. You can say if you feel worried, or if you want a break.</p>",
            ),
            (
                "inset_text",
                "<p>The report is for the judge. You can ask your guardian what it says about you.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask who the expert is and why they are coming.",
                    "Say if you feel worried.",
                    "Ask your guardian what the report says about you.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-family-time",
        "title": "Seeing your family",
        "section": "going-to-court",
        "audience": "young_people",
        "summary": "If you do not live at home right now, family time is when you see or talk to your family.",
        "pair": "family-time",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Family time is when you see or talk to your family, if you do not live with them right now. "
                "It might be a visit, a phone call or a video call. Adults sometimes call it contact. It means "
                "the same thing.</p>"
                "<h2>The plan</h2>"
                "<p>Your social worker will tell you the plan for family time. Sometimes the judge makes "
                "decisions about it too. Sometimes another adult stays with you during family time. You can ask "
                "why.</p>",
            ),
            (
                "text",
                "<h2>Your feelings matter</h2>"
                "<p>You might look forward to family time. You might also feel nervous, sad or cross. All of "
                "these feelings are OK.</p>"
                "<p>Tell your social worker or guardian what you think. For example, if you want to see someone "
                "more, or less. Or if you want to see someone new, like a brother, sister or grandparent.</p>",
            ),
            (
                "inset_text",
                "<p>If someone cannot come to family time, it is not your fault.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask when your next family time is.",
                    "Say who you would like to see.",
                    "Tell someone if family time does not feel OK.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-appeals",
        "title": "If someone does not agree with the judge",
        "section": "after-the-court-case",
        "audience": "young_people",
        "summary": "Sometimes a person asks for the judge's decision to be looked at again. This is an appeal.",
        "pair": "appeals",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>After the final hearing, someone may think the judge got it wrong. They can ask for the "
                "decision to be looked at again. This is called an appeal.</p>"
                "<p>An appeal can only go ahead if a court says yes first. And it has to be asked for fast, "
                "usually within 21 days. That is 3 weeks.</p>",
            ),
            (
                "text",
                "<h2>What it means for you</h2>"
                "<p>Waiting to find out can be hard. Your guardian or social worker should tell you what is going "
                "on. You can ask them anything.</p>"
                "<p>If you do not agree with the decision yourself, tell your guardian or your solicitor straight "
                "away.</p>",
            ),
            (
                "inset_text",
                "<p>It is not your fault if the adults do not agree.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask what the decision means for you now.",
                    "Ask for news if you are not sure what is going on.",
                    "Tell your guardian or solicitor if you do not agree.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-life-after-proceedings",
        "title": "Growing up after the court case",
        "section": "after-the-court-case",
        "audience": "young_people",
        "summary": "What life can be like after the court case, and who can help you as you grow up.",
        "pair": "life-after-proceedings",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>The court case is over, but your life goes on. Here are some things that might help.</p>"
                "<h2>If you are in care</h2>"
                "<p>You have a care plan. It says how you will be looked after. Your Independent Reviewing "
                "Officer checks that the plan is working for you. You can tell them what you think.</p>"
                "<h2>If you live with a relative</h2>"
                "<p>If a special guardianship order was made, your relative or carer looks after you until you "
                "are 18. Your mum and dad are still your mum and dad.</p>",
            ),
            (
                "text",
                "<h2>Family time</h2>"
                "<p>If you do not live at home, you may still see or talk to your family. Tell your social worker "
                "who you would like to see.</p>"
                "<h2>Your story</h2>"
                "<p>You can ask for things to be written down, so you know your story as you grow up. Keep "
                "letters and photos that matter to you in a safe place.</p>",
            ),
            (
                "inset_text",
                "<p>Big changes can bring big feelings. It is OK to ask for help, at any age.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Say what would help you now.",
                    "Ask your social worker anything about your plan.",
                    "Tell someone if you are not happy.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-childrens-rights-in-court",
        "title": "Having your say in court",
        "section": "your-rights-and-help",
        "audience": "young_people",
        "summary": "How you can tell the judge what you think, and who can help you.",
        "pair": "childrens-rights-in-court",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>The court case is about your life, so what you think matters. The judge wants to know what "
                "you wish and feel.</p>"
                "<h2>Your guardian</h2>"
                "<p>Your guardian is from a group called Cafcass. They do not work for the council. They talk "
                "with you and tell the judge what you think. They also tell the judge what they think is best "
                "for you. Sometimes that is not the same as what you want.</p>",
            ),
            (
                "text",
                "<h2>Your solicitor</h2>"
                "<p>Your guardian picks a solicitor for you. A solicitor is a lawyer. Most of the time, your "
                "solicitor does what your guardian tells them.</p>"
                "<p>But you may not agree with your guardian. If so, tell your solicitor. If you are old enough "
                "to understand the case, your solicitor can take what you say to the judge instead.</p>",
            ),
            (
                "text",
                "<h2>Other ways to have your say</h2>"
                "<ul>"
                "<li>You could write to the judge. Ask your guardian if you can, and how.</li>"
                "<li>You can ask for an advocate. This is someone who helps you say what you think.</li>"
                "<li>You can talk, write, draw or send a message, in the way that suits you.</li>"
                "</ul>"
                "<p>The judge may not do all you ask. But you should be told what was decided, and why.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Tell your guardian what you think and feel.",
                    "Tell your solicitor if you do not agree with your guardian.",
                    "Ask your guardian if you can write to the judge.",
                ],
            ),
            CHILDLINE,
        ],
    },
    {
        "slug": "young-people-getting-your-records",
        "title": "Your story in writing",
        "section": "your-rights-and-help",
        "audience": "young_people",
        "summary": "You can ask for things to be written down for you, and ask to see what is written about you.",
        "pair": "getting-your-records",
        "review_months": 12,
        "body": [
            (
                "text",
                "<p>Social workers write things down about you and your family. For example, notes of meetings, "
                "plans and reports. These are called records.</p>"
                "<p>Lots of young people want to know their own story. You can ask for important things to be "
                "written down for you, so you can read them when you are older.</p>",
            ),
            (
                "text",
                "<h2>Seeing your records</h2>"
                "<p>If you want to see what is written about you, ask your social worker how. Some things may be "
                "hard to read. It can help to have an adult you trust with you.</p>",
            ),
            (
                "inset_text",
                "<p>If something written about you is wrong, you can say so. Ask your social worker to write "
                "down what you think too.</p>",
            ),
            (
                "what_you_can_do_now",
                [
                    "Ask for big decisions to be explained and written down for you.",
                    "Keep letters and photos that matter to you in a safe place.",
                    "Ask your social worker how to see your records.",
                ],
            ),
            CHILDLINE,
        ],
    },
]
