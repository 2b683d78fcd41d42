"""PDFs are opened with a real PDF library (pikepdf, on qpdf), checked object by object, and
rewritten: what is stored is the clean copy that was checked, never the bytes that were sent.

Why a parser and a rewrite. A PDF can hide a script behind any stream filter, inside an object
stream, after a comment, behind a name written with #-escapes, or in an incremental update that
one reader sees and another does not. Searching bytes misses some of those, and flags harmless
bytes in pictures. qpdf decodes and resolves all of them as a reader would; every object is then
walked, and anything that can act when the file is opened or touched is refused:

- JavaScript (/JS, /JavaScript), additional actions (/AA), XFA forms, rich media;
- actions other than going to a page, following a web link or a named page action: launching a
  program, submitting or importing form data, going to an embedded or remote file, renditions,
  sounds, movies, and the rest;
- embedded and attached files (/EmbeddedFile(s), file-attachment annotations, /EF), and sound,
  movie, screen, rich-media and 3D annotations;
- encryption (an encrypted file cannot be checked).

The file is then written out again by qpdf (objects renumbered, unused and hidden objects and
comments dropped, streams compressed), so every reader sees the same, checked document.

It runs in a child process with a memory and CPU limit and a time-out: a PDF built to use up
memory (a compression bomb inside an object stream) or time stops only that process, never the
web worker. `python -m portal.documents.pdf_check IN OUT` is that child; it imports no Django.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile

MAX_OBJECTS = 100_000
CHILD_MEMORY_BYTES = 1024 * 1024 * 1024
CHILD_CPU_SECONDS = 30
CHILD_WALL_SECONDS = 60

ACTIVE_KEYS = {
    "/JS",
    "/JavaScript",
    "/AA",
    "/XFA",
    "/RichMedia",
    "/RichMediaContent",
    "/EmbeddedFile",
    "/EmbeddedFiles",
}
SAFE_ACTIONS = {"/GoTo", "/URI", "/Named"}
ACTION_KEYS = {"/A", "/OpenAction", "/Next"}  # keys whose dictionary value is an action
ACTIVE_ANNOTATIONS = {"/FileAttachment", "/Sound", "/Movie", "/Screen", "/RichMedia", "/3D"}


class PdfRefused(Exception):
    """`code` is one of validation.MESSAGES' PDF codes; `found` says what was found, for the log."""

    def __init__(self, code, found=()):
        super().__init__(code)
        self.code, self.found = code, sorted(found)


# The child: parse, walk, rewrite.


def _walk(pdf):
    import pikepdf

    found = set()

    def action(value):
        if isinstance(value, pikepdf.Dictionary):
            kind = value.get("/S")
            if kind is not None and str(kind) not in SAFE_ACTIONS:
                found.add(f"action {kind}")
            for key in ACTION_KEYS & set(value.keys()):
                visit_action_value(value[key])
        elif isinstance(value, pikepdf.Array):
            for item in value:
                if isinstance(item, pikepdf.Dictionary):
                    action(item)

    def visit_action_value(value):
        if isinstance(value, pikepdf.Dictionary | pikepdf.Array):
            action(value)

    def dictionary(obj):
        keys = set(obj.keys())
        found.update(f"key {key}" for key in keys & ACTIVE_KEYS)
        for key in keys & ACTION_KEYS:
            visit_action_value(obj[key])  # an /OpenAction array is a page to show, not an action
        if str(obj.get("/Type", "")) == "/Action":
            action(obj)
        subtype = str(obj.get("/Subtype", ""))
        if subtype in ACTIVE_ANNOTATIONS and ("/Rect" in keys or str(obj.get("/Type", "")) == "/Annot"):
            found.add(f"annotation {subtype}")
        if str(obj.get("/Type", "")) == "/EmbeddedFile" or "/EF" in keys:  # /EF: a file specification's file
            found.add("embedded file")

    def visit(obj, depth=0):
        if depth > 100:  # nesting this deep is no document
            raise PdfRefused("pdf_big")
        if isinstance(obj, pikepdf.Stream):
            dictionary(obj.stream_dict)
            for _key, child in obj.stream_dict.items():
                if not getattr(child, "is_indirect", False):
                    visit(child, depth + 1)
        elif isinstance(obj, pikepdf.Dictionary):
            dictionary(obj)
            for _key, child in obj.items():
                if not getattr(child, "is_indirect", False):
                    visit(child, depth + 1)
        elif isinstance(obj, pikepdf.Array):
            for child in obj:
                if not getattr(child, "is_indirect", False):
                    visit(child, depth + 1)

    objects = pdf.objects
    if len(objects) > MAX_OBJECTS:
        raise PdfRefused("pdf_big")
    for obj in objects:  # every indirect object, those inside object streams included
        visit(obj)
    visit(pdf.trailer)
    return found


def check_and_rewrite(source, target):
    """Check the PDF at `source`; write the clean copy to `target` or raise PdfRefused."""
    import pikepdf

    try:
        pdf = pikepdf.open(source)
    except pikepdf.PasswordError as exc:
        raise PdfRefused("pdf_encrypted") from exc
    except (pikepdf.PdfError, ValueError, OSError) as exc:
        raise PdfRefused("pdf_damaged") from exc
    with pdf:
        if pdf.is_encrypted or "/Encrypt" in pdf.trailer:
            raise PdfRefused("pdf_encrypted")
        try:
            found = _walk(pdf)
        except pikepdf.PdfError as exc:
            raise PdfRefused("pdf_damaged") from exc
        if found:
            raise PdfRefused("pdf_active", found)
        try:
            pdf.remove_unreferenced_resources()
            pdf.save(target, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        except pikepdf.PdfError as exc:
            raise PdfRefused("pdf_damaged") from exc


def main(argv):
    source, target = argv[1], argv[2]
    try:
        check_and_rewrite(source, target)
    except PdfRefused as refused:
        print(json.dumps({"refused": refused.code, "found": refused.found}))
        return 0
    except MemoryError:
        print(json.dumps({"refused": "pdf_big", "found": []}))
        return 0
    print(json.dumps({"ok": True}))
    return 0


# The parent: run the child within limits.


def limit_child():
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CHILD_CPU_SECONDS, CHILD_CPU_SECONDS))


def child_answer(module, *args):
    """Run `python -m module args…` within the limits above; its last line of output, as JSON, or
    None if it was stopped by its limits, timed out or crashed."""
    try:
        child = subprocess.run(  # noqa: S603 (our own module, by the interpreter running us)
            [sys.executable, "-m", module, *map(str, args)],
            capture_output=True,
            timeout=CHILD_WALL_SECONDS,
            preexec_fn=limit_child,  # noqa: PLW1509 (no threads are started before exec)
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    lines = child.stdout.decode(errors="replace").strip().splitlines()
    return json.loads(lines[-1]) if lines and lines[-1].startswith("{") else None


def pdf_clean_copy(uploaded_file):
    """The checked, rewritten copy of an uploaded PDF (bytes), or PdfRefused."""
    with tempfile.TemporaryDirectory(prefix="portal-pdf-") as folder:
        source, target = os.path.join(folder, "in.pdf"), os.path.join(folder, "out.pdf")
        uploaded_file.seek(0)
        with open(source, "wb") as out:
            while chunk := uploaded_file.read(64 * 1024):
                out.write(chunk)
        uploaded_file.seek(0)
        answer = child_answer("portal.documents.pdf_check", source, target)
        if answer is None:  # killed by its limits (memory, CPU, time) or crashed: not checkable here
            raise PdfRefused("pdf_big")
        if "refused" in answer:
            raise PdfRefused(answer["refused"], answer.get("found", ()))
        with open(target, "rb") as clean:
            return clean.read()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
