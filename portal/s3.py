"""Media storage in an S3-compatible bucket, when ``AWS_STORAGE_BUCKET_NAME`` is set (its own module: boto3
takes a quarter of a second to import, which a site on the local disk need not pay)."""

from storages.backends.s3 import S3Storage

from core.storage import SiteNamedFilesMixin


class S3MediaStorage(SiteNamedFilesMixin, S3Storage):
    """django-storages' S3 storage, storing every file under a name the site makes (see ``core.storage``)."""
