"""Draws Samla's icons into site/static/icons/ (`python scripts/icons.py`):
three white dots, people gathering, on the brand blue of
site/static/css/samla.css. The files are committed; run this again only to
change the icon, and change THEME_COLOUR in site/site_files.py with it."""

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "site" / "static" / "icons"
BRAND = "#0b4f8a"
# Dot centres and radius on a 64-unit square, shared by the SVG and the PNGs.
DOTS = [(32, 20), (19, 42), (45, 42)]
DOT_RADIUS = 9
CORNER_RADIUS = 12


def svg():
    dots = "".join(f'<circle cx="{x}" cy="{y}" r="{DOT_RADIUS}"/>' for x, y in DOTS)
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">'
        f'<rect width="64" height="64" rx="{CORNER_RADIUS}" fill="{BRAND}"/>'
        f'<g fill="#fff">{dots}</g></svg>\n'
    )


def png(size, rounded=True):
    """The icon at `size` pixels, drawn four times larger and scaled down for
    smooth edges. Apple's touch icon is square: iOS rounds its corners."""
    scale = size * 4 / 64
    image = Image.new("RGBA", (size * 4, size * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    radius = CORNER_RADIUS * scale if rounded else 0
    draw.rounded_rectangle([0, 0, size * 4 - 1, size * 4 - 1], radius=radius, fill=BRAND)
    for x, y in DOTS:
        draw.ellipse(
            [
                (x - DOT_RADIUS) * scale,
                (y - DOT_RADIUS) * scale,
                (x + DOT_RADIUS) * scale,
                (y + DOT_RADIUS) * scale,
            ],
            fill="white",
        )
    return image.resize((size, size), Image.LANCZOS)


def main():
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "icon.svg").write_text(svg())
    png(48).save(ICONS / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    png(180, rounded=False).convert("RGB").save(ICONS / "apple-touch-icon.png", optimize=True)
    for size in (192, 512):
        png(size).save(ICONS / f"icon-{size}.png", optimize=True)


if __name__ == "__main__":
    main()
