"""One direction between the two halves: the CMS (cms/) may use the council model and plain shared
names and lists from the portal, never the portal's services, views or selectors. The portal may use
the CMS freely. A forbidden import fails here by file and module."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What cms/ may import from portal/: the tenant model, group names, the stage list, the clock format.
ALLOWED = {
    "portal.authorities.models",
    "portal.authorities.roles",
    "portal.cases.stages",
    "portal.languages.clock",
}


def _portal_imports(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        yield from (name for name in names if name == "portal" or name.startswith("portal."))


def test_the_cms_uses_only_the_council_model_and_shared_names_from_the_portal():
    forbidden = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted((ROOT / "cms").rglob("*.py"))
        if "migrations" not in path.parts
        for module in _portal_imports(path)
        if module not in ALLOWED
    ]
    assert forbidden == []


def test_the_running_site_never_imports_the_command_line_tools():
    """portal/tools (benchmark, load test) starts servers and bulk-inserts rows: no request may reach it."""
    forbidden = [
        f"{path.relative_to(ROOT)}: {module}"
        for folder in ("portal", "cms")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "tools" not in path.relative_to(ROOT).parts
        for module in _portal_imports(path)
        if module == "portal.tools" or module.startswith("portal.tools.")
    ]
    assert forbidden == []
