"""Every action code the code base writes to the access log, found by reading the source.

The log's screen and its CSV show each code as words (portal.audit.labels). A new code without
words would show as a bare code, so test_access_log_words asks for words for each one found here.
Codes are found where they are written: `action="..."` in a call (either branch of an `if`
expression too), the admin views' `audit_action`, `audit_view_action` and `audit_name`, the
`(signal, "code")` pairs that security_events connects, and the names of family-area views wrapped
in `private_view` (a refusal is logged under the view's name).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
ATTRIBUTES = {"audit_action", "audit_view_action", "audit_name"}


def _strings(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value} if node.value else set()
    if isinstance(node, ast.IfExp):
        return _strings(node.body) | _strings(node.orelse)
    return set()


def _decorated_with_private_view(function):
    return any(
        (isinstance(decorator, ast.Name) and decorator.id == "private_view")
        or (isinstance(decorator, ast.Attribute) and decorator.attr == "private_view")
        for decorator in function.decorator_list
    )


def _codes_in(tree, relative):
    codes = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                if keyword.arg == "action" and not _is_argparse(node):
                    codes |= _strings(keyword.value)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                names = [target] if not isinstance(target, ast.Tuple) else target.elts
                if any(isinstance(name, ast.Name) and name.id in ATTRIBUTES for name in names):
                    codes |= _strings(node.value)
        elif isinstance(node, ast.FunctionDef) and _decorated_with_private_view(node):
            codes.add(node.name)
        elif isinstance(node, ast.Tuple) and relative.endswith("security_events.py") and len(node.elts) == 2:
            first, second = node.elts
            if isinstance(first, ast.Attribute) and first.attr.endswith("_rejected"):
                codes |= _strings(second)
    return codes


def _is_argparse(call):
    return isinstance(call.func, ast.Attribute) and call.func.attr == "add_argument"


def action_codes():
    codes = set()
    for folder in ("portal", "cms"):
        for path in (ROOT / folder).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative:
                continue
            codes |= _codes_in(ast.parse(path.read_text(), filename=relative), relative)
    return codes
