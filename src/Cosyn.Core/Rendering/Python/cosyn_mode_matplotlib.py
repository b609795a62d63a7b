"""Job mode `matplotlib`: the code draws with matplotlib; the worker saves the figure as PNG.

Capture convention, first match wins:
  1. the last figure passed to plt.show(), fig.show() or savefig(...) (user paths are
     redirected into the job's user_files/ directory, keeping only the base name);
  2. a module-level variable `fig` holding a matplotlib Figure;
  3. the current figure, if it has any axes.
Otherwise the job reports no_output.

The final save also reports the text it drew (cosyn_layout.py): every Text artist drawn, with its box in
pixels of the PNG, and the characters the fonts had no glyph for.
"""

import io
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.figure  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

import cosyn_layout  # noqa: E402
from cosyn_jobfiles import contain, no_output, ok  # noqa: E402

matplotlib.rcParams["svg.hashsalt"] = "cosyn"
matplotlib.rcParams["figure.max_open_warning"] = 0
plt.switch_backend("Agg")  # resolve pyplot's lazy backend now, before user code can touch switch_backend

ORIGINAL_SAVEFIG = matplotlib.figure.Figure.savefig


def prepare():
    """Draws one throwaway chart so fonts and Agg are loaded once here, not in every job."""
    figure, axes = plt.subplots()
    axes.bar(["a", "b"], [1, 2])
    axes.set_title("warm-up")
    figure.savefig(io.BytesIO(), format="png")
    plt.close(figure)
    cosyn_layout.prepare()


def install(job):
    """Patches show/savefig to remember figures; returns the per-job capture state."""
    captured = []
    cosyn_layout.install()

    def savefig(self, fname, *args, **kwargs):
        captured.append(self)
        if isinstance(fname, (str, bytes, os.PathLike)):
            fname = contain(fname)
        return ORIGINAL_SAVEFIG(self, fname, *args, **kwargs)

    def show(*args, **kwargs):
        if plt.get_fignums():
            captured.append(plt.gcf())

    def figure_show(self, *args, **kwargs):
        captured.append(self)

    matplotlib.figure.Figure.savefig = savefig
    matplotlib.figure.Figure.show = figure_show
    plt.show = show
    # Models often pick an interactive backend; there is no display, so keep Agg.
    matplotlib.use = lambda *args, **kwargs: None
    plt.switch_backend = lambda *args, **kwargs: None
    return captured


def has_content(figure):
    return bool(figure.axes or figure.texts or figure.images or figure.patches or figure.lines)


def choose_figure(captured, env):
    for figure in reversed(captured):
        if has_content(figure):
            return figure
    candidate = env.get("fig")
    if isinstance(candidate, matplotlib.figure.Figure) and has_content(candidate):
        return candidate
    if plt.get_fignums() and plt.gcf().axes:
        return plt.gcf()
    return None


def save_png(figure, job):
    out = "figure.png"
    with cosyn_layout.Recorder(figure) as layout:
        ORIGINAL_SAVEFIG(figure, out, format="png", dpi=job["dpi"], bbox_inches="tight", metadata={"Software": None})
    result = ok(out, int(job["max_output_bytes"]))
    result["layout"] = layout.facts()
    return result


def produce(captured, env, job):
    figure = choose_figure(captured, env)
    if figure is None:
        return no_output("the code produced no figure (no plt.show(), savefig(), `fig` or current figure with axes)")
    return save_png(figure, job)


def explain(report, log_text):
    """No mode-specific hints for matplotlib."""
    return report
