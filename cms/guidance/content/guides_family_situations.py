"""Guides for particular family situations, each a grown-up guide paired with a young people's version.

The guides live in smaller modules, one per topic, and are gathered here in reading order:
- guides_family_situations_emergency: emergency removal and police protection; section 20
  (when children's services are worried)
- guides_family_situations_privacy: keeping court papers private, and who may be in court (going to
  court)
- guides_family_situations_family: relatives, friends and kinship carers; fathers, including fathers
  without parental responsibility (your rights and getting help)
- guides_family_situations_support: domestic abuse and the court's protections; parents with a
  learning disability (your rights and getting help)

Every sentence was written for this project. The facts come from /work/shared/FACTS.md, and each
module's docstring says which ones it uses and what it leaves out because FACTS.md is silent or marks
it unchecked. SOURCES holds the sources not already in sources.py (which adds them to its list);
SOURCES_BY_GUIDE says which sources each guide relies on.
"""

from cms.guidance.content import (
    guides_family_situations_emergency,
    guides_family_situations_family,
    guides_family_situations_privacy,
    guides_family_situations_support,
)

# In reading order: the sections' order first (sections.py), then within each section.
_MODULES = [
    guides_family_situations_emergency,
    guides_family_situations_privacy,
    guides_family_situations_family,
    guides_family_situations_support,
]

GROWN_UP = [guide for module in _MODULES for guide in module.GROWN_UP]
YOUNG_PEOPLE = [guide for module in _MODULES for guide in module.YOUNG_PEOPLE]
SOURCES = [source for module in _MODULES for source in module.SOURCES]
SOURCES_BY_GUIDE = {slug: urls for module in _MODULES for slug, urls in module.SOURCES_BY_GUIDE.items()}
