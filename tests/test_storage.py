"""The media storage builds the same addresses as Django's, faster."""

import pytest
from django.core.files.storage import FileSystemStorage, default_storage

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
