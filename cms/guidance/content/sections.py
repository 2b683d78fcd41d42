"""The sections of the guidance, in the order a family usually meets them.

Section slugs are deliberately different from every guide slug, because the family area finds a
stage's guide by slug anywhere under the site root (portal/cases/guides.py).
"""

SECTIONS = [
    {
        "slug": "when-childrens-services-are-worried",
        "title": "When children's services are worried",
        "intro": "What happens when children's services get involved with your family, and how they can help.",
    },
    {
        "slug": "pre-proceedings",
        "title": "Pre-proceedings",
        "intro": "The step before court. A chance to sort out the worries together, so that court is not needed.",
    },
    {
        "slug": "going-to-court",
        "title": "Going to court",
        "intro": "What happens if children's services ask the family court to decide, step by step.",
    },
    {
        "slug": "after-the-court-case",
        "title": "After court",
        "intro": "What happens when the court has made its decision, or the case has closed.",
    },
    {
        "slug": "your-rights-and-help",
        "title": "Your rights and getting help",
        "intro": "When legal advice is free, the people you will meet, your rights, and how to complain.",
    },
]
