"""Layout facts of a matplotlib save: the Text artists it drew, boxed in pixels of the PNG, and missing glyphs.

The boxes are measured inside the save's own draw (on its draw_event), when the figure's transforms already
include the save's bounds and dpi, so display coordinates are canvas pixels (with y up: flipped here); facts()
moves them into the cropped PNG.
Only texts actually drawn count: tick labels outside the view limits exist as artists but are never drawn.
"""

import os
import time

import matplotlib._text_helpers
import matplotlib.font_manager
import matplotlib.table
import matplotlib.text

ORIGINAL_TEXT_DRAW = matplotlib.text.Text.draw
ORIGINAL_WARN_GLYPH = matplotlib._text_helpers.warn_on_missing_glyph
ORIGINAL_FIND_FONTS = matplotlib.font_manager.FontManager._find_fonts_by_props
MAX_BOXES = 5000

# Fonts every family falls back to, so CJK labels draw instead of boxes (DejaVu Sans has no CJK glyphs).
# Colour emoji fonts are bitmap-only, which matplotlib's FreeType path cannot draw, so none is listed.
FALLBACK_FONTS = [path for path in (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
) if os.path.exists(path)]

MISSING = []
DRAWN = []


def prepare():
    """Registers the fallback fonts (the shared font cache may predate their install) and adds them to every lookup."""
    for path in FALLBACK_FONTS:
        try:
            matplotlib.font_manager.fontManager.addfont(path)
        except (OSError, RuntimeError, ValueError):
            continue

    def find_fonts(self, prop, *args, **kwargs):
        paths = ORIGINAL_FIND_FONTS(self, prop, *args, **kwargs)
        return paths + [path for path in FALLBACK_FONTS if path not in paths]

    matplotlib.font_manager.FontManager._find_fonts_by_props = find_fonts


def install():
    """Records every glyph a font lacked, whoever drew it (the user's own savefig included), for this job."""
    del MISSING[:]

    def warn_on_missing_glyph(codepoint, *args, **kwargs):
        char = chr(codepoint)
        if char not in MISSING:
            MISSING.append(char)
        return ORIGINAL_WARN_GLYPH(codepoint, *args, **kwargs)

    matplotlib._text_helpers.warn_on_missing_glyph = warn_on_missing_glyph


class Recorder:
    """Context manager around the final savefig: remembers drawn texts, measures them at the end of the real draw."""

    def __init__(self, figure):
        self.figure = figure
        self.boxes = None
        self.width = self.height = 0
        self.seconds = 0.0
        self.error = None

    def __enter__(self):
        del DRAWN[:]

        def draw(text, renderer):
            result = ORIGINAL_TEXT_DRAW(text, renderer)
            DRAWN.append(text)
            return result

        matplotlib.text.Text.draw = draw
        self.connection = self.figure.canvas.mpl_connect("draw_event", self.on_draw)
        return self

    def __exit__(self, *exc):
        matplotlib.text.Text.draw = ORIGINAL_TEXT_DRAW
        self.figure.canvas.mpl_disconnect(self.connection)
        return False

    def on_draw(self, event):
        drawn = list(DRAWN)
        del DRAWN[:]
        renderer = event.renderer
        # bbox_inches='tight' first draws with drawing disabled (no-op draw_* bound on the instance) to find
        # the bounds; only the real draw that follows is in PNG pixels.
        if "draw_text" in vars(renderer):
            return
        started = time.perf_counter()
        try:
            self.width, self.height = int(renderer.width), int(renderer.height)
            self.boxes = measure(drawn, renderer, self.width, self.height)
        except Exception as exc:  # noqa: BLE001 - a measuring problem must not fail the render
            self.error = f"{type(exc).__name__}: {exc}"
        self.seconds += time.perf_counter() - started

    def facts(self, left=0, top=0, width=None, height=None):
        """The facts in pixels of the canvas cropped to width x height at (left, top); the whole canvas by default."""
        boxes = self.boxes
        if boxes is not None and (left or top):
            boxes = [[text, x - left, y - top, *rest] for text, x, y, *rest in boxes]
        return {"width": self.width if width is None else width, "height": self.height if height is None else height,
                "boxes": boxes, "missing": list(MISSING), "error": self.error, "seconds": self.seconds}


def measure(drawn, renderer, width, height):
    """Rows [text, x, y, w, h, clipped, font px] for the drawn texts, y down from the PNG's top edge."""
    cells = {}
    for axes in {id(t.axes): t.axes for t in drawn if t.axes is not None}.values():
        for table in getattr(axes, "tables", []):
            for cell in table.get_celld().values():
                cells[id(cell.get_text())] = cell
    boxes = []
    scale = renderer.dpi / 72.0
    for text in drawn:
        if len(boxes) >= MAX_BOXES:
            break
        content = text.get_text()
        if not text.get_visible() or not content.strip():
            continue
        extent = text.get_window_extent(renderer)
        if extent.width < 0.5 or extent.height < 0.5:
            continue
        clipped = extent.x0 < -1 or extent.y0 < -1 or extent.x1 > width + 1 or extent.y1 > height + 1
        cell = cells.get(id(text))
        if cell is not None:
            # A table cell does not clip its text: text wider than the cell runs under its neighbour's paint.
            frame = cell.get_window_extent(renderer)
            clipped = clipped or extent.width > frame.width + 1 or extent.height > frame.height + 1
        elif text.get_clip_on() and text.get_clip_box() is not None:
            frame = text.get_clip_box()
            clipped = clipped or extent.x0 < frame.x0 - 1 or extent.x1 > frame.x1 + 1 or extent.y0 < frame.y0 - 1 or extent.y1 > frame.y1 + 1
        # numpy scalars are not JSON: the reply is.
        clipped = bool(clipped)
        size = float(text.get_fontsize() * scale)
        x0, w, h = float(extent.x0), float(extent.width), float(extent.height)
        lines = content.split("\n")
        top = height - float(extent.y1)
        if len(lines) > 1 and text.get_rotation() % 180 == 0:
            step = h / len(lines)
            for i, line in enumerate(lines):
                if line.strip():
                    boxes.append([line, x0, top + i * step, w, step, clipped, size])
        else:
            boxes.append([content, x0, top, w, h, clipped, size])
    return boxes
