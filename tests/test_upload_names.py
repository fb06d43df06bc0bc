"""No upload can come back from the media folder as HTML or SVG, whatever it was called.

Web servers and S3 buckets type a file by its extension. The media folder is served here by Python's
``http.server``, which does the same, and every file the site stored (member uploads, Wagtail admin
uploads, files saved by code) is fetched back: none is ``text/html`` or ``image/svg+xml``, each has
the extension of its content, and the name it was uploaded with is nowhere in the stored name.
"""

import functools
import io
import mimetypes
import threading
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from space.tests.helpers import url
from tests.factories.members import UserFactory

pytestmark = pytest.mark.django_db

DANGEROUS = {"text/html", "image/svg+xml", "application/xhtml+xml", "text/xml", "application/xml"}
# Names an attacker would try: HTML and SVG extensions, in capitals, doubled, hidden behind a dot, none.
NAMES = [
    "logo.html",
    "logo.htm",
    "logo.HTML",
    "logo.svg",
    "logo.SVG",
    "logo.xhtml",
    "logo.png.html",
    "logo.html.png",
    "logo.svg.png",
    ".html",
    "logo",
    "logo.",
    "logo.png",
]
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect width="1" height="1"/></svg>'
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), "purple").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def media(settings, tmp_path):
    """An empty media folder (the shared tree's images are in another), so that it holds only this test's files."""
    settings.MEDIA_ROOT = tmp_path / "uploads"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def served(media):
    """The media folder behind a server that types files by their extension, as nginx and S3 do."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(media)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def stored(media):
    return sorted(str(path.relative_to(media)) for path in media.rglob("*") if path.is_file())


def content_types(base, names):
    types = {}
    for name in names:
        with urllib.request.urlopen(base + name) as response:  # noqa: S310 (our own local server)
            types[name] = response.headers["Content-Type"].split(";")[0]
    return types


def assert_safe(media, base):
    """The content type of each stored file as the server answers it (none dangerous), renditions left out."""
    names = stored(media)
    types = content_types(base, names)
    assert not DANGEROUS & set(types.values()), types
    for name in names:
        assert mimetypes.guess_type(name)[0] not in DANGEROUS, name
        assert "logo" not in name and "html" not in name.lower() and "svg" not in name.lower(), name
    return {name: kind for name, kind in types.items() if not name.startswith("images/")}


@pytest.fixture
def owned(site_tree, client):
    member = UserFactory(username="lea")
    page = site_tree.members[0]["fr"]
    page.owners.add(member)
    client.force_login(member)
    return page


def item_data(**changes):
    data = {"media_type": "image", "title": "Affiche", "year": "2025", "client": "", "caption": "",
            "alt_text": "Une affiche", "title_en": "", "caption_en": "", "credits_en": "", "alt_text_en": ""}  # fmt: skip
    data.update(changes)
    return data


def test_member_uploads_get_a_site_name_with_the_extension_of_their_content(client, owned, served, media):
    png = png_bytes()
    for name in NAMES:
        upload = SimpleUploadedFile(name, png, content_type="text/html")
        response = client.post(url("space:portfolio_add", page_id=owned.pk), {**item_data(), "image": upload})
        assert response.status_code == 302, name
    for name in ("x.html", "x.SVG", "x.pdf.html", "x"):
        document = SimpleUploadedFile(name, PDF, content_type="text/html")
        data = item_data(media_type="pdf", alt_text="", document=document)
        assert client.post(url("space:portfolio_add", page_id=owned.pk), data).status_code == 302, name

    types = assert_safe(media, served)
    assert sorted(types.values()) == ["application/pdf"] * 4 + ["image/png"] * len(NAMES)
    assert {name.split("/")[0] for name in types} == {"original_images", "documents"}


def test_member_profile_images_too(client, owned, served, media):
    edit = {
        "title": owned.title,
        "kind": "company",
        "branches": [owned.get_parent().specific.branch_id],
        "country": "LU",
        "tagline_fr": "Accroche",
        "bio_fr": "Texte.",
        "tagline_en": "",
        "bio_en": "",
        "tagline_de": "",
        "bio_de": "",
        "keywords": "",
        "links-TOTAL_FORMS": "0",
        "links-INITIAL_FORMS": "0",
        "logo": SimpleUploadedFile("logo.svg", png_bytes(), content_type="image/svg+xml"),
        "cover": SimpleUploadedFile("cover.HTML", png_bytes(), content_type="text/html"),
    }
    assert client.post(url("space:edit", page_id=owned.pk), edit).status_code == 302
    types = assert_safe(media, served)
    assert set(types.values()) == {"image/png"}


@pytest.fixture
def editor(client, site_tree):
    user = UserFactory(username="admin", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def test_admin_uploads_get_a_site_name_with_the_extension_of_their_content(client, editor, served, media):
    png = png_bytes()
    root = Collection.get_first_root_node().pk
    # Wagtail refuses an image whose name is not a known image extension, and checks the content.
    for name in ("logo.png", "LOGO.PNG", "logo.html.png", "logo.svg.png"):
        upload = {"files[]": SimpleUploadedFile(name, png), "collection": root}
        assert client.post("/admin/images/multiple/add/", upload).json()["success"], name
    upload = {"title": "Logo", "file": SimpleUploadedFile("logo.png", png), "collection": root}
    assert client.post("/admin/images/add/", upload).status_code == 302
    # Wagtail only checks a document's extension: HTML or SVG in a ".pdf" is accepted, and stored as bytes.
    for name, content in (("logo.pdf", HTML), ("logo.PDF", SVG), ("logo.html.pdf", HTML), ("logo.pdf", PDF)):
        upload = {"files[]": SimpleUploadedFile(name, content), "collection": root}
        assert client.post("/admin/documents/multiple/add/", upload).json()["success"], name
    # A file whose other fields are not valid yet waits in Wagtail's own upload folder.
    response = client.post("/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("logo.pdf", HTML)})
    assert response.json()["uploaded_file_id"]

    types = assert_safe(media, served)
    assert sorted(types.values()) == ["application/octet-stream"] * 4 + ["application/pdf"] + ["image/png"] * 5
    assert {name.split("/")[0] for name in types} == {"original_images", "documents", "wagtail_uploads"}
    assert get_image_model().objects.filter(title="logo.svg.png").exists()  # the original name is the title
    assert get_document_model().objects.filter(title="logo.html.pdf").exists()


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("content", [HTML, SVG, b"", b"plain text"], ids=["html", "svg", "empty", "text"])
def test_any_file_saved_by_code_is_stored_as_bytes_unless_its_content_is_an_accepted_type(name, content, media):
    saved = default_storage.save(f"documents/{name}", ContentFile(content))
    assert saved.startswith("documents/") and saved.endswith(".bin")
    assert mimetypes.guess_type(saved)[0] == "application/octet-stream"


def test_models_saved_by_code_too(served, media, site_tree):
    get_document_model().objects.create(title="Page", file=ContentFile(HTML, name="page.html"))
    UploadedFile.objects.create(file=ContentFile(SVG, name="drawing.svg"))
    image = get_image_model().objects.create(title="Logo", file=ContentFile(png_bytes(), name="logo.svg"))
    rendition = image.get_rendition("fill-4x4")
    types = assert_safe(media, served)
    assert sorted(types.values()) == ["application/octet-stream"] * 2 + ["image/png"]
    assert rendition.file.name.startswith("images/") and rendition.file.name.endswith(".png")
    # Named by Wagtail from the site-named original and its filter (print reads the filter in the name).
    original = image.file.name.rsplit("/", 1)[1].rsplit(".", 1)[0]
    assert rendition.file.name.startswith(f"images/{original}.") and ".fill-4x4." in rendition.file.name
