"""The Open Referral UK schema files are copies: they must stay the profile's own, unchanged."""

from pathlib import Path

import pytest

from cms.directory.openreferral_reader import SCHEMA_DIR as APP_SCHEMA_DIR

TEST_SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
# The shared copy the project started from sits beside the repository, when it is there.
SHARED_DIR = Path(__file__).resolve().parents[3] / ".." / "shared" / "openreferral-uk"


def _files(directory):
    return sorted(path.relative_to(directory) for path in directory.rglob("*") if path.is_file())


def test_the_licence_travels_with_each_copy():
    for directory in (APP_SCHEMA_DIR, TEST_SCHEMA_DIR):
        assert "Creative Commons Attribution-ShareAlike 4.0" in (directory / "LICENSE").read_text()


def test_the_app_and_the_tests_use_the_same_schema_files():
    for relative in _files(APP_SCHEMA_DIR):
        assert (APP_SCHEMA_DIR / relative).read_bytes() == (TEST_SCHEMA_DIR / relative).read_bytes(), relative


@pytest.mark.skipif(not SHARED_DIR.is_dir(), reason="the shared Open Referral UK folder is not beside the repository")
def test_the_copies_match_the_shared_originals():
    for relative in _files(TEST_SCHEMA_DIR):
        original = (
            SHARED_DIR / relative if relative.name in ("LICENSE", "README.md") else SHARED_DIR / "schema" / relative
        )
        assert original.read_bytes() == (TEST_SCHEMA_DIR / relative).read_bytes(), relative
