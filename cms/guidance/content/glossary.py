"""Glossary terms: a plain meaning for grown-ups and one for children and young people.

"avoid" marks words the Family Justice Young People's Board "word busting" idea says to replace,
or to explain every time they must be used (cafcass.gov.uk, FJYPB glossary and word busting).
"also" lists other forms of the word that should be linked to the same entry. "not_in" (optional)
lists phrases in which the word means something else ("contact us" is not family time), so pages
never explain it there (cms/glossary/matching.py).

Meanings speak to families: what the word means for them and what they can do, never advice to
professionals about which word to use (the A to Z page adds its own note to "avoid" words).

Facts come from /work/shared/FACTS.md; the sources are in sources.py. The legal points, for an
LA's legal team to check:
- Placement order: Adoption and Children Act 2002 s21; parents' consent can be dispensed with
  (s52); once it is made, opposing the adoption needs the court's permission (s47(5) and (7)).
- Care order and interim care order: the court decides whether to make the order, the council
  decides where the child lives (Children Act 1989 ss31, 33, 38); no fixed renewal dates for
  interim orders since April 2014.
- Supervision order: up to 1 year at first, extendable to at most 3 years (Sch. 3 para. 6).
- "In care" means a care order; a child accommodated under section 20 is looked after but not in
  care, and the parents can remove the child at any time (s20(7)-(8)).
- "Contact" is still the legal word (s34); "family time" is the everyday phrase.
- The child's solicitor takes instructions from the children's guardian, unless a child of enough
  understanding disagrees with the guardian (FPR 16.29).
- Free legal advice without a means test (Legal Help) is for parents and people with parental
  responsibility who have the letter before proceedings, and legal aid in care proceedings is the
  same for them; other relatives are usually means- and merits-tested (frg.org.uk A-Z "legal aid").
- Police protection lasts up to 72 hours (s46); appeals need permission and the notice is usually
  due within 21 days (FPR 30.4); the Official Solicitor acts for a parent who lacks capacity to
  conduct proceedings.
"""

TERMS = [
    {
        "term": "adoption order",
        "meaning": "A court order that ends the legal link between a child and their birth parents for good.",
        "meaning_young": "A decision by a judge that a child will have a new family for good.",
        "avoid": False,
        "also": ["adoption orders"],
    },
    {
        "term": "advocate",
        "meaning": "Someone who helps you have your say and be heard. Some advocates are parents who have been "
        "through this themselves.",
        "meaning_young": "Someone who helps you say what you think, and makes sure adults listen.",
        "avoid": False,
        "also": ["advocates"],
    },
    {
        "term": "advocates' meeting",
        "meaning": "A meeting of the lawyers before the Case Management Hearing and before the Issues Resolution "
        "Hearing, to see what they can agree.",
        "meaning_young": "A meeting of the lawyers before a hearing at court.",
        "avoid": True,
        "also": ["advocates meeting"],
    },
    {
        "term": "appeal",
        "meaning": "Asking for a court's decision to be changed because you think it was wrong. You need "
        "permission to appeal, and you usually have only 21 days from the decision to ask. Talk to your "
        "solicitor straight away.",
        "meaning_young": "Asking for a judge's decision to be looked at again, because someone thinks it was wrong.",
        "avoid": False,
        "also": ["appeals"],
        "not_in": ["appeal to"],
    },
    {
        "term": "assessment",
        "meaning": "A way of finding out more about a family: what is going well, what the worries are and what "
        "help is needed.",
        "meaning_young": "When people find out more about your family, so they know how to help.",
        "avoid": False,
        "also": ["assessments"],
    },
    {
        "term": "barrister",
        "meaning": "A lawyer who speaks for someone at court hearings. Your solicitor may ask a barrister to do "
        "this for you.",
        "meaning_young": "A lawyer who speaks for people in court.",
        "avoid": False,
        "also": ["barristers"],
    },
    {
        "term": "Cafcass",
        "meaning": "The organisation that gives a child a children's guardian in care cases. It is independent of "
        "the council.",
        "meaning_young": "A group of people who work with the family court to make sure children are heard. Your "
        "children's guardian comes from Cafcass.",
        "avoid": False,
        "also": ["CAFCASS"],
    },
    {
        "term": "care order",
        "meaning": "A court order that gives the council parental responsibility, shared with the parents. The "
        "court decides whether to make it. Then the council decides where the child lives: at home, with "
        "relatives, with foster carers or in a children's home. It lasts until the child is 18, unless the court "
        "ends it sooner.",
        "meaning_young": "A decision by a judge that the council will share big choices about you with your "
        "parents. The council decides where you live. It might be at home, with family or with foster carers.",
        "avoid": False,
        "also": ["care orders"],
    },
    {
        "term": "care plan",
        "meaning": "A plan from children's services that says where a child will live, who will look after them "
        "and what support they will get.",
        "meaning_young": "A plan that says where you will live and who will look after you.",
        "avoid": False,
        "also": ["care plans"],
    },
    {
        "term": "care proceedings",
        "meaning": "A court case in the family court, started by children's services, about whether a child needs "
        "a care order or a supervision order.",
        "meaning_young": "When a family court helps decide what is best for a child.",
        "avoid": True,
        "also": [],
    },
    {
        "term": "Case Management Hearing",
        "meaning": "The first main hearing in care proceedings. The court decides what happens for now and sets a "
        "timetable for the case.",
        "meaning_young": "The first big hearing at court, where the judge plans the case.",
        "avoid": True,
        "also": ["CMH", "Case Management Hearings"],
    },
    {
        "term": "child arrangements order",
        "meaning": "A court order about who a child lives with. In care cases, it can say that a child will live "
        "with a relative.",
        "meaning_young": "A decision by a judge about who you live with.",
        "avoid": False,
        "also": ["child arrangements orders"],
    },
    {
        "term": "child in need plan",
        "meaning": "A plan for a family who needs extra help from children's services. It says what help the "
        "family will get.",
        "meaning_young": "A plan to get your family some extra help.",
        "avoid": False,
        "also": ["child in need plans"],
    },
    {
        "term": "child protection conference",
        "meaning": "A meeting to decide if a child needs a child protection plan. Parents are asked to come, and "
        "should get the reports before it.",
        "meaning_young": "A meeting where adults talk about how to keep a child safe.",
        "avoid": False,
        "also": ["child protection conferences"],
    },
    {
        "term": "child protection plan",
        "meaning": "A plan made when children's services are worried a child is at risk of harm. It says what needs "
        "to change and who will help.",
        "meaning_young": "A plan to help keep a child safe.",
        "avoid": False,
        "also": ["child protection plans"],
    },
    {
        "term": "child's solicitor",
        "meaning": "The solicitor the children's guardian chooses for a child in care proceedings. They take "
        "their instructions from the guardian. If the child is old enough to understand and does not agree with "
        "the guardian, the solicitor can act on what the child wants instead.",
        "meaning_young": "Your own lawyer in the court case. They usually act on what your children's guardian "
        "tells them. If you are old enough and you do not agree with your guardian, your solicitor can tell the "
        "court what you want.",
        "avoid": False,
        "also": ["child's solicitors", "children's solicitor"],
    },
    {
        "term": "children's guardian",
        "meaning": "A social worker from Cafcass who is independent of the council. In care proceedings, they find "
        "out what the child wishes and feels, choose a solicitor for the child, and tell the court what they think "
        "is best.",
        "meaning_young": "Someone from Cafcass whose job is to find out what you think and feel, and tell the judge.",
        "avoid": False,
        "also": ["guardian", "children's guardians"],
    },
    {
        "term": "children's home",
        "meaning": "A home where children live and staff look after them, when they cannot live with their family.",
        "meaning_young": "A home where children live with staff who look after them.",
        "avoid": False,
        "also": ["children's homes"],
    },
    {
        "term": "children's services",
        "meaning": "The part of your local council that works to keep children safe and well. You may also hear it "
        "called children's social care or social services.",
        "meaning_young": "The part of the council that helps keep children safe.",
        "avoid": False,
        "also": ["children's social care", "social services"],
    },
    {
        "term": "Children Law Accreditation",
        "meaning": "A quality mark from the Law Society for solicitors who know children law well. It is renewed "
        "every 3 years.",
        "meaning_young": "A sign that a solicitor knows a lot about the law for children.",
        "avoid": False,
        "also": [],
    },
    {
        "term": "chronology",
        "meaning": "A list of important events in a child's life, in date order. Children's services write one for "
        "court.",
        "meaning_young": "A list of things that have happened, in the order they happened.",
        "avoid": True,
        "also": ["chronologies", "social work chronology"],
    },
    {
        "term": "contact",
        "meaning": "The legal word for the time a child spends with family they do not live with, such as visits "
        "or calls. Court orders and letters still use it. Many people now call it family time.",
        "meaning_young": "Time you spend with your family when you do not live with them. Many people call it "
        "family time.",
        "avoid": True,
        "also": [],
        # "Contact" is also everyday English for getting in touch: never explain those uses as family time.
        "not_in": [
            "contact us",
            "contact you",
            "contact your",
            "contact the",
            "contact them",
            "contact him",
            "contact her",
            "contact me",
            "contact a",
            "contact an",
            "contact anyone",
            "contact one",
            "contact any",
            "contact this",
            "contact these",
            "contact their",
            "contact our",
            "contact someone",
            "contact each other",
            "contact details",
            "contact number",
            "contact Cafcass",
            "in contact",
        ],
    },
    {
        "term": "core group",
        "meaning": "A small group of people who meet often to check that a child protection plan is working.",
        "meaning_young": "A small group of adults who meet to check the plan is working.",
        "avoid": True,
        "also": ["core groups", "core group meeting"],
    },
    {
        "term": "court bundle",
        "meaning": "All the papers for a court case, put together in one file. The solicitors hold it.",
        "meaning_young": "All the papers for the court case, kept together in one file.",
        "avoid": True,
        "also": ["bundle"],
    },
    {
        "term": "court order",
        "meaning": "A decision by a court that people must follow, such as a care order or a supervision order.",
        "meaning_young": "A decision by a judge that everyone must follow.",
        "avoid": False,
        "also": ["court orders"],
    },
    {
        "term": "directions",
        "meaning": "Instructions from the court about what must be done, by whom and by when.",
        "meaning_young": "Instructions from the judge about what needs to happen, and when.",
        "avoid": True,
        "also": [],
        "not_in": ["directions to", "travel directions"],
    },
    {
        "term": "DNA test",
        "meaning": "A test to check who a child's parent is.",
        "meaning_young": "A test that shows who someone's parent is.",
        "avoid": False,
        "also": ["DNA tests"],
    },
    {
        "term": "emergency protection order",
        "meaning": "A short court order used when a child is in danger right now. It lasts up to 8 days, and the "
        "court can add up to 7 more days.",
        "meaning_young": "A quick decision by a judge to keep a child safe when they are in danger right now.",
        "avoid": False,
        "also": ["EPO", "emergency protection orders"],
    },
    {
        "term": "expert",
        "meaning": "Someone with special knowledge, such as a psychologist, who is asked to do an assessment or "
        "write a report.",
        "meaning_young": "Someone who knows a lot about one thing, who may be asked to help.",
        "avoid": False,
        "also": ["experts"],
    },
    {
        "term": "family court",
        "meaning": "The court that decides cases about children and families. It is not a criminal court.",
        "meaning_young": "A court that helps decide what is best for children. No one there is in trouble.",
        "avoid": False,
        "also": [],
    },
    {
        "term": "family group conference",
        "meaning": "A meeting led by the family, with an independent coordinator, where the family makes its own "
        "plan to keep a child safe.",
        "meaning_young": "A meeting where your family makes a plan together to help keep you safe.",
        "avoid": False,
        "also": ["family group conferences", "FGC"],
    },
    {
        "term": "family network",
        "meaning": "The people around a child: parents, relatives, friends and others who know the child and "
        "may be able to help.",
        "meaning_young": "The people in your life who care about you, like your family and friends.",
        "avoid": False,
        "also": ["family networks"],
    },
    {
        "term": "family network meeting",
        "meaning": "A meeting where family and friends come together to make a plan for a child. It works in a "
        "similar way to a family group conference.",
        "meaning_young": "A meeting where your family and friends make a plan to help.",
        "avoid": False,
        "also": ["family network meetings"],
    },
    {
        "term": "family support worker",
        "meaning": "A worker who helps your family. In some areas, they stay with you through pre-proceedings and "
        "keep you up to date.",
        "meaning_young": "Someone who helps your family and explains what is going on.",
        "avoid": False,
        "also": ["family support workers"],
    },
    {
        "term": "family time",
        "meaning": "The time a child spends with family they do not live with, such as visits or calls. The legal "
        "word for it is contact, and court papers still use that word.",
        "meaning_young": "Time you spend with your family when you do not live with them. Adults sometimes call it "
        "contact.",
        "avoid": False,
        "also": [],
    },
    {
        "term": "final hearing",
        "meaning": "The last hearing in care proceedings, if people still disagree. The court hears from everyone "
        "and decides what order, if any, to make.",
        "meaning_young": "The last part of the court case, when the judge makes the big decision.",
        "avoid": False,
        "also": ["final hearings"],
    },
    {
        "term": "foster carer",
        "meaning": "Someone who looks after a child in their own home, when the child cannot live with their family.",
        "meaning_young": "Someone who looks after you in their home, when you cannot live with your family.",
        "avoid": False,
        "also": ["foster carers", "foster care", "foster family", "foster families"],
    },
    {
        "term": "Further Case Management Hearing",
        "meaning": "An extra hearing the court holds only if it needs more time to plan the case.",
        "meaning_young": "One more hearing to finish planning the court case.",
        "avoid": True,
        "also": ["FCMH"],
    },
    {
        "term": "genogram",
        "meaning": "A family tree drawing that shows who is in the family and how they are related.",
        "meaning_young": "A drawing of your family tree.",
        "avoid": True,
        "also": ["genograms"],
    },
    {
        "term": "hair strand test",
        "meaning": "A test on a small piece of hair, to check for drugs or alcohol.",
        "meaning_young": "A test on a bit of hair, to check if someone has used drugs or alcohol.",
        "avoid": False,
        "also": ["hair strand tests", "hair test"],
    },
    {
        "term": "hearing",
        "meaning": "A time when the judge or magistrates meet the people in a case to hear from them and make "
        "decisions.",
        "meaning_young": "A meeting at court with a judge.",
        "avoid": False,
        "also": ["hearings"],
        "not_in": ["hearing from you", "hearing loss", "hearing aid", "hearing aids", "hard of hearing"],
    },
    {
        "term": "in care",
        "meaning": "A child is in care when the court has made a care order, so the council shares parental "
        "responsibility. A child who lives away from home because the parents agreed "
        "(section 20) is looked after by the council, but is not in care.",
        "meaning_young": "You are in care when a judge has made a care order. Then the council shares big choices "
        "about you with your parents.",
        "avoid": False,
        "also": ["child in care", "children in care", "into care", "taken into care"],
        "not_in": ["in care cases", "in care case", "in care homes", "in care home"],
    },
    {
        "term": "Independent Reviewing Officer",
        "meaning": "A person who checks that the care plan for a child in care is working for the child.",
        "meaning_young": "If you are in care, this person checks that your plan is working for you.",
        "avoid": False,
        "also": ["IRO", "Independent Reviewing Officers"],
    },
    {
        "term": "interim care order",
        "meaning": "A care order that lasts while care proceedings go on. The court decides whether to make it. "
        "Then the council decides where the child lives for now. Since 2014 there is no set date when it must be "
        "renewed.",
        "meaning_young": "A decision by a judge that the council shares big choices about you while the court case "
        "goes on. The council decides where you live for now.",
        "avoid": True,
        "also": ["interim care orders", "ICO"],
    },
    {
        "term": "interim supervision order",
        "meaning": "A supervision order that lasts while care proceedings go on.",
        "meaning_young": "A decision by a judge that a social worker will help and support you while the court case "
        "goes on.",
        "avoid": True,
        "also": ["interim supervision orders"],
    },
    {
        "term": "intermediary",
        "meaning": "Someone who helps a person understand and take part in court, if they find it hard.",
        "meaning_young": "Someone who helps you understand and take part, if you find it hard.",
        "avoid": False,
        "also": ["intermediaries"],
    },
    {
        "term": "Issues Resolution Hearing",
        "meaning": "A hearing near the end of care proceedings. The court tries to settle what people still "
        "disagree about.",
        "meaning_young": "A hearing where the judge tries to help everyone agree.",
        "avoid": True,
        "also": ["IRH", "Issues Resolution Hearings"],
    },
    {
        "term": "judge",
        "meaning": "The person who hears a case in court and makes the decisions.",
        "meaning_young": "The person in charge at court, who makes the big decisions.",
        "avoid": False,
        "also": ["judges"],
        "not_in": ["judge you", "judge them", "judge me", "judge us"],
    },
    {
        "term": "judgment",
        "meaning": "The court's decision, and the reasons for it.",
        "meaning_young": "What the judge decided, and why.",
        "avoid": True,
        "also": ["judgments", "judgement"],
    },
    {
        "term": "legal aid",
        "meaning": "Government money that pays for a solicitor. In care proceedings, parents and anyone with "
        "parental responsibility get it whatever their income. Other relatives, like grandparents, usually have "
        "to show their income first.",
        "meaning_young": "Money from the government to pay for a lawyer.",
        "avoid": False,
        "also": [],
    },
    {
        "term": "Legal Help",
        "meaning": "Free advice from a solicitor before any court case. Parents, and anyone with parental "
        "responsibility, can have it once they get a letter before proceedings, whatever their income. The "
        "solicitor can advise you, talk to children's services for you and come to the meeting with you.",
        "meaning_young": "Free advice from a lawyer for your parents, before any court case.",
        "avoid": False,
        "also": [],
    },
    {
        "term": "letter before proceedings",
        "meaning": "A letter from children's services saying they are thinking about going to court. It starts "
        "pre-proceedings. Parents, and anyone with parental responsibility, who get one can have free legal "
        "advice, whatever their income.",
        "meaning_young": "A letter to your parents or carers saying social workers are very worried, and want to "
        "sort things out without going to court.",
        "avoid": True,
        "also": ["letters before proceedings", "PLO letter", "pre-proceedings letter", "LBP"],
    },
    {
        "term": "letter of instruction",
        "meaning": "A letter that tells an expert what an assessment should look at. Parents' solicitors should "
        "see it.",
        "meaning_young": "A letter that tells someone what to find out about your family.",
        "avoid": True,
        "also": ["letters of instruction"],
    },
    {
        "term": "letter of intent",
        "meaning": "A letter saying that children's services plan to start care proceedings.",
        "meaning_young": "A letter that says social workers will ask a court to help decide.",
        "avoid": True,
        "also": ["letter of intent to issue"],
    },
    {
        "term": "local authority",
        "meaning": "Your local council. In these cases, it usually means the council's children's services.",
        "meaning_young": "The council where you live.",
        "avoid": True,
        "also": ["LA", "local authorities"],
    },
    {
        "term": "looked after child",
        "meaning": "A child the council looks after. This can be because of a court order, such as a care order, "
        "or because the parents agreed (section 20). It is not the same as being in care: a child is in care only "
        "when there is a care order. Many young people do not like the short form LAC.",
        "meaning_young": "A child the council looks after. This can be because a judge made a care order, or "
        "because the parents agreed. Many young people do not like the short form LAC.",
        "avoid": True,
        "also": ["LAC", "looked after children", "looked-after child", "looked-after children"],
    },
    {
        "term": "magistrates",
        "meaning": "People who make the decisions in some family court cases, instead of a judge.",
        "meaning_young": "People who make decisions in some court cases, instead of a judge.",
        "avoid": False,
        "also": ["magistrate"],
    },
    {
        "term": "means test",
        "meaning": "A check of your income and savings, to see if you can get legal aid. Parents, and anyone with "
        "parental responsibility, do not have one once they get a letter before proceedings, or in care "
        "proceedings. Other relatives, like grandparents, usually do.",
        "meaning_young": "A check on how much money someone has, to see if they can get free help from a lawyer.",
        "avoid": False,
        "also": ["means tests", "means-tested", "means tested"],
    },
    {
        "term": "Official Solicitor",
        "meaning": "Someone who can act in a court case for a parent who cannot make decisions about the case "
        "themselves, even with help.",
        "meaning_young": "Someone who helps a parent in court if the parent cannot make decisions about the case "
        "themselves.",
        "avoid": False,
        "also": [],
    },
    {
        "term": "parental responsibility",
        "meaning": "The legal rights and duties a parent has for a child, such as making choices about their "
        "school, health and where they live.",
        "meaning_young": "The right to make big choices about a child, like where they live and which school they "
        "go to.",
        "avoid": True,
        "also": [],
    },
    {
        "term": "parenting assessment",
        "meaning": "An assessment of how a parent cares for their child, or would care for them.",
        "meaning_young": "When someone finds out how your mum, dad or carer looks after you.",
        "avoid": False,
        "also": ["parenting assessments"],
    },
    {
        "term": "placement",
        "meaning": "The home where a child lives while the council looks after them, for example with foster "
        "carers or relatives.",
        "meaning_young": "The home where a child lives when they cannot live with their family.",
        "avoid": True,
        "also": ["placements"],
    },
    {
        "term": "placement order",
        "meaning": "A court order that lets the council place a child with people who may adopt them. The court "
        "can make it even if the parents do not agree. Once it is made, parents can only oppose an adoption if "
        "the court first gives them permission. If the council asks for one, talk to your solicitor now.",
        "meaning_young": "A decision by a judge that lets the council find a family who may adopt a child.",
        "avoid": True,
        "also": ["placement orders"],
    },
    {
        "term": "police protection",
        "meaning": "When the police take a child somewhere safe in an emergency. It can last up to 72 hours.",
        "meaning_young": "When the police take a child somewhere safe in an emergency. It lasts up to 3 days.",
        "avoid": False,
        "also": [],
    },
    {
        "term": "position statement",
        "meaning": "A short paper for the court, before a hearing, that says what a person wants and why.",
        "meaning_young": "A short note for the judge that says what someone wants.",
        "avoid": True,
        "also": ["position statements"],
    },
    {
        "term": "pre-birth assessment",
        "meaning": "An assessment that starts while a parent is pregnant.",
        "meaning_young": "An assessment that happens before a baby is born.",
        "avoid": False,
        "also": ["pre-birth assessments"],
    },
    {
        "term": "pre-proceedings",
        "meaning": "The formal stage before a court case. Children's services try to sort out the worries with the "
        "family, so that court is not needed.",
        "meaning_young": "A time when adults try to sort things out, so your family does not need to go to court.",
        "avoid": True,
        "also": ["pre proceedings", "PLO stage"],
    },
    {
        "term": "pre-proceedings meeting",
        "meaning": "A meeting with the social worker, their manager, the council's solicitor, and the parents with "
        "their solicitors, to talk about the worries and agree a plan.",
        "meaning_young": "A meeting where the adults agree a plan to help your family.",
        "avoid": True,
        "also": ["pre-proceedings meetings", "PLO meeting"],
    },
    {
        "term": "Public Law Outline",
        "meaning": "The court's rules and timetable for care proceedings, often called the PLO. People also say PLO "
        "when they mean pre-proceedings.",
        "meaning_young": "The rules the court follows in a care case.",
        "avoid": True,
        "also": ["PLO", "Public Law Outline (PLO)"],
    },
    {
        "term": "respite",
        "meaning": "When a child stays with someone else for a short while, to give everyone a rest. Many people "
        "call it a short break.",
        "meaning_young": "A short stay with someone else, to give everyone a break.",
        "avoid": True,
        "also": ["respite care"],
    },
    {
        "term": "section 20",
        "meaning": "When parents agree for the council to look after their child, without a court order. Parents "
        "keep parental responsibility and can take their child back at any time. The child is looked after by "
        "the council, but is not in care.",
        "meaning_young": "When your parents agree that you live somewhere else for a while, without a court order. "
        "They can change their mind.",
        "avoid": True,
        "also": ["s20", "section 20 accommodation"],
    },
    {
        "term": "social worker",
        "meaning": "A worker from children's services who finds out how a child is doing, makes plans with the "
        "family and writes reports.",
        "meaning_young": "Someone whose job is to help children be safe and well.",
        "avoid": False,
        "also": ["social workers"],
    },
    {
        "term": "solicitor",
        "meaning": "A lawyer who gives you advice and acts for you. Parents, and anyone with parental "
        "responsibility, who get a letter before proceedings can have free advice from a solicitor, whatever "
        "their income.",
        "meaning_young": "A lawyer. In a court case about you, you have a solicitor too. Usually they act on what "
        "your children's guardian tells them. If you are old enough and you do not agree with your guardian, your "
        "solicitor can tell the court what you want.",
        "avoid": False,
        "also": ["solicitors"],
    },
    {
        "term": "special guardianship order",
        "meaning": "A court order that gives a relative or carer parental responsibility until the child is 18. "
        "The parents keep theirs, but the special guardian can make most choices.",
        "meaning_young": "A decision by a judge that someone in your family, or another carer, will look after you "
        "until you are 18.",
        "avoid": False,
        "also": ["special guardianship orders", "SGO", "special guardian"],
    },
    {
        "term": "special guardianship assessment",
        "meaning": "A full check on a relative or friend who may look after a child under a special guardianship "
        "order.",
        "meaning_young": "When someone checks if a person in your family could look after you until you are 18.",
        "avoid": True,
        "also": ["special guardianship assessments"],
    },
    {
        "term": "supervision order",
        "meaning": "A court order that means the council must advise, help and befriend a child. The council does "
        "not get parental responsibility. It lasts up to 1 year at first. The court can make it longer, up to 3 "
        "years in all.",
        "meaning_young": "A decision by a judge that a social worker will help and support you. It lasts up to a "
        "year, and the judge can make it longer.",
        "avoid": False,
        "also": ["supervision orders"],
    },
    {
        "term": "threshold",
        "meaning": "The legal test before the court can make a care or supervision order. The child must be "
        "suffering, or likely to suffer, significant harm because of the care they get, or because they are "
        "beyond parental control.",
        "meaning_young": "The test a judge uses to decide if a court order is needed to keep a child safe.",
        "avoid": True,
        "also": ["threshold criteria"],
    },
    {
        "term": "viability assessment",
        "meaning": "A first check on whether a relative or friend could look after a child.",
        "meaning_young": "When someone checks if a person in your family could look after you.",
        "avoid": True,
        "also": ["viability assessments"],
    },
    {
        "term": "written agreement",
        "meaning": "A plan agreed at a pre-proceedings meeting and written down. It says what the parents will do "
        "and what help they will get.",
        "meaning_young": "A plan the adults agree and write down.",
        "avoid": False,
        "also": ["written agreements"],
    },
]
