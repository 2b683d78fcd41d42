"""Reads in selectors, writes in services, each write in a transaction.

Views, forms and admin screens get objects only from selectors (which carry the user's scope) and
change them only through services (which validate, audit and notify). A view that calls
`Model.objects` or `.save()` itself skips all of that, so these tests read the source with `ast`
and fail by file, line and call. They see calls, not types: reads through a related manager
(`case.contacts.all()`) and many-to-many writes (`.add()`, `.set()`, whose names sets and context
variables share) are not caught, and `.update()` counts only when called with keyword arguments
alone, as `QuerySet.update(**fields)` is (`context.update({...})` is a dict's).

Middleware and permission policies (portal/authorities/admin_boundary.py, portal/cases/permissions.py)
are not scanned: they answer Wagtail's own questions about Wagtail's own models before any view runs.

The second test asks every writing service to open a transaction (`@transaction.atomic`, or a
`with transaction.atomic():` in its body). It does not check that every write sits inside that
`with` block: some services deliberately write an audit row before the transaction opens (a
refused permission) or after it rolled back (an infected upload), so that the row is kept.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Calls that write to the database, whatever the receiver.
WRITE_CALLS = {"save", "create", "delete", "bulk_create", "bulk_update", "get_or_create", "update_or_create"}
MANAGERS = {"objects", "_default_manager"}

# Modules a request goes through before reaching selectors and services: views, forms, admin
# screens and their hooks, and the helpers views build responses with.
VIEW_MODULE_NAMES = {"views.py", "forms.py", "admin_views.py", "wagtail_hooks.py"}
VIEW_HELPERS = {
    "portal/cases/access.py",
    "portal/cases/calendar.py",
    "portal/cases/family_page.py",
    "portal/documents/downloads.py",
}

# (module, function, call) a framework needs. Keep it short, and say why.
VIEW_ALLOWED = {
    # Wagtail's ModelViewSet registers the Permission queryset this returns on the Groups screen.
    # `.none()` runs no query: case access comes from staff memberships, never from groups.
    ("portal/cases/admin_views/viewsets.py", "get_permissions_to_register", "Permission.objects"),
}

# (module, function) that write without opening a transaction, on purpose.
SERVICE_ALLOWED = {
    # One INSERT each, on almost every request, usually inside the caller's transaction. A refusal
    # is also logged before a transaction opens, or after one rolled back, so that its row is kept.
    ("portal/audit/services.py", "audit_record"),
    ("portal/audit/services.py", "audit_allowed"),
    ("portal/audit/services.py", "audit_denied"),
    # Writes outbox rows inside the caller's transaction (its docstring asks to be called there),
    # and queues their sending for after that transaction commits.
    ("portal/notifications/services/outbox.py", "notify_participants"),
    # Outbox delivery: each step is one conditional UPDATE that must commit on its own, so that a
    # claim is seen by other workers before the email or text goes out and no row stays locked
    # during a call to the provider.
    ("portal/notifications/services/outbox.py", "notification_deliver"),
    ("portal/notifications/services/outbox.py", "notifications_deliver"),
    ("portal/notifications/services/outbox.py", "notifications_release_stale"),
    ("portal/notifications/services/outbox.py", "notifications_send_pending"),
}


def view_modules(root):
    portal = root / "portal"
    for path in sorted(portal.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        parts = path.relative_to(portal).parts
        if {"migrations", "management", "settings", "demo"} & set(parts[:-1]):
            continue
        if path.name in VIEW_MODULE_NAMES or "admin_views" in parts[:-1] or relative in VIEW_HELPERS:
            yield relative, path


def _parse(path):
    return ast.parse(path.read_text(), filename=str(path))


def _functions_with_parents(tree):
    """(enclosing function name or "<module>", node) for every node of the module."""
    stack = [("<module>", tree)]
    while stack:
        name, node = stack.pop()
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else name
            yield name, child
            stack.append((inner, child))


def _is_write(call):
    func = call.func
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr in WRITE_CALLS:
        return True
    # QuerySet.update takes keyword arguments only; dict.update takes a positional one.
    return func.attr == "update" and not call.args and bool(call.keywords)


def layering_problems(root=ROOT):
    problems, used = [], set()
    for relative, path in view_modules(root):
        for function, node in _functions_with_parents(_parse(path)):
            if isinstance(node, ast.Call) and _is_write(node):
                found = f".{node.func.attr}() writes"
                key = (relative, function, ast.unparse(node.func))
            elif isinstance(node, ast.Attribute) and node.attr in MANAGERS:
                found = f"{ast.unparse(node)} reads without a selector"
                key = (relative, function, ast.unparse(node))
            else:
                continue
            if key in VIEW_ALLOWED:
                used.add(key)
                continue
            problems.append(f"{relative}:{node.lineno} in {function}(): {found}")
    return problems, used


def test_views_forms_and_admin_screens_read_through_selectors_and_write_through_services():
    problems, used = layering_problems()
    assert problems == []
    assert used == VIEW_ALLOWED, "an allowed call is no longer made: take it off VIEW_ALLOWED"


def _is_atomic(function):
    """Decorated with transaction.atomic (with or without arguments), or opens `with transaction.atomic(...)`."""

    def names_atomic(node):
        node = node.func if isinstance(node, ast.Call) else node
        return ast.unparse(node) in {"transaction.atomic", "atomic"}

    if any(names_atomic(decorator) for decorator in function.decorator_list):
        return True
    return any(
        isinstance(node, (ast.With, ast.AsyncWith)) and any(names_atomic(item.context_expr) for item in node.items)
        for node in ast.walk(function)
    )


def _service_modules(root):
    """portal/<app>/services.py, or the modules of a portal/<app>/services/ package."""
    paths = [*(root / "portal").glob("*/services.py"), *(root / "portal").glob("*/services/*.py")]
    for path in sorted(paths):
        if path.name != "__init__.py":
            module = ".".join(path.relative_to(root).with_suffix("").parts)
            yield module, path.relative_to(root).as_posix(), _parse(path)


def _absolute(module, node):
    """The dotted name an ImportFrom in `module` imports from."""
    if node.level == 0:
        return node.module
    base = module.rsplit(".", node.level)[0]
    return f"{base}.{node.module}" if node.module else base


def service_writers(root=ROOT):
    """{(module path, function): (FunctionDef, writes)} for every top-level function of every
    portal/*/services.py. A function writes if it calls a write itself, or calls a function of any
    services module (its own, or one it imports from) that does."""
    functions, calls, direct = {}, {}, {}
    modules = list(_service_modules(root))
    # A name imported from a services package is found in whichever of its modules defines it.
    defined_in = {}
    for module, relative, tree in modules:
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                defined_in[(module, node.name)] = relative
                defined_in.setdefault((module.rsplit(".", 1)[0], node.name), relative)
    for module, relative, tree in modules:
        imported = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom):
                source = _absolute(module, node)
                for alias in node.names:
                    if (source, alias.name) in defined_in:
                        imported[alias.asname or alias.name] = defined_in[(source, alias.name)]
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                key = (relative, node.name)
                functions[key] = node
                calls[key] = {
                    (imported.get(call.func.id, relative), call.func.id)
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                }
                direct[key] = any(isinstance(call, ast.Call) and _is_write(call) for call in ast.walk(node))
    writes = dict(direct)
    changed = True
    while changed:
        changed = False
        for key, callees in calls.items():
            if not writes[key] and any(writes.get(callee) for callee in callees):
                writes[key] = changed = True
    return {key: (functions[key], writes[key]) for key in functions}


def atomic_problems(root=ROOT):
    problems, allowed_writers = [], set()
    for (relative, name), (function, writes) in service_writers(root).items():
        if not writes or name.startswith("_"):
            continue  # private helpers are checked through the public services that call them
        arguments = function.args
        if arguments.posonlyargs or arguments.args or arguments.vararg:
            problems.append(f"{relative}:{function.lineno} {name}() takes positional arguments")
        if (relative, name) in SERVICE_ALLOWED:
            allowed_writers.add((relative, name))
        elif not _is_atomic(function):
            problems.append(f"{relative}:{function.lineno} {name}() writes outside transaction.atomic")
    return problems, allowed_writers


def test_every_service_that_writes_opens_a_transaction_and_takes_keyword_arguments():
    problems, allowed_writers = atomic_problems()
    assert problems == []
    assert allowed_writers == SERVICE_ALLOWED, "an allowed service no longer writes: take it off SERVICE_ALLOWED"
