"""Job mode `matplotlib`: the code draws with matplotlib; the worker saves the figure as PNG.

Which figure: every figure the code created that has content and was shown (plt.show(), fig.show()),
saved (savefig(...), user paths redirected into the job's user_files/ directory, keeping only the
base name), is still open, or is bound to a module-level `fig` is a candidate; their number is the
result's `figures_found`. With one candidate it is the output; with several, the one with the most
text (Text artists holding non-blank text when the code finished: titles, axis labels, legend entries,
annotations, tick labels the code set), ties going to the first created. No candidate: no_output.

How it is saved: drawn once on the whole figure canvas at the job's DPI (not bbox_inches='tight', whose
bounds drop mplot3d axis labels); only when drawn text reaches past the canvas (a legend or fig.text placed
outside) is it drawn again on the union of the canvas and the tight bounds. Then the uniform border is
cropped by pixels, with the same rule and margin the C# image policy uses (so its own crop is a no-op and it
keeps these bytes), and the PNG is written flattened on white. The background is the one savefig would have
used: the code's own savefig(facecolor=..., transparent=...) of that figure, else rcParams' savefig.facecolor
and savefig.transparent.

The save also reports the text it drew (cosyn_layout.py): every Text artist drawn, with its box in
pixels of the final PNG, and the characters the fonts had no glyph for.
"""

import io
import os
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.figure  # noqa: E402
from matplotlib._pylab_helpers import Gcf  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.text  # noqa: E402
import numpy  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.transforms import Bbox  # noqa: E402
from PIL import Image  # noqa: E402

import cosyn_layout  # noqa: E402
from cosyn_jobfiles import contain, no_output, ok  # noqa: E402

matplotlib.rcParams["svg.hashsalt"] = "cosyn"
matplotlib.rcParams["figure.max_open_warning"] = 0
plt.switch_backend("Agg")  # resolve pyplot's lazy backend now, before user code can touch switch_backend

ORIGINAL_SAVEFIG = matplotlib.figure.Figure.savefig
ORIGINAL_FIGURE_INIT = matplotlib.figure.Figure.__init__

# The C# image policy's trimming (ImagePolicy.ColourTolerance, Matplotlib's TrimMargin): the same crop here
# leaves it nothing to crop, so it keeps this PNG instead of decoding, cropping and re-encoding it.
COLOUR_TOLERANCE = 10
TRIM_MARGIN = 16
# zlib level 1: half the time of the default 6 for about a fifth more bytes on charts.
PNG_COMPRESS_LEVEL = 1


def prepare():
    """Draws one throwaway chart so fonts, Agg and PIL's PNG encoder are loaded once here, not in every job."""
    figure, axes = plt.subplots()
    axes.bar(["a", "b"], [1, 2])
    axes.set_title("warm-up")
    figure.canvas.draw()
    encode(numpy.asarray(figure.canvas.buffer_rgba()), io.BytesIO())
    plt.close(figure)
    cosyn_layout.prepare()


class Capture:
    """What the job's code did with figures: created (in order), shown or saved."""

    def __init__(self):
        self.created = []
        self.captured = []
        self.save_options = {}  # id(figure) -> the background options of the code's last savefig of it


def install(job):
    """Patches figure creation, show and savefig to remember figures; returns the per-job capture state."""
    state = Capture()
    cosyn_layout.install()

    def figure_init(self, *args, **kwargs):
        ORIGINAL_FIGURE_INIT(self, *args, **kwargs)
        state.created.append(self)

    def savefig(self, fname, *args, **kwargs):
        state.captured.append(self)
        state.save_options[id(self)] = {k: kwargs[k] for k in ("facecolor", "transparent") if k in kwargs}
        if isinstance(fname, (str, bytes, os.PathLike)):
            fname = contain(fname)
        return ORIGINAL_SAVEFIG(self, fname, *args, **kwargs)

    def show(*args, **kwargs):
        if plt.get_fignums():
            state.captured.append(plt.gcf())

    def figure_show(self, *args, **kwargs):
        state.captured.append(self)

    matplotlib.figure.Figure.__init__ = figure_init
    matplotlib.figure.Figure.savefig = savefig
    matplotlib.figure.Figure.show = figure_show
    plt.show = show
    # Models often pick an interactive backend; there is no display, so keep Agg.
    matplotlib.use = lambda *args, **kwargs: None
    plt.switch_backend = lambda *args, **kwargs: None
    return state


def has_content(figure):
    return bool(figure.axes or figure.texts or figure.images or figure.patches or figure.lines)


def text_count(figure):
    return sum(1 for t in figure.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text().strip())


def candidates(state, env):
    """The figures that could be the output, in creation order (see the module docstring)."""
    open_figures = {id(m.canvas.figure) for m in Gcf.get_all_fig_managers()}
    chosen = {id(f) for f in state.captured} | open_figures
    candidate = env.get("fig")
    if isinstance(candidate, matplotlib.figure.Figure):
        chosen.add(id(candidate))
    return [f for f in state.created if id(f) in chosen and has_content(f)]


def choose_figure(found):
    if len(found) <= 1:
        return found[0] if found else None
    counts = [text_count(f) for f in found]
    return found[counts.index(max(counts))]  # index() finds the first: ties go to the first created


def produce(state, env, job):
    found = candidates(state, env)
    figure = choose_figure(found)
    if figure is None:
        return no_output("the code produced no figure (no plt.show(), savefig(), `fig` or open figure with content)")
    apply_background(figure, state.save_options.get(id(figure), {}))
    result = save_png(figure, job)
    result["figures_found"] = len(found)
    return result


def apply_background(figure, options):
    """Gives the figure the background savefig would have drawn (the canvas draw itself uses the figure's own)."""
    transparent = options.get("transparent")
    if transparent is None:
        transparent = matplotlib.rcParams["savefig.transparent"]
    if transparent:
        # As savefig(transparent=True): no figure or axes background (then flattened on white like any alpha).
        figure.patch.set_facecolor("none")
        figure.patch.set_edgecolor("none")
        for axes in figure.axes:
            axes.patch.set_facecolor("none")
            axes.patch.set_edgecolor("none")
        return
    facecolor = options.get("facecolor", matplotlib.rcParams["savefig.facecolor"])
    if not (isinstance(facecolor, str) and facecolor == "auto"):
        figure.patch.set_facecolor(facecolor)


def save_png(figure, job):
    dpi = float(job["dpi"])
    timings = {}
    started = time.perf_counter()
    if not isinstance(figure.canvas, FigureCanvasAgg):
        FigureCanvasAgg(figure)
    figure.set_dpi(dpi)
    with cosyn_layout.Recorder(figure) as layout:
        figure.canvas.draw()
    pixels = numpy.asarray(figure.canvas.buffer_rgba())
    timings["draw"] = time.perf_counter() - started
    if overflows(layout):
        started = time.perf_counter()
        layout, pixels = draw_with_overflow(figure, dpi)
        timings["redraw"] = time.perf_counter() - started
    started = time.perf_counter()
    rgba = flatten(pixels)
    left, top, right, bottom = crop_box(rgba)
    rgba = rgba[top:bottom, left:right]
    timings["crop"] = time.perf_counter() - started
    started = time.perf_counter()
    out = "figure.png"
    with open(out, "wb") as f:
        encode(rgba, f)
    timings["encode"] = time.perf_counter() - started
    result = ok(out, int(job["max_output_bytes"]))
    result["layout"] = layout.facts(left, top, right - left, bottom - top)
    result["timings"] = timings
    return result


def overflows(layout):
    """True when a drawn text reaches past the canvas (or the draw was not measured, so it cannot be ruled out)."""
    if layout.boxes is None:
        return True
    w, h = layout.width, layout.height
    return any(x < -1 or y < -1 or x + bw > w + 1 or y + bh > h + 1 for _, x, y, bw, bh, *_ in layout.boxes)


def draw_with_overflow(figure, dpi):
    """Draws again on the union of the canvas and the figure's tight bounds, so nothing outside the canvas is lost."""
    renderer = figure.canvas.get_renderer()
    tight = figure.get_tightbbox(renderer)
    bounds = Bbox.union([figure.bbox_inches, tight]).padded(0.1) if tight is not None else figure.bbox_inches
    buffer = io.BytesIO()
    with cosyn_layout.Recorder(figure) as layout:
        ORIGINAL_SAVEFIG(figure, buffer, format="rgba", dpi=dpi, bbox_inches=bounds)
    if layout.width * layout.height * 4 == len(buffer.getbuffer()):
        return layout, numpy.frombuffer(buffer.getbuffer(), numpy.uint8).reshape(layout.height, layout.width, 4)
    # The draw was not measured, so its size is unknown: let a PNG carry it.
    buffer = io.BytesIO()
    ORIGINAL_SAVEFIG(figure, buffer, format="png", dpi=dpi, bbox_inches=bounds)
    return layout, numpy.asarray(Image.open(buffer).convert("RGBA"))


def flatten(rgba):
    """Opaque RGBA, composited on white as the C# policy flattens alpha; a copy only when something is translucent."""
    alpha = rgba[..., 3]
    if int(alpha.min()) == 255:
        return numpy.ascontiguousarray(rgba)
    a = alpha[..., None].astype(numpy.float32) / 255.0
    flat = numpy.empty_like(rgba)
    flat[..., :3] = (rgba[..., :3].astype(numpy.float32) * a + 255.0 * (1.0 - a) + 0.5).astype(numpy.uint8)
    flat[..., 3] = 255
    return flat


def crop_box(rgba):
    """The content's bounds plus the margin, as the C# policy computes them (background = the top-left pixel)."""
    height, width = rgba.shape[:2]
    background = rgba[0, 0, :3].astype(numpy.int16)

    def ink(block):
        return bool((numpy.abs(block[..., :3].astype(numpy.int16) - background) > COLOUR_TOLERANCE).any())

    # Exact comparison of whole pixels first (one word each, cheap on the whole image); the tolerance is then
    # checked only on the rows and columns that differ, from each edge inwards.
    words = rgba.view(numpy.uint32).reshape(height, width)
    differs = words != words[0, 0]
    rows = numpy.flatnonzero(differs.any(axis=1))
    top = next((int(y) for y in rows if ink(rgba[y])), None)
    if top is None:
        return 0, 0, width, height  # blank: left for the policy to reject with its reason
    bottom = next(int(y) for y in rows[::-1] if ink(rgba[y]))
    columns = numpy.flatnonzero(differs[top:bottom + 1].any(axis=0))
    left = next(int(x) for x in columns if ink(rgba[top:bottom + 1, x]))
    right = next(int(x) for x in columns[::-1] if ink(rgba[top:bottom + 1, x]))
    return (max(0, left - TRIM_MARGIN), max(0, top - TRIM_MARGIN),
            min(width, right + 1 + TRIM_MARGIN), min(height, bottom + 1 + TRIM_MARGIN))


def encode(rgba, target):
    """An RGB PNG (opaque: no alpha channel to flatten again) without metadata, so the same drawing gives the same bytes."""
    Image.fromarray(numpy.ascontiguousarray(rgba[..., :3])).save(target, format="png", compress_level=PNG_COMPRESS_LEVEL)


def explain(report, log_text):
    """No mode-specific hints for matplotlib."""
    return report
