"""Media storage on the local disk (the default when no S3 bucket is configured)."""

from django.core.files.storage import FileSystemStorage
from django.utils.encoding import filepath_to_uri


class MediaStorage(FileSystemStorage):
    """Django's file system storage, with addresses built without ``urljoin`` in the common case.

    A page shows dozens of image addresses (each ``<picture>`` has a srcset per format), and ``urljoin`` parses
    both parts every time. Once quoted by ``filepath_to_uri``, a file name holds no ``:``, ``?`` or ``#``, so
    joining it to ``MEDIA_URL`` (which ends with a slash) is a concatenation, unless a segment is ``.`` or
    ``..``: those, and any other base address, go through Django's own method.
    """

    def url(self, name):
        base = self.base_url
        if name is None or base is None or not base.endswith("/"):
            return super().url(name)
        path = filepath_to_uri(name).lstrip("/")
        if "." in path and any(segment in (".", "..") for segment in path.split("/")):
            return super().url(name)
        return base + path
