"""Refusing a very large upload without keeping it: neither memory nor disk grows past the limit.

Django writes an upload to a temporary file as it arrives, and only then does the view see it. For
the staff workspace (the only place family documents are uploaded), this handler runs first:
once a file passes PORTAL_DOCUMENT_MAX_BYTES, what was kept of it is dropped, the rest is read off
the network and thrown away, and the view gets an empty stand-in that carries only the size. The
upload checks then refuse it on its size with their usual plain message.
"""

import io

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class OversizeUpload(UploadedFile):
    """What is left of a refused upload: its name and size, no content."""

    def __init__(self, name, content_type, size):
        super().__init__(file=io.BytesIO(), name=name, content_type=content_type, size=size)


class OversizeUploadHandler(FileUploadHandler):
    def _applies(self):
        prefix = settings.PORTAL_DOCUMENT_UPLOAD_PATH_PREFIX
        return self.request is not None and self.request.path.startswith(prefix)

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0
        self.over = False

    def receive_data_chunk(self, raw_data, start):
        if not self._applies():
            return raw_data
        self.received += len(raw_data)
        if self.received <= settings.PORTAL_DOCUMENT_MAX_BYTES:
            return raw_data
        if not self.over:
            self.over = True
            # The handlers after this one (memory, temporary file) have kept up to the limit: drop it.
            for handler in self.request.upload_handlers:
                kept = getattr(handler, "file", None) if handler is not self else None
                if kept is not None:
                    kept.close()
        return None  # later handlers never see the rest

    def file_complete(self, file_size):
        if self.over:
            return OversizeUpload(self.file_name, self.content_type, self.received)
        return None
