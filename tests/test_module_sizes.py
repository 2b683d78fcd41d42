"""Modules stay small enough to read in one sitting (HOUSE-STYLE: split into a package when one
grows). Content seed text and migrations are data, not code, and are left out."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULE_LIMIT = 400
SETTINGS_LIMIT = 250
DATA = ("migrations", "content", "translations")  # seed text, demo translations, migrations


def _lines(path):
    return len(path.read_text().splitlines())


def _code_modules():
    for folder in ("portal", "cms", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            if not set(path.relative_to(ROOT).parts) & set(DATA):
                yield path


def test_each_settings_module_reads_in_one_go():
    too_long = {
        path.name: _lines(path) for path in (ROOT / "portal" / "settings").glob("*.py") if _lines(path) > SETTINGS_LIMIT
    }
    assert too_long == {}, f"settings modules stay under {SETTINGS_LIMIT} lines: move a topic to its own module"


def test_no_module_is_longer_than_the_limit():
    too_long = {str(path.relative_to(ROOT)): _lines(path) for path in _code_modules() if _lines(path) > MODULE_LIMIT}
    assert too_long == {}, f"split these into smaller modules (limit {MODULE_LIMIT} lines)"
