"""All the seed guides, grown-up and young people's, in reading order.

The guides are split into modules by part of the journey so each stays short:
- guides_before: support from children's services, child protection plans
- guides_pre: pre-proceedings, the letter, free legal advice, the meeting, family group
  conferences, assessments, how pre-proceedings can end
- guides_court: care proceedings, the hearings, court orders
- guides_help: after court, who's who, your rights, how to complain
- guides_young_pre and guides_young_court: the young people's versions ("young-people-<slug>")
- guides_network: your family network, for grown-ups and for young people; each is placed with
  the other pre-proceedings guides for its audience

Every sentence was written for this project. The facts come from /work/shared/FACTS.md; the
sources are listed in sources.py.
"""

from cms.guidance.content import (
    guides_before,
    guides_court,
    guides_court_life,
    guides_family_situations,
    guides_help,
    guides_network,
    guides_pre,
    guides_young_court,
    guides_young_pre,
)

GUIDES = [
    *guides_before.GUIDES,
    *guides_pre.GUIDES,
    guides_network.GROWN_UP,
    *guides_court.GUIDES,
    *guides_help.GUIDES,
    *guides_family_situations.GROWN_UP,
    *guides_court_life.GROWN_UP,
    *guides_young_pre.GUIDES,
    guides_network.YOUNG_PEOPLE,
    *guides_young_court.GUIDES,
    *guides_family_situations.YOUNG_PEOPLE,
    *guides_court_life.YOUNG_PEOPLE,
]
