"""Fixtures for the hostile cases. `world` (LA-A, LA-B, A1, P1, P2, YP, WA, AA, EA, B1, WB, D1) is in
tests/conftest.py; the scanner fixture is here."""

import io
import os
import zipfile

import pytest

from portal.documents.scanning import ping

# Built from two halves so that no file in this repository is itself the EICAR test file.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def _docx_with(name, data):
    """A valid Word file (it passes the upload checks) carrying one extra part."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>",
        )
        archive.writestr(name, data)
    return out.getvalue()


@pytest.fixture
def clamd(settings):
    """The real ClamAV daemon .ci/run starts (with a test signature for EICAR). Skipped where there is
    none, with the reason; in CI (CI=true) a missing daemon is a failure, not a skip."""
    path = os.environ.get("PORTAL_TEST_CLAMD_SOCKET", "")
    give_up = pytest.fail if os.environ.get("CI") else pytest.skip
    if not path:
        give_up("ClamAV's clamd is not running here: set PORTAL_TEST_CLAMD_SOCKET (.ci/run starts one).")
    settings.PORTAL_CLAMD_SOCKET = path
    settings.PORTAL_CLAMD_HOST = ""
    if not ping():
        give_up(f"clamd does not answer on {path}.")
    return path


@pytest.fixture
def eicar():
    return EICAR


@pytest.fixture
def docx_with():
    return _docx_with
