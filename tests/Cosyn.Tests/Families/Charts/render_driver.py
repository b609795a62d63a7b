"""Runs generated matplotlib scripts (a JSON list of {code, png}) and reports what was drawn.

Each script runs unmodified except that `plt.show()` becomes `plt.savefig(png)`; rcParams are reset between
scripts so one script's style sheet cannot leak into the next.
"""
import json
import math
import sys
import traceback

import matplotlib
import matplotlib.pyplot as plt


def boxes_overlap(a, b):
    return a.x0 < b.x1 - 1 and b.x0 < a.x1 - 1 and a.y0 < b.y1 - 1 and b.y0 < a.y1 - 1


def count_overlaps(texts, renderer):
    rotated = [t for t in texts if t.get_rotation() % 180 not in (0, 90)]
    if rotated:
        return count_rotated_overlaps(rotated, renderer) + count_overlaps([t for t in texts if t not in rotated], renderer)
    boxes = [t.get_window_extent(renderer) for t in texts if t.get_visible() and t.get_text()]
    return sum(1 for i in range(len(boxes)) for j in range(i + 1, len(boxes)) if boxes_overlap(boxes[i], boxes[j]))


def count_rotated_overlaps(texts, renderer):
    """Slanted labels overlap when neighbouring anchors are closer than one line of text measured across the slant."""
    anchors = sorted(t.get_window_extent(renderer).x1 for t in texts)
    angle = math.radians(texts[0].get_rotation() % 180)
    line = texts[0].get_fontsize() * texts[0].figure.dpi / 72
    return sum(1 for a, b in zip(anchors, anchors[1:]) if (b - a) * math.sin(angle) < 0.9 * line)


def visible_ticks(axis):
    """Tick labels actually drawn: matplotlib also keeps labels for ticks outside the view limits."""
    lo, hi = sorted(axis.get_view_interval())
    span = (hi - lo) * 1e-9
    return [t.label1 for t in axis.get_major_ticks()
            if lo - span <= t.get_loc() <= hi + span and t.label1.get_visible() and t.label1.get_text()]


def inspect(fig):
    renderer = fig.canvas.get_renderer()
    figure_box = fig.bbox
    report = {"titles": [], "texts": [], "tick_overlaps": 0, "label_overlaps": 0, "clipped": []}
    for ax in fig.axes:
        for loc in ("left", "center", "right"):
            title = ax.get_title(loc=loc)
            if title:
                report["titles"].append(title)
        ticks = visible_ticks(ax.xaxis)
        yticks = visible_ticks(ax.yaxis)
        report["tick_overlaps"] += count_overlaps(ticks, renderer) + count_overlaps(yticks, renderer)
        report["label_overlaps"] += count_overlaps(list(ax.texts), renderer)
        texts = ticks + yticks + list(ax.texts) + [ax.title, ax._left_title, ax.xaxis.label, ax.yaxis.label]
        legend = ax.get_legend()
        if legend:
            texts += list(legend.get_texts()) + [legend.get_title()]
        for t in texts:
            if not t.get_visible() or not t.get_text():
                continue
            report["texts"].append(t.get_text())
            box = t.get_window_extent(renderer)
            if box.x0 < figure_box.x0 - 1 or box.x1 > figure_box.x1 + 1 or box.y0 < figure_box.y0 - 1 or box.y1 > figure_box.y1 + 1:
                report["clipped"].append(t.get_text())
    return report


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    results = []
    for job in jobs:
        matplotlib.rcdefaults()
        plt.close("all")
        code = job["code"].replace("plt.show()", "plt.savefig(%r, dpi=100)" % job["png"])
        try:
            exec(compile(code, "<generated>", "exec"), {"__name__": "__main__"})
            report = inspect(plt.gcf())
            report["error"] = None
        except Exception:  # the report carries the failure back to the test
            report = {"error": traceback.format_exc()}
        results.append(report)
    json.dump(results, sys.stdout)


main()
