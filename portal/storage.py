"""Media storage on the local disk (the default when no S3 bucket is configured; ``portal.s3`` otherwise).

It stores every file under a name the site makes, with the extension of its content
(``core.storage.SiteNamedFilesMixin``): never the name it was uploaded with.
"""

from django.core.files.storage import FileSystemStorage
from django.utils.encoding import filepath_to_uri

from core.storage import SiteNamedFilesMixin


class MediaStorage(SiteNamedFilesMixin, FileSystemStorage):
    """Django's file system storage, with names made by the site and addresses built without ``urljoin`` in
    the common case.

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
