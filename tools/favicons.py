"""Draw the cluster's mark as PNG favicons (32, 180, 192, 512 px) next to static/img/logo-mark.svg.

The mark is the same geometry as the SVG (a 64-unit square): a rounded violet tile holding a cluster
of three discs of different sizes, coral, white and yellow. Pillow draws it four times larger than
needed and scales it down, for smooth edges. Run it after changing the mark:

    .venv/bin/python tools/favicons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

STATIC = Path(__file__).resolve().parent.parent / "static" / "img"
SIZES = {"favicon-32.png": 32, "apple-touch-icon.png": 180, "icon-192.png": 192, "icon-512.png": 512}
TILE = "#4b1582"
# (centre x, centre y, radius, colour) in the SVG's 64-unit square
DISCS = [(25, 27, 13, "#ffffff"), (43, 41, 9, "#ff8a65"), (22, 46, 5, "#ffd166"), (45, 20, 4, "#ffd166")]
SUPERSAMPLE = 4


def draw(size, *, full_bleed=False):
    """The mark at ``size`` pixels; ``full_bleed`` fills the square (home-screen icons crop their own corners)."""
    big = size * SUPERSAMPLE
    unit = big / 64
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if full_bleed:
        pen.rectangle((0, 0, big, big), fill=TILE)
    else:
        pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=14 * unit, fill=TILE)
    for x, y, r, colour in DISCS:
        pen.ellipse(((x - r) * unit, (y - r) * unit, (x + r) * unit, (y + r) * unit), fill=colour)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main():
    for name, size in SIZES.items():
        draw(size, full_bleed=size >= 180).save(STATIC / name, optimize=True)
        print(f"wrote static/img/{name} ({size}×{size})")


if __name__ == "__main__":
    main()
