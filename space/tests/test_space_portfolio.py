"""Portfolio items edited in My space, and the checks on uploads made before Pillow decodes."""

import io
import struct
import uuid
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from members.models import MemberPage
from members.moderation import MemberChanges, state
from tests.factories.members import UserFactory

from .helpers import approve, moderator, url

pytestmark = pytest.mark.django_db


def png(width=8, height=6):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "purple").save(buffer, "PNG")
    return SimpleUploadedFile("work.png", buffer.getvalue(), content_type="image/png")


def png_bomb(width=100_000, height=100_000):
    """A PNG whose header declares ten billion pixels, with almost no data behind it."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    ihdr = struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    data = zlib.compress(b"\0" * 1024)
    idat = struct.pack(">I", len(data)) + b"IDAT" + data + struct.pack(">I", zlib.crc32(b"IDAT" + data))
    end = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    return SimpleUploadedFile("bomb.png", b"\x89PNG\r\n\x1a\n" + ihdr + idat + end, content_type="image/png")


@pytest.fixture
def owned(site_tree, client):
    member = UserFactory(username="lea")
    page = site_tree.members[0]["fr"]
    page.owners.add(member)
    client.force_login(member)
    return page


def item_data(**changes):
    data = {"media_type": "image", "title": "Affiche du festival", "year": "2025", "client": "Rockhal",
            "caption": "Sérigraphie trois couleurs", "alt_text": "Une affiche violette", "title_en": "Festival poster",
            "caption_en": "", "credits_en": "", "alt_text_en": "A purple poster"}  # fmt: skip
    data.update(changes)
    return data


def titles(page, lang):
    versions = {p.locale.language_code: p for p in MemberPage.objects.filter(translation_key=page.translation_key)}
    return [item.title for item in versions[lang].portfolio_items.order_by("sort_order")]


def test_add_reorder_remove_items_under_moderation(client, owned, django_capture_on_commit_callbacks):
    page = owned
    before = titles(page, "fr")
    response = client.post(url("space:portfolio_add", page_id=page.pk), {**item_data(), "image": png()})
    assert response.status_code == 302
    assert titles(page, "fr") == before  # nothing public before approval
    assert state(page).code == "moderation"
    new_key = MemberChanges(page).main.portfolio_items.all()[1].translation_key
    listing = client.get(url("space:portfolio", page_id=page.pk)).content.decode()
    assert "Affiche du festival" in listing
    assert "Move “Affiche du festival” up" in listing

    client.post(url("space:portfolio_move", page_id=page.pk, item_key=new_key), {"direction": "up"})
    with django_capture_on_commit_callbacks(execute=True):
        approve(page, moderator())
    assert titles(page, "fr") == ["Affiche du festival", *before]
    assert titles(page, "en")[0] == "Festival poster"
    assert titles(page, "de")[0] == "Affiche du festival"  # falls back to the main language

    old_key = MemberChanges(page).main.portfolio_items.all()[1].translation_key
    assert client.get(url("space:portfolio_delete", page_id=page.pk, item_key=old_key)).status_code == 200
    client.post(url("space:portfolio_delete", page_id=page.pk, item_key=old_key))
    assert [i.title for i in MemberChanges(page).main.portfolio_items.all()] == ["Affiche du festival"]


def test_editing_an_item_translation(client, owned):
    page = owned
    key = page.portfolio_items.first().translation_key
    edit_url = url("space:portfolio_edit", page_id=page.pk, item_key=key)
    assert client.get(edit_url).status_code == 200
    item = page.portfolio_items.first()
    data = item_data(media_type="image", title=item.title, alt_text="Une image", caption_en="An English caption")
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert MemberChanges(page).item_text("en", key, "caption") == "An English caption"


def test_an_unknown_item_is_a_404(client, owned):
    assert client.get(url("space:portfolio_edit", page_id=owned.pk, item_key=uuid.UUID(int=0))).status_code == 404


def test_a_video_needs_a_youtube_or_vimeo_link(client, owned):
    response = client.post(
        url("space:portfolio_add", page_id=owned.pk),
        item_data(media_type="video", video_url="https://example.com/v.mp4"),
    )
    assert "Give a YouTube or Vimeo address." in response.content.decode()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (lambda: png_bomb(), "This image is too large: at most 40 megapixels."),
        (
            lambda: SimpleUploadedFile("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "image/svg+xml"),
            "SVG images are not accepted",
        ),
        (
            lambda: SimpleUploadedFile("shell.jpg", b"<?php system($_GET['c']); ?>", "image/jpeg"),
            "This file is not a JPEG, PNG",
        ),
        (lambda: SimpleUploadedFile("doc.png", b"%PDF-1.4\n%%EOF\n", "image/png"), "This file is not a JPEG, PNG"),
    ],
)
def test_uploads_are_refused_before_pillow_decodes(client, owned, upload, message, monkeypatch):
    decoded = []
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self) or None)
    response = client.post(url("space:portfolio_add", page_id=owned.pk), {**item_data(), "image": upload()})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="Affiche du festival"' in html
    assert not decoded
    assert len(MemberChanges(owned).main.portfolio_items.all()) == 1


def test_uploads_over_the_size_limit_are_refused(client, owned, settings):
    settings.MEMBER_IMAGE_MAX_BYTES = 100
    response = client.post(url("space:portfolio_add", page_id=owned.pk), {**item_data(), "image": png(200, 200)})
    assert "the limit is 100" in response.content.decode()


def test_a_pdf_item_takes_a_pdf(client, owned):
    pdf = SimpleUploadedFile("book.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf")
    response = client.post(
        url("space:portfolio_add", page_id=owned.pk), item_data(media_type="pdf", alt_text="", document=pdf)
    )
    assert response.status_code == 302
    item = MemberChanges(owned).main.portfolio_items.all()[1]
    assert item.document.file.name.endswith(".pdf")
