"""Media files are stored under names the site makes, never under the name they were uploaded with.

A web server or an S3 bucket gives a file the content type its extension says: a PNG uploaded as
``logo.html`` and stored under that name would be served as ``text/html`` (stored XSS), an SVG as
``image/svg+xml`` (scripts run when it is opened). ``SiteNamedFilesMixin`` sits under the media
storage, so it covers every path that writes a file (member uploads, the Wagtail admin's images and
documents, its temporary uploads, renditions, code and commands): each file gets a random name in
the folder it was meant for, and the extension of the type read from its first bytes if that is a
type the site accepts, else ``.bin`` (served as ``application/octet-stream``). The original name is
the uploader's business: Wagtail keeps it as the title of an admin upload.
"""

import contextlib
import contextvars
import os
import secrets

import filetype

# The types the site accepts (members' and editors' images, documents and recordings, renditions),
# with the extension they are stored under. Nothing here is typed as HTML, XML or SVG by a server.
EXTENSIONS = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/apng": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/avif": "avif",
    "application/pdf": "pdf",
    "audio/mpeg": "mp3",
    "audio/ogg": "ogg",
    "audio/x-wav": "wav",
    "audio/x-flac": "flac",
    "audio/mp4": "m4a",
    "video/mp4": "mp4",
}
UNKNOWN_EXTENSION = "bin"
HEAD_BYTES = 8192  # what filetype reads to recognise a type


def content_extension(content):
    """The extension for ``content`` (a file object), from its first bytes: one of ``EXTENSIONS`` or ``bin``."""
    content.seek(0)
    head = content.read(HEAD_BYTES)
    content.seek(0)
    kind = filetype.guess(head) if head else None
    return EXTENSIONS.get(kind.mime, UNKNOWN_EXTENSION) if kind else UNKNOWN_EXTENSION


def site_name(name, content):
    """A new name for ``content`` in the folder of ``name``: random letters and the extension of its type."""
    folder = os.path.dirname(name or "")
    base = f"{secrets.token_hex(16)}.{content_extension(content)}"
    return f"{folder}/{base}" if folder else base


# Renditions are named by Wagtail from their (site-named) original, the filter and the extension of the format it
# wrote (images/<random>.width-2000.format-jpeg.jpg): nothing of an uploader's name is left, and print and the
# tests read the filter in the name.
MADE_BY_THE_SITE = ("images/",)
_keeping = contextvars.ContextVar("keeping_names", default=False)


@contextlib.contextmanager
def keeping_names():
    """Store files under the names given, within this block: a restore puts back what a backup held."""
    token = _keeping.set(True)
    try:
        yield
    finally:
        _keeping.reset(token)


class SiteNamedFilesMixin:
    """Mixed into a storage class: every file saved gets ``site_name`` instead of the name it came with."""

    def save(self, name, content, max_length=None):
        if name is None:
            name = content.name
        if not _keeping.get() and not name.startswith(MADE_BY_THE_SITE):
            name = site_name(name, content)
        return super().save(name, content, max_length=max_length)
