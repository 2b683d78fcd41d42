"""The README's picture of the project and the tree agree: every package in portal/ and cms/ is in
it, and everything it names exists."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOT_PACKAGES = {"migrations", "management", "templatetags"}  # Django's own places, not the project's


def _pictured():
    section = (ROOT / "README.md").read_text().split("## Project layout", 1)[1]
    picture = section.split("```", 2)[1]
    named, parents = set(), []
    for line in picture.splitlines():
        match = re.match(r"^( *)((?:[\w.]+/ *)+)", line)
        if not match:
            continue
        depth = len(match.group(1)) // 2
        names = re.findall(r"([\w.]+)/", match.group(2))
        parents = parents[:depth]
        for name in names:
            named.add("/".join([*parents, name]))
        parents.append(names[-1])
    return named


def _packages():
    return {
        init.parent.relative_to(ROOT).as_posix()
        for folder in ("portal", "cms")
        for init in (ROOT / folder).rglob("__init__.py")
        if not NOT_PACKAGES & set(init.relative_to(ROOT).parts)
    }


def test_every_package_is_in_the_readme_picture():
    assert _packages() - _pictured() == set()


def test_everything_the_picture_names_exists():
    assert {name for name in _pictured() if not (ROOT / name).is_dir()} == set()
