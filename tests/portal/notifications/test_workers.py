"""Several `db_worker` processes at once: every notification is sent exactly once (issue #21).

The main test starts two real `manage.py db_worker` processes, each with its own database
connection, on the test database. The same sending task is queued twice, and each notification
once more on its own, twice, so both workers reach the same rows at the same moment. The tasks are
held back (run_after in the future) until both workers are polling, then released together.
Messages go to each worker's console (Django's console email backend), so what each process sent
is counted in its own output.

What each database run proves:
- PostgreSQL: two connections really run at the same time; the claim (one conditional UPDATE) is
  what stops the second sending, through PostgreSQL's row lock.
- SQLite: its test database lives in this process's memory, so the workers get a file copy of it
  (copied back afterwards to check the rows). SQLite lets one writer at a time, so the claims are
  serialised by the database; it proves that two processes sharing one SQLite file (the demo's
  set-up) never both send a row.
With the claim made a read followed by a write, rows went out twice in both runs (tried while
writing this test), so the test does see the race it is about.
"""

import os
import re
import signal
import smtplib
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from django.db import connection
from django.utils import timezone

from portal.demo import builders
from portal.notifications.models import Notification
from portal.notifications.services import (
    notification_deliver,
    notifications_release_stale,
    notifications_send_pending,
)
from portal.notifications.services.outbox import _claim
from portal.notifications.tasks import send_notifications

ROOT = Path(__file__).resolve().parents[3]
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
NOTIFICATIONS = 24
WORKERS = ("worker-one", "worker-two")
STARTUP_SECONDS = 180  # two Django processes starting at once on a busy two-core machine
RUN_SECONDS = 120


class SharedDatabase:
    """The database the worker processes use, and the few statements the test runs on it while
    they work (through a connection of its own on SQLite, where the test's is in memory)."""

    def __init__(self, tmp_path):
        self.sqlite_file = tmp_path / "workers.sqlite3" if connection.vendor == "sqlite" else None

    def __enter__(self):
        if self.sqlite_file is None:
            db = connection.settings_dict
            auth = quote(db["USER"] or "") + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
            self.url = f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
            return self
        connection.ensure_connection()
        with sqlite3.connect(self.sqlite_file) as copy:
            connection.connection.backup(copy)
        self.url = f"sqlite:///{self.sqlite_file}"
        return self

    def __exit__(self, *exc):
        if self.sqlite_file is not None:  # the workers have stopped: bring their work back
            with sqlite3.connect(self.sqlite_file) as copy:
                copy.backup(connection.connection)

    def execute(self, sql, params=()):
        if self.sqlite_file is None:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else None
        with sqlite3.connect(self.sqlite_file, timeout=30, isolation_level=None) as own:
            return own.execute(sql.replace("%s", "?"), params).fetchall()


class Workers:
    """`manage.py db_worker` processes, with their output (log lines and the emails they sent)."""

    def __init__(self, *, names, database_url, var_dir):
        self.names, self.output, self.processes, self.readers = names, {name: [] for name in names}, {}, []
        self.environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",  # its email backend can be chosen
            "DJANGO_DEBUG": "0",
            "DATABASE_URL": database_url,
            "PORTAL_TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
            "PORTAL_SMS_BACKEND": "portal.notifications.sms.ConsoleSMSBackend",
            "GOVUK_NOTIFY_API_KEY": "",
            "PORTAL_VAR_DIR": str(var_dir),
            "PYTHONUNBUFFERED": "1",
        }

    def __enter__(self):
        for name in self.names:
            process = subprocess.Popen(  # noqa: S603 (this interpreter and the project's manage.py)
                [sys.executable, "manage.py", "db_worker", "--worker-id", name, "--interval", "0.01"]
                + ["--no-startup-delay", "--no-reload"],
                cwd=ROOT,
                env=self.environment,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            self.processes[name] = process
            self.readers.append(threading.Thread(target=self._read, args=(name, process), daemon=True))
            self.readers[-1].start()
        return self

    def _read(self, name, process):
        for line in process.stdout:
            self.output[name].append(line)

    def __exit__(self, *exc):
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for reader in self.readers:
            reader.join(timeout=10)

    def text(self, name):
        return "".join(self.output[name])

    def wait_until(self, done, *, seconds, what):
        deadline = time.monotonic() + seconds
        while not done():
            for name, process in self.processes.items():
                assert process.poll() is None, f"{name} stopped:\n{self.text(name)}"
            assert time.monotonic() < deadline, f"timed out waiting for {what}:\n" + "\n".join(
                f"--- {name}\n{self.text(name)}" for name in self.names
            )
            time.sleep(0.1)

    def emails_to(self):
        """{worker: Counter(address)} of the emails each worker printed."""
        return {name: Counter(re.findall(r"^To: (\S+)$", self.text(name), re.MULTILINE)) for name in self.names}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_worker_processes_send_every_notification_exactly_once(settings, tmp_path):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_QUEUE
    people = [builders.user_get_or_build(email=f"person{n}@family.example") for n in range(NOTIFICATIONS)]
    ids = [
        Notification.objects.create(recipient=person, channel=Notification.Channel.EMAIL, reason="stage_changed").pk
        for person in people
    ]
    # Held back until both workers are polling, then released at one moment.
    held = send_notifications.using(run_after=timezone.now() + timedelta(days=1))
    held.enqueue(notification_ids=ids)
    held.enqueue(notification_ids=ids)  # the same task, queued twice
    for notification_id in ids:  # and each row on its own, twice, side by side in the queue
        held.enqueue(notification_ids=[notification_id])
        held.enqueue(notification_ids=[notification_id])
    tasks = DBTaskResult._meta.db_table
    assert DBTaskResult.objects.filter(status="READY").count() == 2 + 2 * NOTIFICATIONS

    with (
        SharedDatabase(tmp_path) as database,
        Workers(names=WORKERS, database_url=database.url, var_dir=tmp_path) as workers,
    ):
        workers.wait_until(
            lambda: all(f"Starting worker worker_id={name}" in workers.text(name) for name in WORKERS),
            seconds=STARTUP_SECONDS,
            what="both workers to start",
        )
        now = connection.ops.adapt_datetimefield_value(timezone.now() - timedelta(seconds=1))
        database.execute(f"UPDATE {tasks} SET run_after = %s WHERE status = 'READY'", [now])  # noqa: S608
        unfinished = f"SELECT COUNT(*) FROM {tasks} WHERE status IN ('READY', 'RUNNING')"  # noqa: S608
        workers.wait_until(
            lambda: database.execute(unfinished)[0][0] == 0, seconds=RUN_SECONDS, what="the tasks to finish"
        )

    results = list(DBTaskResult.objects.all())
    assert {result.status for result in results} == {"SUCCESSFUL"}
    # Both processes took tasks: the work really was shared between two workers.
    assert {worker for result in results for worker in result.worker_ids} == set(WORKERS)

    # Each notification was claimed once (attempts) and sent once, by one of the two processes.
    rows = Notification.objects.filter(pk__in=ids)
    assert set(rows.values_list("status", "attempts")) == {("sent", 1)}
    sent = workers.emails_to()
    assert sum(sent.values(), Counter()) == Counter({person.email: 1 for person in people}), sent
    # Each row was offered four times (two whole lists, two on its own); every offer but the one
    # that sent it found it sent, or being sent by the other process at that moment.
    offers = Counter()
    for result in results:
        offers.update(result.return_value)
    assert offers.total() == 4 * NOTIFICATIONS and set(offers) <= {"sent", "sending"}, offers


@pytest.fixture
def slow_send(monkeypatch):
    """A send that outlasts its claim: while it runs, the row is offered again (as
    send_pending_notifications does after STALE_CLAIM_AFTER), and `then` runs (another worker)."""
    from portal.notifications import channels

    person = builders.user_get_or_build(email="slow@family.example")
    notification = Notification.objects.create(recipient=person, channel="email", reason="stage_changed")
    later = timezone.now() + timedelta(hours=1)

    def install(then, *, fails):
        def send_email(**kwargs):
            assert notifications_release_stale(now=later) == 1
            then()
            if fails:
                raise smtplib.SMTPServerDisconnected("Connection closed")

        monkeypatch.setattr(channels, "send_email", send_email)

    return SimpleNamespace(notification=notification, later=later, install=install)


@pytest.mark.django_db
def test_a_send_that_outlasts_its_claim_leaves_the_next_claim_alone(slow_send):
    """Meanwhile another worker claims the row. When the first gives up, it must not put the row
    back to "pending" under the second (a third worker would then send it again)."""
    notification = slow_send.notification
    slow_send.install(lambda: _claim(notification_id=notification.pk, now=slow_send.later), fails=True)
    assert notification_deliver(notification_id=notification.pk) == "sending"
    notification.refresh_from_db()
    assert (notification.status, notification.attempts, notification.claimed_at) == ("sending", 2, slow_send.later)


@pytest.mark.django_db
def test_a_send_that_outlasts_its_claim_still_counts_if_nobody_took_the_row(slow_send):
    notification = slow_send.notification
    slow_send.install(lambda: None, fails=False)
    assert notification_deliver(notification_id=notification.pk) == "sent"
    # Sent: not offered again, so nobody sends it a second time.
    assert notifications_send_pending(now=slow_send.later) == {}
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == ("sent", 1)
