"""Runs generated table scripts (a JSON list of {code, png} or {code, json}) and reports what they show.

matplotlib jobs: `plt.show()` becomes `plt.savefig(png)`; the report lists the title, figure texts and every table
cell's text. plotly jobs: `fig.show()` becomes nothing; the report is the figure's JSON (what plotly.js would draw).
"""
import json
import sys
import traceback

import matplotlib
import matplotlib.pyplot as plt


def matplotlib_report(png):
    fig = plt.gcf()
    fig.canvas.draw()
    report = {"titles": [], "texts": [t.get_text() for t in fig.texts], "cells": {}}
    for ax in fig.axes:
        report["titles"].append(ax.get_title())
        for table in ax.tables:
            for (r, c), cell in table.get_celld().items():
                report["cells"]["%d,%d" % (r, c)] = cell.get_text().get_text()
    return report


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    results = []
    for job in jobs:
        matplotlib.rcdefaults()
        plt.close("all")
        code = job["code"]
        plotly = "plotly" in code
        code = code.replace("fig.show()", "result = fig.to_json()") if plotly else code.replace("plt.show()", "plt.savefig(%r, dpi=100)" % job["png"])
        scope = {"__name__": "__main__"}
        try:
            exec(compile(code, "<generated>", "exec"), scope)
            report = {"figure": scope["result"]} if plotly else matplotlib_report(job["png"])
            report["error"] = None
        except Exception:  # the report carries the failure back to the test
            report = {"error": traceback.format_exc()}
        results.append(report)
    json.dump(results, sys.stdout)


main()
