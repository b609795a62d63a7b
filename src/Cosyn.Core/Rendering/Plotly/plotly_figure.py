# Runs untrusted Plotly code and writes the figure it made as JSON (argv: code file, output file).
# Which figure: the last one passed to fig.show() / write_image() / write_html(); else a global
# named `fig`; else the last go.Figure created (plotly.express figures are go.Figure too).
import sys

import plotly.graph_objects as go
import plotly.io as pio

created, shown = [], []
_init = go.Figure.__init__


def _track(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    created.append(self)


def _capture(self, *args, **kwargs):
    shown.append(self)


go.Figure.__init__ = _track
# No browser, no kaleido: displaying or exporting just marks the figure as the one wanted.
go.Figure.show = _capture
go.Figure.write_image = _capture
go.Figure.write_html = _capture
go.Figure.to_image = lambda self, *a, **k: (_capture(self), b"")[1]
pio.show = lambda fig, *a, **k: shown.append(fig)
pio.write_image = lambda fig, *a, **k: shown.append(fig)

with open(sys.argv[1], encoding="utf-8") as f:
    source = f.read()
namespace = {"__name__": "__main__"}
try:
    exec(compile(source, "figure.py", "exec"), namespace)
except SystemExit:
    pass

candidate = namespace.get("fig")
figure = shown[-1] if shown else candidate if isinstance(candidate, go.Figure) else created[-1] if created else None
if figure is None:
    sys.stderr.write("NoFigure: no plotly figure found; assign it to `fig` or call fig.show()\n")
    sys.exit(3)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(figure.to_json())
