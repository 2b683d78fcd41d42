"""Family documents on shared object storage (#21, "More than one server"): with
PORTAL_PRIVATE_STORAGE_URL=s3://…, every read, write and delete goes to a private bucket that all app
servers reach, files are still only streamed by the views that check who is asking, nobody can read
the bucket without credentials, and `check --deploy` says plainly when the bucket cannot be reached.

The bucket is served by moto's standalone S3 server, started here as a separate process on
127.0.0.1 and spoken to over HTTP by the real boto3 client: nothing in the client is patched. The
storage options come from the same settings code a council's environment variables go through
(portal/settings/storage.py), so what is tested is what runs.
"""

import contextlib
import hashlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import timedelta

import pytest

pytest.importorskip("moto.server", reason="moto[server] is not installed (pip install -e '.[dev]')")

import boto3
from botocore import UNSIGNED
from botocore.config import Config
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from portal.cases.retention import case_delete_for_retention
from portal.demo import builders
from portal.demo.pdf import make_pdf
from portal.documents.housekeeping import staged_uploads_expire
from portal.documents.models import DocumentVersion, FamilyUpload
from portal.documents.services import STORAGE_FAILED_MESSAGE, document_share, document_upload_stage
from portal.documents.storage import PrivateS3Storage
from portal.ops.checks import private_storage_answers
from portal.settings.environment import BASE_DIR
from portal.settings.storage import _private_bucket_options

from .upload_samples import png

pytestmark = pytest.mark.django_db

BUCKET = "family-documents"
REGION = "eu-west-2"
PREFIX = "la-a"
KEYS = {"PORTAL_S3_ACCESS_KEY_ID": "portal-test-key", "PORTAL_S3_SECRET_ACCESS_KEY": "portal-test-secret"}


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_endpoint():
    """A moto S3 server of this test process's own, with an empty private bucket. Its address."""
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603  (our own interpreter, fixed arguments)
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1).close()  # noqa: S310
                break
            except urllib.error.HTTPError:
                break  # it answered
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"moto's S3 server did not start on {endpoint}") from None
                time.sleep(0.1)
        admin_client(endpoint).create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)


def admin_client(endpoint):
    """A boto3 client of the bucket's owner, apart from the portal: to look at what really is stored."""
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=KEYS["PORTAL_S3_ACCESS_KEY_ID"],
        aws_secret_access_key=KEYS["PORTAL_S3_SECRET_ACCESS_KEY"],
        config=Config(s3={"addressing_style": "path"}),
    )


def bucket_options(monkeypatch, endpoint, **extra_env):
    """The storage options a council's environment gives, through the settings' own code."""
    env = {**KEYS, "PORTAL_S3_ENDPOINT_URL": endpoint, "PORTAL_S3_REGION": REGION, "PORTAL_S3_ENCRYPTION": "AES256"}
    for name, value in {**env, **extra_env}.items():
        monkeypatch.setenv(name, value)
    return _private_bucket_options(f"s3://{BUCKET}/{PREFIX}")


@contextlib.contextmanager
def private_storage_at(options):
    """Family documents go to the bucket: the "private" alias (staging, checks) and the two file
    fields, which took their storage when the models were loaded, as a server starting with
    PORTAL_PRIVATE_STORAGE_URL set would have."""
    private = {"BACKEND": "portal.documents.storage.PrivateS3Storage", "OPTIONS": options}
    fields = [DocumentVersion._meta.get_field("file"), FamilyUpload._meta.get_field("file")]
    saved = [field.storage for field in fields]
    with override_settings(STORAGES={**settings.STORAGES, "private": private}):  # empties storages' cache
        storage = storages["private"]
        for field in fields:
            field.storage = storage
        try:
            yield storage
        finally:
            for field, old in zip(fields, saved, strict=True):
                field.storage = old


@pytest.fixture
def bucket(s3_endpoint, monkeypatch):
    """The portal storing family documents in the moto bucket; the owner's client to look inside."""
    with private_storage_at(bucket_options(monkeypatch, s3_endpoint)) as storage:
        yield storage, admin_client(s3_endpoint)


@pytest.fixture
def family(authority_a):
    worker = builders.staff_get_or_build(authority=authority_a, email="w-s3@la-a.example", role="worker")
    case = builders.case_get_or_build(
        authority=authority_a, reference="S3-1", family_name="The S3 family", worker=worker
    )
    parent = builders.participant_get_or_build(case=case, email="p-s3@family.example", first_name="Kit", role="parent")
    return worker, case, parent


def key_of(version_or_upload):
    return f"{PREFIX}/{version_or_upload.file.name}"


def in_bucket(client, key):
    try:
        client.head_object(Bucket=BUCKET, Key=key)
    except client.exceptions.ClientError as exc:
        assert exc.response["ResponseMetadata"]["HTTPStatusCode"] == 404
        return False
    return True


def share(worker, case, parent, title="Letter before proceedings"):
    upload = SimpleUploadedFile("letter.pdf", make_pdf(title, ["What the council is worried about."]))
    return document_share(
        case=case, uploaded_file=upload, title=title, what_it_is="A letter.", recipients=[parent], shared_by=worker
    )


def test_a_shared_document_is_in_the_bucket_and_the_family_downloads_exactly_its_bytes(client, bucket, family):
    _storage, owner = bucket
    worker, case, parent = family
    document = share(worker, case, parent)
    version = document.current_version
    stored = owner.get_object(Bucket=BUCKET, Key=key_of(version))
    held = stored["Body"].read()
    assert hashlib.sha256(held).hexdigest() == version.sha256 and held.startswith(b"%PDF-")
    assert stored["ServerSideEncryption"] == "AES256"  # PORTAL_S3_ENCRYPTION reached the service

    client.force_login(parent.user)
    response = client.get(reverse("family:document_download", args=[case.public_id, document.public_id]))
    assert response.status_code == 200
    received = b"".join(response.streaming_content)
    assert received == held and int(response["Content-Length"]) == len(held)
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]


def test_nobody_without_credentials_can_read_a_document_and_the_portal_makes_no_link(bucket, family, s3_endpoint):
    storage, _owner = bucket
    version = share(*family).current_version
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{s3_endpoint}/{BUCKET}/{key_of(version)}", timeout=5)  # noqa: S310
    assert refused.value.code == 403
    anonymous = boto3.client(
        "s3", endpoint_url=s3_endpoint, region_name=REGION, config=Config(signature_version=UNSIGNED)
    )
    with pytest.raises(anonymous.exceptions.ClientError) as denied:
        anonymous.get_object(Bucket=BUCKET, Key=key_of(version))
    assert denied.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    assert storage.publicly_readable(version.file.name) is False
    with pytest.raises(ValueError, match="no address"):
        version.file.url  # noqa: B018  (a signed link could be forwarded: there is none)


def test_a_file_a_family_member_sends_is_stored_in_the_bucket_and_reaches_their_worker(client, bucket, family):
    _storage, owner = bucket
    worker, case, parent = family
    client.force_login(parent.user)
    response = client.post(
        reverse("family:send", args=[case.public_id]), {"file": SimpleUploadedFile("photo.png", png()), "note": "Hi"}
    )
    assert response.status_code == 302
    upload = FamilyUpload.objects.get(case=case)
    held = owner.get_object(Bucket=BUCKET, Key=key_of(upload))["Body"].read()
    assert hashlib.sha256(held).hexdigest() == upload.sha256

    client.force_login(worker)
    response = client.get(reverse("cases:family_upload_download", args=[case.pk, upload.public_id]))
    assert response.status_code == 200 and b"".join(response.streaming_content) == held


def test_a_held_file_waits_in_the_bucket_and_goes_once_shared_or_forgotten(bucket, family):
    _storage, owner = bucket
    worker, case, parent = family
    pdf = make_pdf("Meeting notes", ["Notes from the meeting."])
    staged = document_upload_stage(case=case, uploaded_file=SimpleUploadedFile("notes.pdf", pdf), staged_by=worker)
    assert in_bucket(owner, f"{PREFIX}/{staged.name}")
    document = document_share(
        case=case, staged=staged, title="Meeting notes", what_it_is="Notes.", recipients=[parent], shared_by=worker
    )
    assert not in_bucket(owner, f"{PREFIX}/{staged.name}")
    assert in_bucket(owner, key_of(document.current_version))

    forgotten = document_upload_stage(case=case, uploaded_file=SimpleUploadedFile("n.pdf", pdf), staged_by=worker)
    assert staged_uploads_expire(now=timezone.now()) == 0  # still within its time
    assert staged_uploads_expire(now=timezone.now() + timedelta(days=1)) == 1
    assert not in_bucket(owner, f"{PREFIX}/{forgotten.name}")


def test_retention_deletes_the_documents_objects_from_the_bucket(bucket, family):
    _storage, owner = bucket
    worker, case, parent = family
    keys = [key_of(share(worker, case, parent, title=f"Letter {n}").current_version) for n in (1, 2)]
    assert all(in_bucket(owner, key) for key in keys)
    case.closed_at = timezone.now() - timedelta(days=800)
    case.save(update_fields=["closed_at"])

    counts, _users = case_delete_for_retention(case=case)

    assert counts["versions"] == 2
    assert not any(in_bucket(owner, key) for key in keys)


def test_the_deploy_check_passes_against_the_bucket_and_leaves_nothing_behind(bucket):
    _storage, owner = bucket
    assert private_storage_answers() == []
    call_command("check", "--deploy", "--tag", "files")
    assert owner.list_objects_v2(Bucket=BUCKET, Prefix=f"{PREFIX}/portal-check/")["KeyCount"] == 0


QUICK = Config(connect_timeout=2, retries={"mode": "standard", "max_attempts": 1}, s3={"addressing_style": "path"})


def test_the_deploy_check_fails_with_a_plain_message_when_the_storage_does_not_answer(monkeypatch):
    options = bucket_options(monkeypatch, f"http://127.0.0.1:{_free_port()}")  # nobody listening
    with private_storage_at({**options, "client_config": QUICK}):
        errors = private_storage_answers()
        assert [error.id for error in errors] == ["portal.E003"]
        assert "family documents cannot be reached" in errors[0].msg
        assert "PORTAL_PRIVATE_STORAGE_URL" in errors[0].hint and "PORTAL_S3_ENDPOINT_URL" in errors[0].hint
        with pytest.raises(SystemCheckError, match="portal.E003"):
            call_command("check", "--deploy", "--tag", "files")


def test_the_deploy_check_fails_when_anyone_can_read_the_bucket(s3_endpoint, monkeypatch):
    # As if a bucket policy or an access rule had opened it to the world: here, the probe itself.
    with private_storage_at({**bucket_options(monkeypatch, s3_endpoint), "default_acl": "public-read"}):
        errors = private_storage_answers()
    assert [error.id for error in errors] == ["portal.E004"]
    assert "block all public access" in errors[0].hint


def test_a_production_server_given_the_bucket_by_its_environment_checks_it_at_deploy(s3_endpoint, tmp_path):
    """The whole way a council configures it: environment variables, production settings, `check --deploy`."""

    def deploy_check(endpoint):
        env = {
            **os.environ,
            **KEYS,
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "DJANGO_SECRET_KEY": "deploy-check-test-" + "k" * 40,
            "DJANGO_ALLOWED_HOSTS": "portal.example.gov.uk",
            "PORTAL_VAR_DIR": str(tmp_path),
            "PORTAL_PRIVATE_STORAGE_URL": f"s3://{BUCKET}/{PREFIX}",
            "PORTAL_S3_ENDPOINT_URL": endpoint,
            "PORTAL_S3_REGION": REGION,
        }
        return subprocess.run(  # noqa: S603  (our own interpreter and manage.py)
            [sys.executable, "manage.py", "check", "--deploy", "--tag", "files"],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    passed = deploy_check(s3_endpoint)
    assert passed.returncode == 0, passed.stderr
    # The same server pointed at an address where nothing answers: so it really was using the bucket.
    failed = deploy_check(f"http://127.0.0.1:{_free_port()}")
    assert failed.returncode != 0
    assert "portal.E003" in failed.stderr and "PORTAL_S3_ENDPOINT_URL" in failed.stderr


def test_a_storage_outage_gives_the_family_the_plain_message_and_keeps_nothing(client, family, monkeypatch):
    _worker, case, parent = family
    options = bucket_options(monkeypatch, f"http://127.0.0.1:{_free_port()}")
    with private_storage_at({**options, "client_config": QUICK}):
        client.force_login(parent.user)
        response = client.post(
            reverse("family:send", args=[case.public_id]), {"file": SimpleUploadedFile("photo.png", png()), "note": ""}
        )
        with pytest.raises(ValidationError) as failed:
            share(*family)
    assert response.status_code == 200 and str(STORAGE_FAILED_MESSAGE) in response.content.decode()
    assert failed.value.code == "storage_failed"
    assert not FamilyUpload.objects.filter(case=case).exists() and not DocumentVersion.objects.exists()


def test_the_settings_read_the_bucket_from_the_environment(monkeypatch):
    monkeypatch.setenv("PORTAL_S3_ENCRYPTION", "aws:kms")
    monkeypatch.setenv("PORTAL_S3_KMS_KEY_ID", "alias/family-documents")
    for name in ("PORTAL_S3_ENDPOINT_URL", "PORTAL_S3_REGION", *KEYS):
        monkeypatch.delenv(name, raising=False)
    options = _private_bucket_options("s3://council-docs/portal/")
    assert options["bucket_name"] == "council-docs" and options["location"] == "portal"
    assert options["object_parameters"] == {"ServerSideEncryption": "aws:kms", "SSEKMSKeyId": "alias/family-documents"}
    # No keys: boto3 finds its own (the server's role); no endpoint: AWS, with its usual addressing.
    assert options["access_key"] is None and options["endpoint_url"] is None and options["addressing_style"] is None
    assert isinstance(PrivateS3Storage(**options), PrivateS3Storage)

    for wrong in ("https://council-docs", "s3://", "azure://container"):
        with pytest.raises(ImproperlyConfigured, match="PORTAL_PRIVATE_STORAGE_URL"):
            _private_bucket_options(wrong)
    monkeypatch.setenv("PORTAL_S3_ACCESS_KEY_ID", "only-half")
    with pytest.raises(ImproperlyConfigured, match="or neither"):
        _private_bucket_options("s3://council-docs")
    monkeypatch.delenv("PORTAL_S3_ACCESS_KEY_ID")
    monkeypatch.setenv("PORTAL_S3_ENCRYPTION", "rot13")
    with pytest.raises(ImproperlyConfigured, match="PORTAL_S3_ENCRYPTION"):
        _private_bucket_options("s3://council-docs")
