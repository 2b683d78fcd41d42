"""The seed content: plain-language guides and glossary terms, written for this project.

Format (read by cms.guidance's seed loader):
- sections.py: SECTIONS, a list of {"slug", "title", "intro"}.
- guides.py: GUIDES, a list of {"slug", "title", "section", "audience" ("adults" or
  "young_people"), "summary", "pair" (slug of the other audience's version, or None),
  "review_months", "body"}, where body is a list of blocks:
    ("text", "<p>…</p>")                      rich text: h2, h3, p, ul, ol, bold, links
    ("inset_text", "<p>…</p>")
    ("warning_text", "plain sentence")
    ("details", "summary question", "<p>…</p>")
    ("what_you_can_do_now", ["short action", …])
    ("call_to_action", {"text": "…", "link_slug": "free-legal-advice", "label": "…"})
- glossary.py: TERMS, a list of {"term", "meaning", "meaning_young", "avoid" (bool),
  "also" (other forms of the word that should be linked), "not_in" (optional: phrases where the
  word means something else and is never linked, such as "contact us")}.
- sources.py: SOURCES, the public sources the facts were checked against; each topic module may add
  its own SOURCES and SOURCES_BY_GUIDE ({guide slug: [source url, …]}).
"""
