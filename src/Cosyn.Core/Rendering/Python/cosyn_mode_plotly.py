"""Job mode `plotly-json`: the code builds a Plotly figure; the worker writes `fig.to_json()`.

Kaleido is not installed, so nothing can rasterise here: show(), write_image(), to_image(),
write_html() and plotly.offline.plot() are patched to remember their figure instead of failing
(to_image returns a 1x1 placeholder PNG). Capture convention, first match wins:
  1. the last figure passed to one of those patched functions;
  2. a module-level variable `fig` holding a plotly Figure;
  3. the last Figure constructed.
Otherwise the job reports no_output. The JSON is drawn by plotly.js elsewhere.
"""

import base64
import os

import plotly.graph_objects as go
import plotly.io as pio
import plotly.offline
from plotly.basedatatypes import BaseFigure

from cosyn_jobfiles import no_output, ok

try:  # plotly.express needs pandas; without it only px-based jobs fail, with a clear ImportError.
    import pandas  # noqa: F401
    import plotly.express as px
except ImportError:
    px = None

ORIGINAL_INIT = BaseFigure.__init__
PLACEHOLDER_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==")


def prepare():
    """Builds and serialises the common figure kinds so plotly's lazily imported validators load here."""
    figures = [
        go.Figure(go.Bar(x=["a", "b"], y=[1, 2])),
        go.Figure(go.Scatter(x=[1, 2], y=[3, 4], mode="lines+markers")),
        go.Figure(go.Pie(labels=["a", "b"], values=[1, 2])),
        go.Figure(go.Table(header={"values": ["a"]}, cells={"values": [[1]]})),
        go.Figure(go.Heatmap(z=[[1, 2], [3, 4]])),
    ]
    if px is not None:
        figures += [px.bar(x=["a", "b"], y=[1, 2], title="t"), px.line(x=[1, 2], y=[1, 2]),
                    px.scatter(x=[1, 2], y=[1, 2], color=["a", "b"]), px.pie(names=["a", "b"], values=[1, 2])]
    for figure in figures:
        figure.update_layout(title="warm-up", xaxis_title="x")
        figure.to_json(engine="json")


def install(job):
    """Patches figure output functions to capture instead of render; returns the per-job capture state."""
    state = {"shown": [], "constructed": []}

    def init(self, *args, **kwargs):
        ORIGINAL_INIT(self, *args, **kwargs)
        state["constructed"][:] = [self]

    def remember(result=None):
        def capture(fig, *args, **kwargs):
            if isinstance(fig, BaseFigure):
                state["shown"].append(fig)
            elif isinstance(fig, dict):
                state["shown"].append(go.Figure(fig))
            return result
        return capture

    BaseFigure.__init__ = init
    BaseFigure.show = remember()
    BaseFigure.write_image = remember()
    BaseFigure.write_html = remember()
    BaseFigure.to_image = remember(PLACEHOLDER_PNG)
    pio.show = remember()
    pio.write_image = remember()
    pio.write_html = remember()
    pio.to_image = remember(PLACEHOLDER_PNG)
    plotly.offline.plot = remember("figure.html")
    plotly.offline.iplot = remember()
    return state


def choose_figure(state, env):
    if state["shown"]:
        return state["shown"][-1]
    if isinstance(env.get("fig"), BaseFigure):
        return env["fig"]
    return state["constructed"][-1] if state["constructed"] else None


def produce(state, env, job):
    figure = choose_figure(state, env)
    if figure is None:
        return no_output("the code built no plotly figure (no fig.show(), write_image(), `fig` or go.Figure/px call)")
    out = os.path.abspath("figure.json")
    # The stdlib encoder, not orjson when present: same code, same JSON on every machine.
    text = pio.to_json(figure, validate=True, pretty=False, engine="json")
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    return ok(out, int(job["max_output_bytes"]))


def explain(report, log_text):
    """Shortens plotly's invalid-property errors to their first line and "Did you mean" hint."""
    message = report.get("message", "")
    if "Valid properties:" in message:
        head = message.split("Valid properties:")[0]
        report["message"] = " ".join(line.strip() for line in head.splitlines() if line.strip())
    return report
