"""Your family network: a grown-ups' guide and its young people's version.

Facts: who is in a child's family network (parents, anyone with parental responsibility, relatives,
friends and others connected with the child), and the duty to offer a family group decision-making
meeting before applying for a care or supervision order, made in the letter before proceedings,
unless the council decides the offer or meeting is not in the child's best interests (new s31ZA
Children Act 1989, added by the Children's Wellbeing and Schools Act). Its start date is set by
regulations and was not confirmed, so the guides give no date and send parents to their solicitor.
Family group conferences: family-led, an independent coordinator, private family time, the family's
own plan, which children's services agree if it is safe (frg.org.uk); review dates and the family
plan among the papers of pre-proceedings (frg.org.uk, "What happens at a pre-proceedings meeting").
Viability assessments of relatives and friends (dfjsocialworkpracticeguide.org, chapter 6). Free
legal advice for parents with the letter, and means and merits tests for other relatives (frg.org.uk
A to Z, "legal aid"): a relative may read the grown-ups' guide, so it never tells them advice is free.
Childline: 0800 1111.

What the portal does with a family's list ("People who matter to me", "What I want people to know",
who sees them, and that the portal contacts no one) describes this portal, not the law: keep these
guides in step with the family network feature in portal/ if it changes.
"""

from cms.guidance.content.guides_young_pre import CHILDLINE

SECTION = "pre-proceedings"

GROWN_UP = {
    "slug": "family-network",
    "title": "Your family network",
    "section": SECTION,
    "audience": "adults",
    "summary": "Family and friends can help your child, and a family meeting lets them make a plan with you.",
    "pair": "young-people-family-network",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>Your family network is the people who care about your child and could help. It can "
            "include:</p>"
            "<ul>"
            "<li>you, and your child's other parent</li>"
            "<li>anyone else with parental responsibility, which means the legal rights and duties a "
            "parent has</li>"
            "<li>grandparents, aunts, uncles, brothers, sisters and cousins</li>"
            "<li>friends, neighbours and other people your child knows well</li>"
            "</ul>"
            "<h2>Why it helps to start early</h2>"
            "<p>Sometimes a child cannot stay at home for a while. Then the people in your network are the "
            "best chance of your child staying in the family, with people they know.</p>"
            "<p>The sooner you think about who could help, the more time there is to plan. If someone may "
            "need to be checked as a carer, that can start sooner too.</p>",
        ),
        (
            "text",
            "<h2>Making a list in the portal</h2>"
            "<p>In the portal, you can list the people who could help. For each person, you can add their "
            "name, how they know your child, and how to reach them.</p>"
            "<p>You can also say what they might be able to do. Help can be big or small. Someone might:</p>"
            "<ul>"
            "<li>give you or your child a place to stay</li>"
            "<li>look after the children sometimes</li>"
            "<li>give the children lifts to school</li>"
            "<li>come to meetings with you</li>"
            "<li>care for your child, if your child cannot live with you</li>"
            "</ul>"
            "<h2>Who sees your list</h2>"
            "<p>The workers who help your family can see your list. Other people in your family cannot see "
            "it, unless you choose to show them. Children and young people do not see it.</p>",
        ),
        (
            "inset_text",
            "<p>The portal does not contact anyone on your list. Your worker will only get in touch with "
            "someone on it after they have talked with you.</p>",
        ),
        (
            "text",
            "<h2>The family meeting</h2>"
            "<p>A family group decision-making meeting is a meeting where your family network makes a plan "
            "for your child. You may hear it called a family group conference or a family network meeting.</p>"
            "<p>A coordinator helps set it up. They are independent, which means they are not your social "
            "worker. They talk with you about who to ask.</p>"
            "<p>At the meeting, the social worker explains the worries. Then comes private family time. The "
            "family talks on its own, with no workers in the room, and makes its plan. The plan says who will "
            "do what.</p>"
            "<p>Children's services agree to the plan if it keeps your child safe. Later, the plan is "
            "reviewed, to check it is working and change it if it needs to.</p>"
            "<h2>If someone could care for your child</h2>"
            "<p>If someone in your network could care for your child, children's services may do a viability "
            "assessment. This is a first check on whether a relative or friend could care for your child. A "
            "fuller check may follow.</p>",
        ),
        (
            "inset_text",
            "<p>The law is changing. The Children's Wellbeing and Schools Act says the council must offer you "
            "this meeting in the letter before proceedings. If you, or anyone else with parental "
            "responsibility, says yes, the meeting must happen before the council goes to court. The council "
            "does not have to offer it if it decides the meeting would not be in your child's best "
            "interests.</p>"
            "<p>This part of the law may not have started yet. Ask your solicitor if it applies to you.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Add the people who could help to your list in the portal.",
                "Ask each person first if they are happy to help.",
                "Think about what each person could do, big or small.",
                "Ask your worker about a family meeting.",
                "Talk to your solicitor about who could help.",
            ],
        ),
        (
            "call_to_action",
            {
                "text": "If you are a parent with a letter before proceedings, legal advice is free for you. "
                "No one checks your income.",
                "link_slug": "free-legal-advice",
                "label": "Get free legal advice",
            },
        ),
        (
            "details",
            "I am a relative or friend. How can I help?",
            "<p>Tell the parent and the worker that you want to help, and how. You may be asked to come to "
            "the family meeting. If you could care for the child, you may be asked to have an assessment.</p>"
            "<p>You can get your own legal advice. It is not always free for relatives and friends. A "
            "solicitor can tell you if you can get help with the cost.</p>",
        ),
        (
            "details",
            "What if I do not want someone to be involved?",
            "<p>Tell your worker or the coordinator, and say why. They will talk it through with you. If "
            "someone is not safe for you or your child to be around, tell your worker straight away.</p>",
        ),
    ],
}

YOUNG_PEOPLE = {
    "slug": "young-people-family-network",
    "title": "People who matter to you",
    "section": SECTION,
    "audience": "young_people",
    "summary": "The people who care about you can help your family, and you can tell your worker who they are.",
    "pair": "family-network",
    "review_months": 12,
    "body": [
        (
            "text",
            "<p>Lots of people may care about you. Your mum, dad or carer. Your gran, aunt, uncle, brother, "
            "sister or cousin. A family friend, or a neighbour you know well.</p>"
            "<p>All these people together are sometimes called your family network.</p>"
            "<h2>How they can help</h2>"
            "<p>When a family is having a hard time, these people can help. They might help out at home, or "
            "take you to school. If you cannot live at home for a while, one of them may be able to look "
            "after you. Then you could stay with people you know.</p>",
        ),
        (
            "inset_text",
            "<p>It is not your job to find someone to look after you. That is for the adults to sort out. "
            "But what you think matters.</p>",
        ),
        (
            "text",
            "<h2>The family meeting</h2>"
            "<p>Your family may have a special meeting to make a plan for you. A person called a coordinator "
            "helps set it up. They are not your social worker.</p>"
            "<p>First, the social worker says what they are worried about. Then your family talks on its own, "
            "with no workers in the room. They make a plan to help keep you safe and well. Later, they check "
            "that the plan is working.</p>"
            "<p>If you want to go to the meeting, or have your say, ask your worker. Your worker is the social "
            "worker or family support worker who helps your family.</p>",
        ),
        (
            "text",
            "<h2>Your own space in the portal</h2>"
            "<p>In the portal, there are two places just for you to write in:</p>"
            "<ul>"
            "<li><strong>People who matter to me:</strong> who you care about, and why.</li>"
            "<li><strong>What I want people to know:</strong> how you feel, or what you would like to "
            "happen.</li>"
            "</ul>"
            "<p>Only you and your worker can see what you write there. Your mum, dad or carer cannot see "
            "it.</p>",
        ),
        (
            "inset_text",
            "<p>If you write something that means you or someone else is not safe, your worker must tell "
            "people who can help keep everyone safe. Your worker will talk to you about it first, if they "
            "can.</p>",
        ),
        (
            "what_you_can_do_now",
            [
                "Write down the people who matter to you.",
                "Tell your worker what you want people to know.",
                "Ask about the family meeting.",
                "Ask questions at any time.",
            ],
        ),
        CHILDLINE,
    ],
}

GUIDES = [GROWN_UP, YOUNG_PEOPLE]
