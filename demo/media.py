"""Generated media: abstract artwork, logos, a tone and a one-page PDF (Pillow and the standard library only).

Pictures are drawn from seeded random generators, so a seed always gives the same files. Big
pictures are few and shared (a pool for the portfolios); a logo is drawn once per look (initials
and palette) and written to one file per member.
"""

import hashlib
import io
import math
import random
import struct
import wave

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from members.models.pages import CARD_PICTURE_RENDITIONS

from .data import load


def palettes():
    return [tuple(map(tuple, pair)) for pair in load("media")["palettes"]]


def _jpeg(img, quality=78):
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=False)
    return out.getvalue()


def artwork(index):
    """An abstract picture: a two-colour gradient with circles and bands, in one of five aspect ratios."""
    rng = random.Random(f"artwork:{index}")
    aspects = load("media")["aspects"]
    width, height = aspects[index % len(aspects)]
    start, end = palettes()[index % len(palettes())]
    img = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    for y in range(0, height, 4):
        t = y / height
        draw.rectangle([0, y, width, y + 4], fill=tuple(int(a + (b - a) * t) for a, b in zip(start, end, strict=True)))
    for _n in range(rng.randint(3, 7)):
        r = rng.randint(width // 12, width // 4)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = tuple(rng.randint(0, 255) for _c in range(3))
        draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
    for _n in range(rng.randint(1, 3)):
        y = rng.randint(0, height)
        draw.rectangle([0, y, width, y + rng.randint(8, 40)], fill=end)
    return _jpeg(img)


def initials(name):
    return "".join(word[0] for word in name.split()[:2]).upper()


def logo(name, index):
    """A 256×256 PNG: the name's initials on a disc, in the member's palette."""
    start, end = palettes()[index % len(palettes())]
    img = PILImage.new("RGB", (256, 256), start)
    draw = ImageDraw.Draw(img)
    draw.ellipse([28, 28, 228, 228], fill=end)
    draw.text((128, 128), initials(name), fill=start, anchor="mm", font_size=96)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=False)
    return out.getvalue()


def portrait_artwork(seed, size=(2400, 1600)):
    """A deterministic abstract picture, large enough for print renditions (JPEG bytes)."""
    rng = random.Random(f"portrait:{seed}")
    dark, light = (tuple(colour) for colour in rng.choice(load("media")["portrait_palettes"]))
    width, height = size
    image = PILImage.new("RGB", size, dark)
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 8):
        t = y / height
        colour = tuple(int(d + (c - d) * t * 0.6) for d, c in zip(dark, light, strict=True))
        draw.rectangle([0, y, width, y + 8], fill=colour)
    for _n in range(7):
        r = rng.randint(height // 10, height // 3)
        x, y = rng.randint(0, width), rng.randint(0, height)
        shade = tuple(min(255, c + rng.randint(-30, 30)) for c in light)
        if rng.random() < 0.5:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=shade)
        else:
            draw.rectangle([x - r, y - r // 2, x + r, y + r // 2], fill=shade)
    return _jpeg(image, quality=82)


def tone_wav(frequency, seconds=1.0, rate=8000):
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        frames = b"".join(
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * frequency * n / rate)))
            for n in range(int(rate * seconds))
        )
        wav.writeframes(frames)
    return out.getvalue()


def tiny_pdf(title):
    """A valid one-page PDF with a title line, written by hand (no extra dependency)."""
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 18 Tf 72 720 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def demo_image(title, make, name, **fields):
    """The image called ``title``, made from ``make()`` (JPEG or PNG bytes) the first time."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        image = image_model(title=title, file=ImageFile(io.BytesIO(make()), name=name), **fields)
        image.save()
    return image


class MediaPool:
    """Portfolio pictures, audio and PDF files shared by the demo members.

    Each picture's card renditions are made here, once: the directory's documents read them prefetched
    for each member that shows the picture, and a picture whose renditions were not there yet had them
    drawn again for every member of the batch (and thrown away but one).
    """

    def __init__(self):
        self.images = [
            demo_image(
                f"Demo artwork {index + 1:02d}",
                lambda index=index: artwork(index),
                f"demo-artwork-{index + 1:02d}.jpg",
            )
            for index in range(load("media")["artwork_pool_size"])
        ]
        for image in self.images:
            image.get_renditions(*CARD_PICTURE_RENDITIONS)
        document_model = get_document_model()
        self.audio, self.pdf = [], []
        for index in range(3):
            title = f"Demo audio {index + 1}"
            doc = document_model.objects.filter(title=title).first() or document_model.objects.create(
                title=title, file=ContentFile(tone_wav(220 * (index + 2)), name=f"demo-audio-{index + 1}.wav")
            )
            self.audio.append(doc)
            title = f"Demo brochure {index + 1}"
            doc = document_model.objects.filter(title=title).first() or document_model.objects.create(
                title=title, file=ContentFile(tiny_pdf(title), name=f"demo-brochure-{index + 1}.pdf")
            )
            self.pdf.append(doc)


def sha1(content):
    return hashlib.sha1(content).hexdigest()  # noqa: S324 (Wagtail's file hash, not a security use)
