"""Serving a stored document: streamed, as an attachment, never cached, never sniffed."""

from urllib.parse import quote

from django.http import FileResponse


def attachment_response(version):
    """Stream a document version. Call only after the request has been authorised."""
    handle = version.file.storage.open(version.file.name, "rb")
    response = FileResponse(handle, content_type=version.content_type)
    ascii_name = version.original_name.encode("ascii", "ignore").decode().replace('"', "") or "document"
    response["Content-Disposition"] = (
        f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(version.original_name)}"
    )
    response["Content-Length"] = str(version.size)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store, max-age=0"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
