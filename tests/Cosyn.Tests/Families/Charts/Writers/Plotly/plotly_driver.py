"""Builds generated Plotly scripts (a JSON list of code strings) and prints one result per script: the figure JSON or the error.

Each script runs unmodified except that Figure.show() records the figure instead of opening a browser.
"""
import json
import sys
import traceback

import plotly.graph_objects as go

shown = []
go.Figure.show = lambda fig, *args, **kwargs: shown.append(fig)

results = []
for code in json.load(open(sys.argv[1], encoding="utf-8")):
    shown.clear()
    try:
        exec(compile(code, "<chart>", "exec"), {"__name__": "__main__"})
        if len(shown) != 1:
            raise RuntimeError(f"fig.show() called {len(shown)} times")
        results.append({"figure": json.loads(shown[0].to_json())})
    except Exception:  # report and keep going: one bad script must not hide the others
        results.append({"error": traceback.format_exc(limit=3)})

json.dump(results, sys.stdout)
