"""Virus scanning through ClamAV's daemon (clamd), spoken to directly with its INSTREAM command.

The protocol is small enough that a dependency would add more risk than it removes: send
`zINSTREAM\\0`, then the file as chunks each prefixed with its length (4 bytes, big-endian), then a
zero-length chunk; clamd answers with one NUL-terminated line: `stream: OK`,
`stream: <signature> FOUND`, or `... ERROR`. See clamd(8).

Scanning is on when PORTAL_CLAMD_SOCKET (a unix socket path) or PORTAL_CLAMD_HOST is set. Anything
that stops us getting a clear answer (no daemon, a timeout, a garbled reply, a file over clamd's
StreamMaxLength) is a ScannerUnavailable: callers keep the file "pending" and nobody can open it.
"""

import socket
import struct
from dataclasses import dataclass

from django.conf import settings

CHUNK = 64 * 1024


class ScannerUnavailable(Exception):
    """The scanner could not give a verdict. Fail closed: treat the file as not yet checked."""


@dataclass(frozen=True)
class ScanResult:
    clean: bool
    signature: str = ""


def scanning_configured():
    return bool(settings.PORTAL_CLAMD_SOCKET or settings.PORTAL_CLAMD_HOST)


def _connect():
    timeout = settings.PORTAL_CLAMD_TIMEOUT
    path = settings.PORTAL_CLAMD_SOCKET
    try:
        if path:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            sock.connect(path)
            return sock
        return socket.create_connection((settings.PORTAL_CLAMD_HOST, int(settings.PORTAL_CLAMD_PORT)), timeout=timeout)
    except OSError as exc:
        raise ScannerUnavailable(f"cannot reach clamd: {exc}") from exc


def scan_stream(fileobj):
    """Scan a binary file object from its current position to its end. Returns a ScanResult."""
    sock = _connect()
    try:
        sock.sendall(b"zINSTREAM\0")
        while chunk := fileobj.read(CHUNK):
            sock.sendall(struct.pack(">I", len(chunk)) + chunk)
        sock.sendall(struct.pack(">I", 0))
        reply = b""
        while not reply.endswith(b"\0") and len(reply) < 4096:
            data = sock.recv(4096)
            if not data:
                break
            reply += data
    except OSError as exc:  # includes timeouts and clamd closing on us (StreamMaxLength)
        raise ScannerUnavailable(f"clamd stopped answering: {exc}") from exc
    finally:
        sock.close()
    return _parse(reply.rstrip(b"\0").decode("utf-8", "replace").strip())


def _parse(reply):
    _, _, verdict = reply.partition(": ")
    if verdict == "OK":
        return ScanResult(clean=True)
    if verdict.endswith(" FOUND"):
        return ScanResult(clean=False, signature=verdict.removesuffix(" FOUND")[:100])
    raise ScannerUnavailable(f"clamd gave no verdict: {reply[:200]!r}")


def scan_file(fileobj):
    """Scan an uploaded or stored file from its start, and leave it at its start for the next reader."""
    fileobj.seek(0)
    try:
        return scan_stream(fileobj)
    finally:
        fileobj.seek(0)


def ping():
    """True when clamd answers PING: for health checks and CI."""
    try:
        sock = _connect()
    except ScannerUnavailable:
        return False
    try:
        sock.sendall(b"zPING\0")
        return sock.recv(16).rstrip(b"\0") == b"PONG"
    except OSError:
        return False
    finally:
        sock.close()
