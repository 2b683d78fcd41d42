"""Which public sources each seed guide's facts come from: {guide slug: [source url, …]}.

Every url is one of SOURCES in sources.py, so a council's legal team can open each source beside
the guide it checks. GUIDE_SOURCES covers the guides of guides_before, guides_pre, guides_network,
guides_court, guides_help, guides_young_pre and guides_young_court, matched to the facts each guide
states (the module docstrings say which facts those are). The topic modules keep their own lists
(guides_family_situations.SOURCES_BY_GUIDE, guides_court_life.SOURCES_BY_GUIDE): sources_by_guide()
merges them with this one for the seed.

A source is listed for a fact the guide states, not for its tone: the word busting and style
guides shape how every guide is written, so they are listed only where a guide relies on them for a
fact. Facts that no source in sources.py supports (the complaints route through the Ombudsman in
"How to complain", and 999 in the young people's "Your rights") are exactly what a legal check has
to look at; sources.py says so too.
"""

# Family Rights Group
FRG = "https://frg.org.uk/"
FRG_LETTER = "https://frg.org.uk/ypa/what-is-a-letter-before-proceedings"
FRG_LETTER_CONTENTS = (
    "https://frg.org.uk/get-help-and-advice/what/pre-proceedings/what-should-a-letter-before-proceedings-include/"
)
FRG_PRE_PROCEEDINGS = "https://frg.org.uk/get-help-and-advice/what/pre-proceedings/"
FRG_MEETING = "https://frg.org.uk/get-help-and-advice/what/pre-proceedings/what-happens-at-a-pre-proceedings-meeting/"
FRG_LEGAL_AID = "https://frg.org.uk/get-help-and-advice/a-z-of-terms/legal-aid/"
# Practice and research
COPP_LETTER = "https://coppguidance.rip.org.uk/pre-proceedings/letter-before-proceedings"
DFJ_GUIDE = "https://dfjsocialworkpracticeguide.org/"
PARTNERSHIP_BY_LAW = "https://research-portal.uea.ac.uk/en/publications/care-proceedings-reform-the-future-of-the-pre-proceedings-process"
TRAILBLAZER = "https://www.mutualventures.co.uk/"
LOCAL_PROCEDURES = "https://sussexchildprotection.procedures.org.uk/"
# Law, rules and figures
PD_12A = "https://www.justice.gov.uk/courts/procedure-rules/family/practice_directions/pd_part_12a"
CHILDREN_ACT = "https://www.legislation.gov.uk/ukpga/1989/41/contents"
CHILDREN_AND_FAMILIES_ACT = "https://www.legislation.gov.uk/ukpga/2014/6/contents"
ADOPTION_ACT = "https://www.legislation.gov.uk/ukpga/2002/38/contents"
WELLBEING_AND_SCHOOLS_ACT = "https://www.legislation.gov.uk/"
COURT_STATISTICS = "https://www.gov.uk/government/collections/family-court-statistics-quarterly"
# Cafcass
CAFCASS_GLOSSARY = "https://www.cafcass.gov.uk/family-justice-young-peoples-board/glossary-and-word-busting/glossary/"
CAFCASS_PARENTS = "https://www.cafcass.gov.uk/parent-carer-or-family-member"
# Finding legal help
FIND_A_SOLICITOR = "https://solicitors.lawsociety.org.uk/"
CHILDREN_LAW_ACCREDITATION = (
    "https://www.lawsociety.org.uk/career-advice/individual-accreditations/children-law-accreditation"
)
CHILD_LAW_ADVICE = "https://childlawadvice.org.uk/"
LEGAL_AID_CHECKER = "https://www.gov.uk/check-legal-aid"
# Helplines
CHILDLINE = "https://www.childline.org.uk/"
SAMARITANS = "https://www.samaritans.org/"
DOMESTIC_ABUSE_HELPLINE = "https://www.nationaldahelpline.org.uk/"

GUIDE_SOURCES = {
    # When children's services are worried
    "support-from-childrens-services": [LOCAL_PROCEDURES, TRAILBLAZER, FRG],
    "child-protection-plans": [LOCAL_PROCEDURES, FRG_LEGAL_AID],
    # Pre-proceedings
    "what-is-pre-proceedings": [FRG_PRE_PROCEEDINGS, FRG_LETTER, DFJ_GUIDE, PD_12A, CHILDREN_ACT, FRG_LEGAL_AID],
    "letter-before-proceedings": [
        FRG_LETTER,
        FRG_LETTER_CONTENTS,
        COPP_LETTER,
        FRG_LEGAL_AID,
        WELLBEING_AND_SCHOOLS_ACT,
    ],
    "pre-proceedings-meeting": [FRG_MEETING, FRG_LETTER, FRG_LEGAL_AID],
    "family-group-conferences": [FRG_MEETING, WELLBEING_AND_SCHOOLS_ACT, FRG_LEGAL_AID],
    "assessments": [DFJ_GUIDE, FRG_MEETING, FRG_LEGAL_AID],
    "how-pre-proceedings-can-end": [FRG_PRE_PROCEEDINGS, PARTNERSHIP_BY_LAW, FRG_MEETING, FRG_LEGAL_AID],
    "family-network": [WELLBEING_AND_SCHOOLS_ACT, FRG_MEETING, DFJ_GUIDE, FRG_LEGAL_AID],
    # Going to court
    "care-proceedings": [
        CHILDREN_ACT,
        CHILDREN_AND_FAMILIES_ACT,
        PD_12A,
        COURT_STATISTICS,
        CAFCASS_PARENTS,
        FRG_LEGAL_AID,
    ],
    "case-management-hearing": [PD_12A, FRG_LEGAL_AID],
    "issues-resolution-hearing": [PD_12A, CAFCASS_PARENTS, FRG_LEGAL_AID],
    "final-hearing": [PD_12A, FRG_LEGAL_AID],
    "court-orders": [CHILDREN_ACT, ADOPTION_ACT],
    # After court
    "after-court": [CHILDREN_ACT, FRG_LEGAL_AID, SAMARITANS],
    # Your rights and getting help
    "free-legal-advice": [
        FRG_LEGAL_AID,
        FRG_LETTER_CONTENTS,
        LEGAL_AID_CHECKER,
        FIND_A_SOLICITOR,
        CHILDREN_LAW_ACCREDITATION,
        CHILD_LAW_ADVICE,
        FRG,
    ],
    "whos-who": [CAFCASS_PARENTS, CAFCASS_GLOSSARY, CHILDREN_LAW_ACCREDITATION, TRAILBLAZER, FRG_LEGAL_AID],
    "your-rights": [FRG_LEGAL_AID, FRG_LETTER, LOCAL_PROCEDURES, SAMARITANS, DOMESTIC_ABUSE_HELPLINE],
    "how-to-complain": [FRG],
    # The young people's versions: the same facts, said more simply, and Childline.
    "young-people-support-from-childrens-services": [LOCAL_PROCEDURES, CHILDLINE],
    "young-people-child-protection-plans": [LOCAL_PROCEDURES, CHILDLINE],
    "young-people-letter-before-proceedings": [FRG_LETTER, COPP_LETTER, CHILDLINE],
    "young-people-what-is-pre-proceedings": [FRG_PRE_PROCEEDINGS, DFJ_GUIDE, CHILDLINE],
    "young-people-pre-proceedings-meeting": [FRG_MEETING, CHILDLINE],
    "young-people-assessments": [DFJ_GUIDE, CHILDLINE],
    "young-people-how-pre-proceedings-can-end": [FRG_PRE_PROCEEDINGS, CHILDLINE],
    "young-people-family-network": [WELLBEING_AND_SCHOOLS_ACT, FRG_MEETING, CHILDLINE],
    "young-people-care-proceedings": [CHILDREN_ACT, PD_12A, CAFCASS_PARENTS, CHILDLINE],
    "young-people-case-management-hearing": [PD_12A, CAFCASS_PARENTS, CHILDLINE],
    "young-people-issues-resolution-hearing": [PD_12A, CAFCASS_PARENTS, CHILDLINE],
    "young-people-final-hearing": [PD_12A, CAFCASS_PARENTS, CHILDLINE],
    "young-people-court-orders": [CHILDREN_ACT, ADOPTION_ACT],
    "young-people-after-court": [CHILDREN_ACT, CHILDLINE],
    "young-people-whos-who": [CAFCASS_PARENTS, CAFCASS_GLOSSARY, CHILDLINE],
    "young-people-your-rights": [CAFCASS_PARENTS, CHILDLINE],
}


def sources_by_guide():
    """Every seed guide's source urls: GUIDE_SOURCES and the topic modules' own lists, in order,
    each url once (read when the seed runs, as the topic modules may still be growing)."""
    from cms.guidance.content import guides_court_life, guides_family_situations

    merged = {}
    for mapping in (GUIDE_SOURCES, guides_family_situations.SOURCES_BY_GUIDE, guides_court_life.SOURCES_BY_GUIDE):
        for slug, urls in mapping.items():
            known = merged.setdefault(slug, [])
            for url in urls:
                if url not in known:
                    known.append(url)
    return merged
