"""Guides on living through a care case, for grown-ups and for young people, in pairs.

Eight topics, each with a grown-up guide and a young people's version ("young-people-<slug>"):
a baby on the way (pre-birth assessment), a day at court, experts and the court's permission,
family time (the legal word is still "contact"), appeals, life after the court case, a child's voice
in court, and getting your records. The guides live in three modules so each stays short:
- guides_court_life_court: grown-up guides on the court case (day at court, experts, family time,
  appeals)
- guides_court_life_family: grown-up guides on a baby on the way, life after the case, a child's
  voice in court, and records
- guides_court_life_young: the young people's versions

Every sentence was written for this project. The facts come from /work/shared/FACTS.md only; each
module's docstring says which, and what was left out because FACTS.md is silent. SOURCES adds the
sources these guides rely on that sources.py does not list yet; SOURCES_BY_GUIDE names the sources
of each guide, so a council's legal team can check them.
"""

from cms.guidance.content import guides_court_life_court, guides_court_life_family, guides_court_life_young

_BY_SLUG = {
    guide["slug"]: guide
    for guide in [*guides_court_life_court.GUIDES, *guides_court_life_family.GUIDES, *guides_court_life_young.GUIDES]
}
_ORDER = [
    "pre-birth-assessment",
    "a-day-at-court",
    "experts-in-court",
    "family-time",
    "appeals",
    "life-after-proceedings",
    "childrens-rights-in-court",
    "getting-your-records",
]

# In reading order: the section each guide belongs to, then the order a family meets the topic.
GROWN_UP = [_BY_SLUG[slug] for slug in _ORDER]
YOUNG_PEOPLE = [_BY_SLUG["young-people-" + slug] for slug in _ORDER]

CFA_2014_S13 = "https://www.legislation.gov.uk/ukpga/2014/6/section/13"
FPR_PART_25 = "https://www.legislation.gov.uk/uksi/2010/2955/part/25"
FPR_PART_3A = "https://www.legislation.gov.uk/uksi/2010/2955/part/3A"

SOURCES = [
    {
        "title": "Children and Families Act 2014, section 13 (control of expert evidence in children proceedings)",
        "publisher": "legislation.gov.uk",
        "url": CFA_2014_S13,
        "used_for": "No one may ask an expert for evidence in care proceedings without the court's permission.",
    },
    {
        "title": "Family Procedure Rules 2010, Part 25 (experts and assessors)",
        "publisher": "legislation.gov.uk",
        "url": FPR_PART_25,
        "used_for": "How the court's permission for an expert is asked for and given; the expert's report.",
    },
    {
        "title": "Family Procedure Rules 2010, Part 3A (vulnerable persons: participation in proceedings)",
        "publisher": "legislation.gov.uk",
        "url": FPR_PART_3A,
        "used_for": "The court must think about what would help a vulnerable person take part, for example a "
        "separate waiting room, a screen or an intermediary.",
    },
]

# Sources already in sources.py. A guide lists a source for a fact it states, not for its tone (as
# guide_sources.py does): the word busting pages are listed where a guide says what young people ask
# for (a written record, being told how decisions are made) or uses "family time" for "contact".
_PD12A = "https://www.justice.gov.uk/courts/procedure-rules/family/practice_directions/pd_part_12a"
_CHILDREN_ACT = "https://www.legislation.gov.uk/ukpga/1989/41/contents"
_ADOPTION_ACT = "https://www.legislation.gov.uk/ukpga/2002/38/contents"
_FPR = "https://www.justice.gov.uk/courts/procedure-rules/family"
_PRIVACY = "https://www.legislation.gov.uk/ukpga/Eliz2/8-9/65/section/12"
_COMPLAINTS = "https://www.legislation.gov.uk/uksi/2006/1738/contents"
_OMBUDSMAN = "https://www.lgo.org.uk/"
_FRG = "https://frg.org.uk/"
_FRG_PRE = "https://frg.org.uk/get-help-and-advice/what/pre-proceedings/"
_FRG_MEETING = "https://frg.org.uk/get-help-and-advice/what/pre-proceedings/what-happens-at-a-pre-proceedings-meeting/"
_FRG_LEGAL_AID = "https://frg.org.uk/get-help-and-advice/a-z-of-terms/legal-aid/"
_DFJ = "https://dfjsocialworkpracticeguide.org/"
_CAFCASS_PARENTS = "https://www.cafcass.gov.uk/parent-carer-or-family-member"
_CAFCASS_WORDS = "https://www.cafcass.gov.uk/family-justice-young-peoples-board/glossary-and-word-busting/glossary/"
_WORD_BUSTING = (
    "https://www.cafcass.gov.uk/2022/01/10/the-family-justice-young-peoples-board-launches-its-word-busting-project/"
)
_CHILDLINE = "https://www.childline.org.uk/"
_SAMARITANS = "https://www.samaritans.org/"

SOURCES_BY_GUIDE = {
    "pre-birth-assessment": [_FRG_PRE, _FRG_MEETING, _FRG_LEGAL_AID, _DFJ],
    "young-people-pre-birth-assessment": [_FRG_PRE, _DFJ, _CHILDLINE],
    "a-day-at-court": [_PD12A, FPR_PART_3A, _PRIVACY, _CAFCASS_PARENTS, _FRG_LEGAL_AID],
    "young-people-a-day-at-court": [_PD12A, _CAFCASS_PARENTS, _CHILDLINE],
    "experts-in-court": [CFA_2014_S13, FPR_PART_25, _PD12A, _DFJ, _FRG_LEGAL_AID],
    "young-people-experts-in-court": [CFA_2014_S13, FPR_PART_25, _CHILDLINE],
    "family-time": [_CHILDREN_ACT, _CAFCASS_WORDS, _CAFCASS_PARENTS, _FRG_LEGAL_AID],
    "young-people-family-time": [_CHILDREN_ACT, _CAFCASS_WORDS, _CHILDLINE],
    "appeals": [_FPR, _ADOPTION_ACT, _OMBUDSMAN, _FRG],
    "young-people-appeals": [_FPR, _CHILDLINE],
    "life-after-proceedings": [_CHILDREN_ACT, _ADOPTION_ACT, _COMPLAINTS, _FRG_PRE, _FRG_LEGAL_AID, _SAMARITANS],
    "young-people-life-after-proceedings": [_CHILDREN_ACT, _WORD_BUSTING, _CHILDLINE],
    "childrens-rights-in-court": [_FPR, _CAFCASS_PARENTS, _CAFCASS_WORDS, _WORD_BUSTING],
    "young-people-childrens-rights-in-court": [_FPR, _CAFCASS_WORDS, _WORD_BUSTING, _CHILDLINE],
    "getting-your-records": [_FRG_PRE, _FRG_MEETING, _PRIVACY, _WORD_BUSTING],
    "young-people-getting-your-records": [_WORD_BUSTING, _CHILDLINE],
}
