"""Checks on member uploads, made before Pillow decodes anything.

Order matters: the size is checked without reading the file; the type comes from the
first bytes (never from the name or the browser's word); the pixel count is read from the
image header by ``Image.open``, which is lazy, so a decompression bomb is refused before a
single pixel is decoded. Only then does the file become a Wagtail image or document, in the
"Member uploads" collection.
"""

import warnings

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"}
PDF_TYPES = {"application/pdf"}
AUDIO_TYPES = {
    "audio/mpeg",
    "audio/ogg",
    "audio/x-wav",
    "audio/wav",
    "audio/x-flac",
    "audio/flac",
    "audio/mp4",
    "audio/m4a",
    "audio/x-m4a",
    "video/mp4",
}
COLLECTION = "Member uploads"


def _head(uploaded, size=512):
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(0)
    return head


def _mime(head):
    kind = filetype.guess(head)
    return kind.mime if kind else None


def _looks_like_svg(head):
    text = head.lstrip().lower()
    return text.startswith((b"<?xml", b"<svg", b"<!doctype svg")) or b"<svg" in text


def _too_big(uploaded, limit):
    if uploaded.size > limit:
        raise ValidationError(
            _("This file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(uploaded.size), "limit": filesizeformat(limit)}
        )


def check_image(uploaded):
    """The uploaded file if it is an acceptable image, else a ValidationError with the reason."""
    if not uploaded:
        return uploaded
    _too_big(uploaded, settings.MEMBER_IMAGE_MAX_BYTES)
    head = _head(uploaded)
    if _mime(head) not in IMAGE_TYPES:
        if _looks_like_svg(head):
            raise ValidationError(_("SVG images are not accepted; export your image as PNG or JPEG."))
        raise ValidationError(_("This file is not a JPEG, PNG, GIF, WebP or AVIF image."))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(uploaded) as image:  # parses the header only
                width, height = image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        width = height = None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(_("This image could not be read.")) from None
    finally:
        uploaded.seek(0)
    if width is None or width * height > settings.MEMBER_IMAGE_MAX_PIXELS:
        raise ValidationError(
            _("This image is too large: at most %(megapixels)d megapixels.")
            % {"megapixels": settings.MEMBER_IMAGE_MAX_PIXELS // 1_000_000}
        )
    return uploaded


def check_document(uploaded):
    """The uploaded file if it is a PDF or an audio file of acceptable size."""
    if not uploaded:
        return uploaded
    _too_big(uploaded, settings.MEMBER_DOCUMENT_MAX_BYTES)
    if _mime(_head(uploaded)) not in PDF_TYPES | AUDIO_TYPES:
        raise ValidationError(_("This file is not a PDF document or an MP3, Ogg, WAV, FLAC or M4A recording."))
    return uploaded


def is_pdf(uploaded):
    return _mime(_head(uploaded)) in PDF_TYPES


def _collection():
    collection = Collection.objects.filter(name=COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION)
    return collection


def save_image(uploaded, title):
    image = get_image_model()(title=title[:255], file=uploaded, collection=_collection())
    image.save()
    return image


def save_document(uploaded, title):
    document = get_document_model()(title=title[:255], file=uploaded, collection=_collection())
    document.save()
    return document
