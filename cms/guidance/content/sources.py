"""The public sources the guidance and glossary facts were checked against.

All come from /work/shared/FACTS.md. The wording of every guide and term was written fresh for
this project; only facts carry over. An LA's legal team can use this list to check the content.

Not in FACTS.md, so not listed here and to be checked by the LA before publishing: the 999 line in
the young people's "Your rights" guide. FACTS.md marks the National Domestic Abuse Helpline's
details "verify before publishing": the guides give only its number and that it is free to call.
"""

SOURCES = [
    {
        "title": "What is a letter before proceedings?",
        "publisher": "Family Rights Group",
        "url": "https://frg.org.uk/ypa/what-is-a-letter-before-proceedings",
        "used_for": "What the letter before proceedings should contain, who gets it, and notice of the meeting.",
    },
    {
        "title": "What should a letter before proceedings include?",
        "publisher": "Family Rights Group",
        "url": "https://frg.org.uk/get-help-and-advice/what/pre-proceedings/what-should-a-letter-before-proceedings-include/",
        "used_for": "Legal advice once the letter arrives; the advice line number, hours and textphone.",
    },
    {
        "title": "Pre-proceedings (including what children's services should do before starting care proceedings)",
        "publisher": "Family Rights Group",
        "url": "https://frg.org.uk/get-help-and-advice/what/pre-proceedings/",
        "used_for": "What pre-proceedings is and what it aims to do; the court is not involved yet.",
    },
    {
        "title": "What happens at a pre-proceedings meeting?",
        "publisher": "Family Rights Group",
        "url": "https://frg.org.uk/get-help-and-advice/what/pre-proceedings/what-happens-at-a-pre-proceedings-meeting/",
        "used_for": "Who comes to the meeting, what happens, the written agreement, assessments, family group "
        "conferences and review dates.",
    },
    {
        "title": "A to Z of terms: legal aid",
        "publisher": "Family Rights Group",
        "url": "https://frg.org.uk/get-help-and-advice/a-z-of-terms/legal-aid/",
        "used_for": "Free legal advice that is not means-tested once a parent has the letter; legal aid in care "
        "proceedings; other relatives usually means- and merits-tested.",
    },
    {
        "title": "Letter before proceedings",
        "publisher": "Court Orders and Pre-proceedings guidance (Research in Practice)",
        "url": "https://coppguidance.rip.org.uk/pre-proceedings/letter-before-proceedings",
        "used_for": "The letter should be plain, honest and respectful, give reasonable notice, and come with a "
        "list of children law solicitors (Law Society Find a Solicitor).",
    },
    {
        "title": "DFJ social work practice guide, chapter 6 (pre-proceedings and assessments)",
        "publisher": "Designated Family Judges' social work practice guide",
        "url": "https://dfjsocialworkpracticeguide.org/",
        "used_for": "Kinds of assessment; the period for change of up to about 16 weeks.",
    },
    {
        "title": "Partnership by Law? The pre-proceedings process for families on the edge of care proceedings "
        "(Masson, Dickens, Bader and Young, 2013)",
        "publisher": "University of Bristol and University of East Anglia",
        "url": "https://research-portal.uea.ac.uk/en/publications/care-proceedings-reform-the-future-of-the-pre-proceedings-process",
        "used_for": "About 1 in 4 pre-proceedings cases did not go on to court.",
    },
    {
        "title": "Practice Direction 12A: care, supervision and other Part 4 proceedings, guide to case management",
        "publisher": "Ministry of Justice (Family Procedure Rules)",
        "url": "https://www.justice.gov.uk/courts/procedure-rules/family/practice_directions/pd_part_12a",
        "used_for": "The Public Law Outline stages: issue and allocation, Case Management Hearing (day 12 to 18), "
        "Further CMH, advocates' meetings, Issues Resolution Hearing, final hearing; extensions.",
    },
    {
        "title": "Children Act 1989",
        "publisher": "legislation.gov.uk",
        "url": "https://www.legislation.gov.uk/ukpga/1989/41/contents",
        "used_for": "The threshold test (s31); the 26-week limit and extensions (s32); interim orders (s38), "
        "with no fixed 4 or 8 week renewals since April 2014; care, supervision and emergency protection "
        "orders; under an interim care order or a care order the council decides where the child lives "
        "(ss33, 38); a supervision order lasts up to 1 year, extendable to at most 3 years (Sch. 3 para. 6); "
        "contact with a child in care (s34); section 20, where the child is looked after but not in care "
        "(s20(7)-(8)).",
    },
    {
        "title": "Children and Families Act 2014",
        "publisher": "legislation.gov.uk",
        "url": "https://www.legislation.gov.uk/ukpga/2014/6/contents",
        "used_for": "Added the 26-week limit to s32(1)(a)(ii) of the Children Act 1989.",
    },
    {
        "title": "Adoption and Children Act 2002",
        "publisher": "legislation.gov.uk",
        "url": "https://www.legislation.gov.uk/ukpga/2002/38/contents",
        "used_for": "Placement orders (s21): made without the parents' consent when the court dispenses with it "
        "(s52); once made, parents can oppose the adoption only with the court's permission (s47(5) and (7)). "
        "Adoption orders end the legal link with the birth parents.",
    },
    {
        "title": "Children's Wellbeing and Schools Act 2026 (new s31ZA Children Act 1989)",
        "publisher": "legislation.gov.uk",
        "url": "https://www.legislation.gov.uk/",
        "used_for": "The coming duty to offer a family group decision-making meeting before applying for a care "
        "or supervision order: the offer is made in the letter before proceedings, to parents and anyone with "
        "parental responsibility; not needed if the council decides it is not in the child's best interests; "
        "who is in the child's family network. Start date set by regulations, not checked, so not stated.",
    },
    {
        "title": "Family Court Statistics Quarterly",
        "publisher": "Ministry of Justice",
        "url": "https://www.gov.uk/government/collections/family-court-statistics-quarterly",
        "used_for": "Most care cases take longer than 26 weeks (average about 41 to 44 weeks, 2023 to 2025).",
    },
    {
        "title": "Glossary and word busting",
        "publisher": "Cafcass and the Family Justice Young People's Board",
        "url": "https://www.cafcass.gov.uk/family-justice-young-peoples-board/glossary-and-word-busting/glossary/",
        "used_for": "Words to replace or always explain (the glossary's avoid flag); children's guardian role.",
    },
    {
        "title": "The Family Justice Young People's Board launches its Word Busting project",
        "publisher": "Cafcass",
        "url": "https://www.cafcass.gov.uk/2022/01/10/the-family-justice-young-peoples-board-launches-its-word-busting-project/",
        "used_for": "Plain, jargon-free words when speaking to or writing about children and young people.",
    },
    {
        "title": "Parent, carer or family member",
        "publisher": "Cafcass",
        "url": "https://www.cafcass.gov.uk/parent-carer-or-family-member",
        "used_for": "The children's guardian in care proceedings is a social worker who makes sure the child's "
        "voice is heard.",
    },
    {
        "title": "Find a Solicitor",
        "publisher": "The Law Society",
        "url": "https://solicitors.lawsociety.org.uk/",
        "used_for": "Finding a solicitor with Children Law Accreditation.",
    },
    {
        "title": "Children Law Accreditation",
        "publisher": "The Law Society",
        "url": "https://www.lawsociety.org.uk/career-advice/individual-accreditations/children-law-accreditation",
        "used_for": "What the accreditation is; renewed every 3 years.",
    },
    {
        "title": "Child Law Advice",
        "publisher": "Coram Children's Legal Centre",
        "url": "https://childlawadvice.org.uk/",
        "used_for": "National advice on child and family law in England.",
    },
    {
        "title": "Check if you can get legal aid",
        "publisher": "GOV.UK (Civil Legal Advice)",
        "url": "https://www.gov.uk/check-legal-aid",
        "used_for": "Not the first step for a parent with a letter before proceedings; they go straight to a "
        "children law solicitor.",
    },
    {
        "title": "Childline",
        "publisher": "NSPCC",
        "url": "https://www.childline.org.uk/",
        "used_for": "Phone number for children and young people: 0800 1111.",
    },
    {
        "title": "Samaritans",
        "publisher": "Samaritans",
        "url": "https://www.samaritans.org/",
        "used_for": "Phone number: 116 123.",
    },
    {
        "title": "National Domestic Abuse Helpline",
        "publisher": "National Domestic Abuse Helpline",
        "url": "https://www.nationaldahelpline.org.uk/",
        "used_for": "A place to get help if someone is not safe at home: 0808 2000 247, free to call (FACTS.md "
        "asks for this to be checked before publishing).",
    },
    {
        "title": "Family Procedure Rules, Part 16 (rule 16.29) and Part 30 (rule 30.4)",
        "publisher": "Ministry of Justice (Family Procedure Rules)",
        "url": "https://www.justice.gov.uk/courts/procedure-rules/family",
        "used_for": "The child's solicitor takes instructions from the guardian, unless a child old enough to "
        "understand disagrees and instructs them directly (16.29); an appeal needs permission, and the "
        "appellant's notice is usually due within 21 days of the decision (30.4).",
    },
    {
        "title": "Administration of Justice Act 1960, section 12, and Family Procedure Rules 12.73",
        "publisher": "legislation.gov.uk; Ministry of Justice",
        "url": "https://www.legislation.gov.uk/ukpga/Eliz2/8-9/65/section/12",
        "used_for": "The court bundle is private: what is said in private family proceedings cannot be shared "
        "except as the rules allow.",
    },
    {
        "title": "The Children Act 1989 Representations Procedure (England) Regulations 2006 (SI 2006/1738)",
        "publisher": "legislation.gov.uk",
        "url": "https://www.legislation.gov.uk/uksi/2006/1738/contents",
        "used_for": "The three stages of a complaint about children's services (local resolution, "
        "investigation, review panel); complaints normally made within 12 months (reg. 9).",
    },
    {
        "title": "Local Government and Social Care Ombudsman",
        "publisher": "Local Government and Social Care Ombudsman",
        "url": "https://www.lgo.org.uk/",
        "used_for": "Looks at complaints about councils after their own process ends; does not look at matters "
        "decided in court.",
    },
    {
        "title": "Child protection procedures (a local example)",
        "publisher": "Sussex Child Protection and Safeguarding Procedures",
        "url": "https://sussexchildprotection.procedures.org.uk/",
        "used_for": "Reports should reach parents, and older children, before a child protection conference. The "
        "number of days is local, so the guides do not state it.",
    },
    {
        "title": "Helping children and families navigate the system (DFJ Trailblazer)",
        "publisher": "Mutual Ventures",
        "url": "https://www.mutualventures.co.uk/",
        "used_for": "The journey in four parts; the family support worker who stays with the family through "
        "pre-proceedings.",
    },
    {
        "title": "Parents, Families and Allies Network",
        "publisher": "PFAN",
        "url": "https://pfan.uk/",
        "used_for": "What families say about jargon, feeling judged and not knowing what happens next (tone).",
    },
    {
        "title": "Working with parents whose children are looked after",
        "publisher": "National Children's Bureau",
        "url": "https://www.ncb.org.uk/",
        "used_for": "What parents need from information (tone and what to explain).",
    },
    {
        "title": "Family Rights Group",
        "publisher": "Family Rights Group",
        "url": "https://frg.org.uk/",
        "used_for": "Advice line 0808 801 0366, weekdays 9.30am to 3pm, textphone via 18001; the line is busy.",
    },
    {
        "title": "Style guide",
        "publisher": "GOV.UK",
        "url": "https://www.gov.uk/guidance/style-guide",
        "used_for": "Writing style: short sentences, active voice, you, plain words.",
    },
]


def _sources_from_topic_modules():
    from cms.guidance.content import guides_court_life, guides_family_situations

    return [*guides_family_situations.SOURCES, *guides_court_life.SOURCES]


SOURCES += _sources_from_topic_modules()
