"""The seed text of the young people's hub (cms/guidance/young_people.py), written for this project.

The intro and the people to talk to are for teenagers (the young people's readability target);
the part for younger children is for about 7 to 11 year olds reading with a grown-up, so it uses
even shorter words and sentences. The hub's help line numbers come from the directory, not from here.
"""

YOUNG_PEOPLE_HUB = {
    "slug": "young-people",
    "title": "For children and young people",
    "intro": (
        "This part of the site is for you. Your family is working with children's services, "
        "and there may be a court case. You might feel worried, angry or lost. That is OK. "
        "Here you can find out what is going on, who the people are and what your rights are."
    ),
    "people_to_talk_to": (
        "You can also talk to your guardian, your solicitor or your social worker. "
        "They want to know what you think and how you feel. "
        "A teacher or another adult you trust can help too."
    ),
    "younger_text": (
        "Ask a grown-up you trust to read this with you. "
        "Some grown-ups are worried about your family. "
        "Their job is to help keep you safe. "
        "It is not your fault. "
        "These pages say what is going on. "
        "Start with the first one."
    ),
}

# Four short young people's guides, in the order a younger child should read them: what is
# happening, who the people are, what court is, and that they have a say. A slug the content does
# not have is skipped.
YOUNGER_GUIDE_SLUGS = [
    "young-people-what-is-pre-proceedings",
    "young-people-whos-who",
    "young-people-care-proceedings",
    "young-people-your-rights",
]
