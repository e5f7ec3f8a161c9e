"""Open Graph share images for myth pages: the claim and the verdict, drawn
with Pillow in the page's language.

Arabic script needs libraqm for shaping and right-to-left order; without it
the image is still drawn (unshaped) rather than failing, so a missing system
library never breaks a share. No installed font covers every script, so each
language has a chain of fonts: right-to-left text is set in the first font
that covers all of it (bidi reordering needs one run), left-to-right text is
split into runs per font (Noto Sans Ethiopic has no Latin letters or digits)."""

import io
from functools import cache
from pathlib import Path

from django.utils import translation

from PIL import Image, ImageDraw, ImageFont, features

from campaigns.myths.choices import Verdict

WIDTH, HEIGHT = 1200, 630
MARGIN = 70
FONT_DIRS = [Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/truetype/dejavu")]
LATIN = ["NotoSans-{weight}.ttf", "DejaVuSans{dejavu}.ttf"]
FONT_CHAINS = {
    "arabic": ["NotoSansArabic-{weight}.ttf", "DejaVuSans{dejavu}.ttf", *LATIN],
    "ethiopic": ["NotoSansEthiopic-{weight}.ttf", *LATIN],
    "latin": LATIN,
}
SCRIPTS = {"ar": "arabic", "fa": "arabic", "prs": "arabic", "ti": "ethiopic"}
RTL_LANGUAGES = {"ar", "fa", "prs"}
# Each colour has at least 4.5:1 contrast on white; the icon shape differs too.
VERDICT_COLOURS = {
    Verdict.FALSE: "#a4161a",
    Verdict.MISLEADING: "#8a4b00",
    Verdict.PARTLY_TRUE: "#5c4d00",
    Verdict.TRUE: "#1e6b2e",
    Verdict.UNPROVEN: "#4a4a55",
}
INK = "#1b1b1f"
MUTED = "#4a4a55"
BRAND = "#0b4f8a"
LINE_HEIGHT = 1.6


def raqm_available():
    return features.check("raqm")


@cache
def _font_paths(script, bold):
    weight = "Bold" if bold else "Regular"
    paths = []
    for pattern in FONT_CHAINS[script]:
        name = pattern.format(weight=weight, dejavu="-Bold" if bold else "")
        for directory in FONT_DIRS:
            if (directory / name).exists() and str(directory / name) not in paths:
                paths.append(str(directory / name))
    return tuple(paths)


@cache
def _font(path, size):
    if path is None:
        return ImageFont.load_default(size)
    engine = ImageFont.Layout.RAQM if raqm_available() else ImageFont.Layout.BASIC
    return ImageFont.truetype(path, size, layout_engine=engine)


def _glyph(font, char):
    mask = font.getmask(char)
    return mask.size, bytes(mask)


@cache
def _covers(path, char):
    """Whether the font has a glyph for `char` (it draws something other than .notdef)."""
    if char.isspace():
        return True
    font = _font(path, 24)
    return _glyph(font, char) != _glyph(font, "\U0010fffd")


class TextSetter:
    def __init__(self, language, size, bold=False):
        self.rtl = language in RTL_LANGUAGES
        self.paths = _font_paths(SCRIPTS.get(language, "latin"), bold) or (None,)
        self.size = size
        self.options = {}
        if raqm_available():
            self.options = {"direction": "rtl" if self.rtl else "ltr", "language": language}

    def runs(self, text):
        """[(font, text)]: one run in the best single font for right-to-left
        text, otherwise consecutive characters grouped by the font that has them."""
        if self.rtl or self.paths == (None,):
            path = next(
                (p for p in self.paths if p and all(_covers(p, c) for c in text)), self.paths[0]
            )
            return [(_font(path, self.size), text)]
        runs = []
        for char in text:
            path = next((p for p in self.paths if _covers(p, char)), self.paths[0])
            if runs and (runs[-1][0] == path or char.isspace()):
                runs[-1][1] += char
            else:
                runs.append([path, char])
        return [(_font(path, self.size), chunk) for path, chunk in runs]

    def width(self, draw, text):
        return sum(
            draw.textlength(chunk, font=font, **self.options) for font, chunk in self.runs(text)
        )

    def wrap(self, draw, text, width):
        lines, line = [], ""
        for word in text.split():
            candidate = f"{line} {word}".strip()
            if line and self.width(draw, candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        if line:
            lines.append(line)
        return lines

    def draw(self, draw, start_x, y, text, fill, vertical="a"):
        """Draws `text` from `start_x`, the line's start in the reading direction."""
        x = start_x
        for font, chunk in self.runs(text):
            anchor = ("r" if self.rtl else "l") + vertical
            draw.text((x, y), chunk, font=font, fill=fill, anchor=anchor, **self.options)
            advance = draw.textlength(chunk, font=font, **self.options)
            x = x - advance if self.rtl else x + advance


def _fit(draw, language, text, width, max_height):
    """The largest setter at which `text` fits the box, and its lines."""
    for size in (64, 56, 48, 42, 36, 30):
        setter = TextSetter(language, size, bold=True)
        lines = setter.wrap(draw, text, width)
        if len(lines) * size * LINE_HEIGHT <= max_height:
            return setter, lines
    max_lines = int(max_height // (setter.size * LINE_HEIGHT))
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1] + " …"]
    return setter, lines


def _draw_icon(draw, verdict, box, colour):
    """A shape per verdict, so the image does not rely on colour alone."""
    x0, y0, x1, y1 = box
    draw.ellipse(box, outline=colour, width=6)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    r = (x1 - x0) / 4
    if verdict == Verdict.FALSE:
        draw.line((cx - r, cy - r, cx + r, cy + r), fill=colour, width=8)
        draw.line((cx - r, cy + r, cx + r, cy - r), fill=colour, width=8)
    elif verdict == Verdict.TRUE:
        draw.line(
            (cx - r, cy, cx - r / 3, cy + r * 0.8, cx + r, cy - r * 0.8), fill=colour, width=8
        )
    elif verdict == Verdict.PARTLY_TRUE:
        draw.pieslice(box, 90, 270, fill=colour)
    elif verdict == Verdict.MISLEADING:
        draw.line((cx, cy - r, cx, cy + r * 0.3), fill=colour, width=8)
        draw.ellipse((cx - 5, cy + r * 0.7, cx + 5, cy + r * 0.7 + 10), fill=colour)
    else:
        draw.arc((cx - r * 0.8, cy - r, cx + r * 0.8, cy + r * 0.2), 180, 30, fill=colour, width=7)
        draw.ellipse((cx - 5, cy + r * 0.7, cx + 5, cy + r * 0.7 + 10), fill=colour)


def render(claim, verdict, language):
    """PNG bytes, WIDTH × HEIGHT, for one myth in one language."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    rtl = language in RTL_LANGUAGES
    colour = VERDICT_COLOURS.get(verdict, INK)
    start = WIDTH - MARGIN if rtl else MARGIN

    with translation.override(language):
        verdict_text = str(Verdict(verdict).label) if verdict in Verdict.values else ""
        heading = translation.gettext("The claim")

    draw.rectangle((0, 0, WIDTH, 16), fill=BRAND)
    TextSetter(language, 30).draw(draw, start, 50, heading, MUTED)
    setter, lines = _fit(draw, language, claim, WIDTH - 2 * MARGIN, 330)
    y = 100
    for line in lines:
        setter.draw(draw, start, y, line, INK)
        y += int(setter.size * LINE_HEIGHT)

    icon = 90
    top = HEIGHT - MARGIN - icon
    draw.line((MARGIN, top - 30, WIDTH - MARGIN, top - 30), fill="#c8cad3", width=2)
    icon_x0 = WIDTH - MARGIN - icon if rtl else MARGIN
    _draw_icon(draw, verdict, (icon_x0, top, icon_x0 + icon, top + icon), colour)
    verdict_start = start - (icon + 30) if rtl else start + icon + 30
    TextSetter(language, 56, bold=True).draw(
        draw, verdict_start, top + icon / 2, verdict_text, colour, vertical="m"
    )
    brand = TextSetter("en", 34, bold=True)
    brand_start = MARGIN if rtl else WIDTH - MARGIN - brand.width(draw, "Samla")
    brand.draw(draw, brand_start, top + icon / 2, "Samla", BRAND, vertical="m")

    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()
