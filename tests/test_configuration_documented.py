"""Every environment variable the settings read is in the README's table, and every variable the
table lists is read (by the settings, or by the Makefile or tests for the PORTAL_TEST_* ones)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READ = re.compile(r'(?:environ(?:\.get)?\(|environ\[|env_[a-z]+\(|getenv\()\s*"([A-Z][A-Z0-9_]+)"')
ROW = re.compile(r"^\| ((?:`[A-Z][A-Z0-9_]+`(?: / )?)+) \|", re.MULTILINE)


def _read_in(paths):
    return {name for path in paths for name in READ.findall(path.read_text())}


def _documented():
    section = (ROOT / "README.md").read_text().split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return {name for cell in ROW.findall(section) for name in re.findall(r"`([A-Z0-9_]+)`", cell)}


def test_the_readme_lists_exactly_the_variables_that_are_read():
    by_settings = _read_in((ROOT / "portal" / "settings").glob("*.py"))
    by_tooling = _read_in([ROOT / "tests" / "conftest.py", *(ROOT / "tests").rglob("conftest.py")])
    by_tooling |= set(re.findall(r"\$\{?([A-Z][A-Z0-9_]+)", (ROOT / "Makefile").read_text()))
    documented = _documented()
    assert by_settings - documented == set(), "read by the settings but not in the README's table"
    assert documented - by_settings - by_tooling == set(), "in the README's table but never read"
