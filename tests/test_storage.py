"""The media storage builds the same addresses as Django's, faster; local or S3, it names the files it stores."""

import importlib.util
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from storages.backends.s3 import S3Storage

from portal.s3 import S3MediaStorage
from portal.storage import MediaStorage

NAMES = [
    "images/photo.jpg",
    "images/demo-artwork-13_tdX1rUM.format-webp.width-400.webp",
    "/images/leading-slash.png",
    "images/with space & ampersand.png",
    "images/question?mark#hash.png",
    "images/colon:name.png",
    "images/accentué-Übergröße.jpg",
    "images/../escape.jpg",
    "images/./here.jpg",
    "images/.hidden/file..jpg",
    "documents/report.v1..pdf",
    "",
]


@pytest.mark.parametrize("base", ["/media/", "https://cdn.example.org/media/", "/media", "media/"])
def test_media_addresses_are_djangos(base, tmp_path):
    ours = MediaStorage(location=tmp_path, base_url=base)
    django = FileSystemStorage(location=tmp_path, base_url=base)
    for name in NAMES:
        assert ours.url(name) == django.url(name), name


def test_the_site_uses_it():
    assert isinstance(default_storage, MediaStorage)


def test_the_s3_storage_stores_under_names_made_by_the_site_too(monkeypatch):
    sent = []
    monkeypatch.setattr(S3Storage, "_save", lambda self, name, content: sent.append(name) or name)
    name = S3MediaStorage(bucket_name="media").save("original_images/logo.html", ContentFile(b"<html><script>"))
    assert sent == [name]
    assert name.startswith("original_images/") and name.endswith(".bin") and "logo" not in name


def test_a_bucket_is_used_through_it(monkeypatch):
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", "media")
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", "http://127.0.0.1:9000")
    spec = importlib.util.spec_from_file_location(
        "bucket_settings", Path(settings.BASE_DIR) / "portal/settings/base.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.STORAGES["default"]["BACKEND"] == "portal.s3.S3MediaStorage"
    # The bucket and endpoint reach django-storages (which reads its OPTIONS, not the environment).
    storage = S3MediaStorage(**module.STORAGES["default"]["OPTIONS"])
    assert (storage.bucket_name, storage.endpoint_url) == ("media", "http://127.0.0.1:9000")
