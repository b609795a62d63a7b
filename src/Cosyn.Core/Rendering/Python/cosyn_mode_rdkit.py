"""Job mode `rdkit`: the code draws a molecule with RDKit; the worker keeps the picture as PNG.

Capture convention, first match wins:
  1. an image file the code wrote (PIL `img.save(...)`, `Draw.MolToFile(...)`,
     `drawer.WriteDrawingText(...)`, `open(..., 'wb').write(drawer.GetDrawingText())`): image paths
     are redirected into the job's user_files/ keeping the base name; the last one written wins,
     else the newest image file found in the job directory;
  2. a module-level PIL image: `img`, `image`, else the last PIL Image global;
  3. a module-level MolDraw2DCairo drawer (finished if the code forgot FinishDrawing());
  4. a matplotlib figure, if the code used matplotlib (e.g. Draw.MolToMPL).
Otherwise the job reports no_output. SVG drawers are not rasterised: use MolDraw2DCairo.
RDKit logs (e.g. "SMILES Parse Error") go to the job's output log and are put in front of the
traceback of a failed job, without their timestamps.
"""

import builtins
import io
import os
import re
import shutil
import sys

import PIL.Image
from rdkit import Chem
from rdkit.Chem import AllChem, Draw  # noqa: F401 - AllChem: models use it for 2D coordinates
from rdkit.Chem.Draw import rdMolDraw2D

from cosyn_jobfiles import contain, is_image_path, no_output, ok

ORIGINAL_OPEN = builtins.open
ORIGINAL_WRITE_TEXT = rdMolDraw2D.MolDraw2DCairo.WriteDrawingText
ORIGINAL_PIL_SAVE = PIL.Image.Image.save
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
RDKIT_LOG_LINE = re.compile(r"^\[\d\d:\d\d:\d\d\] ?(.*)$")
PARSE_ERROR = re.compile(r"(SMILES|SMARTS) Parse Error", re.IGNORECASE)


def prepare():
    """Draws once through each common API so fonts, Cairo and PIL plugins load here, not in every job."""
    mols = [Chem.MolFromSmiles(s) for s in ("CC(=O)Oc1ccccc1C(=O)O", "Cn1cnc2c1c(=O)n(C)c(=O)n2C")]
    Draw.MolToImage(mols[0], size=(200, 200)).save(io.BytesIO(), format="PNG")
    Draw.MolsToGridImage(mols, molsPerRow=2, subImgSize=(150, 150), legends=["a", "b"])
    drawer = rdMolDraw2D.MolDraw2DCairo(200, 200)
    drawer.DrawMolecule(mols[1])
    drawer.FinishDrawing()
    drawer.GetDrawingText()


def install(job):
    """Redirects image writes into the job dir and remembers them; returns the per-job capture state."""
    written = []

    def contained_open(file, mode="r", *args, **kwargs):
        if any(m in mode for m in "wax") and is_image_path(file):
            file = contain(file)
            written.append(file)
        return ORIGINAL_OPEN(file, mode, *args, **kwargs)

    def write_drawing_text(self, fname):
        path = contain(fname, "molecule.png")
        written.append(path)
        return ORIGINAL_WRITE_TEXT(self, path)

    # PIL's save opens through builtins.open; the drawer writes from C++, so it is patched itself.
    builtins.open = contained_open
    io.open = contained_open
    rdMolDraw2D.MolDraw2DCairo.WriteDrawingText = write_drawing_text
    return written


def written_image(written):
    for path in reversed(written):
        if os.path.isfile(path) and os.path.getsize(path) > 0:
            return path
    found = []
    for root, _, files in os.walk("."):
        found += [os.path.join(root, f) for f in files if is_image_path(f)]
    found.sort(key=lambda p: (os.stat(p).st_mtime_ns, p))
    return found[-1] if found else None


def global_image(env):
    for name in ("img", "image"):
        if isinstance(env.get(name), PIL.Image.Image):
            return env[name]
    images = [v for v in env.values() if isinstance(v, PIL.Image.Image)]
    return images[-1] if images else None


def drawer_png(env):
    drawers = [v for v in env.values() if isinstance(v, rdMolDraw2D.MolDraw2DCairo)]
    for drawer in reversed(drawers):
        try:
            data = drawer.GetDrawingText()
            if not data.startswith(PNG_SIGNATURE):
                drawer.FinishDrawing()
                data = drawer.GetDrawingText()
        except RuntimeError:
            continue
        if data.startswith(PNG_SIGNATURE):
            return data
    return None


def matplotlib_figure(env):
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:
        return None
    candidate = env.get("fig")
    if candidate is not None and candidate.__class__.__name__ == "Figure" and hasattr(candidate, "savefig"):
        return candidate
    return plt.gcf() if plt.get_fignums() and (plt.gcf().axes or plt.gcf().images) else None


def save_image(image, out):
    # Re-encoding normalises JPEG/palette/alpha inputs and strips metadata: same code, same bytes.
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    ORIGINAL_PIL_SAVE(image, out, format="PNG")


def produce(written, env, job):
    # The user's code is done: our own output must not be redirected into user_files/.
    builtins.open = io.open = ORIGINAL_OPEN
    out = os.path.abspath("figure.png")
    limit = int(job["max_output_bytes"])
    path = written_image(written)
    if path is not None:
        with ORIGINAL_OPEN(path, "rb") as f:
            is_png = f.read(8) == PNG_SIGNATURE
        if is_png:  # Cairo and PIL write no timestamps: keep the bytes, skip a re-encode
            shutil.copyfile(path, out)
        else:
            with PIL.Image.open(path) as image:
                save_image(image, out)
        return ok(out, limit)
    image = global_image(env)
    if image is not None:
        save_image(image, out)
        return ok(out, limit)
    data = drawer_png(env)
    if data is not None:
        with ORIGINAL_OPEN(out, "wb") as f:
            f.write(data)
        return ok(out, limit)
    figure = matplotlib_figure(env)
    if figure is not None:
        figure.savefig(out, format="png", dpi=job["dpi"], bbox_inches="tight", metadata={"Software": None})
        return ok(out, limit)
    return no_output("the code produced no molecule image (no saved PNG, no `img` PIL image, "
                     "no MolDraw2DCairo drawer, no matplotlib figure)")


def rdkit_log_lines(log_text):
    lines = []
    for line in log_text.splitlines():
        match = RDKIT_LOG_LINE.match(line)
        if match and match.group(1).strip():
            lines.append(match.group(1).strip())
    return lines[-5:]


def explain(report, log_text):
    """Puts RDKit's own log lines (the parse error that made a molecule None) in front of the traceback."""
    if report.get("type") == "ArgumentError":
        report["message"] = one_line(report.get("message", ""))
    lines = rdkit_log_lines(log_text)
    if not lines:
        return report
    report["traceback"] = ("RDKit log:\n" + "\n".join(lines) + "\n\n" + report.get("traceback", ""))[-2000:]
    parse_errors = [line for line in lines if PARSE_ERROR.search(line)]
    if parse_errors:
        report["message"] = one_line(report.get("message", "")) + " -- " + parse_errors[-1]
    return report


def one_line(message):
    """Boost.Python's ArgumentError spans lines ("Python argument types in / X.f(A, NoneType) / did not match ...")."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    if len(lines) >= 3 and lines[0] == "Python argument types in":
        return " ".join(lines[:3]).rstrip(":")
    return lines[0] if lines else ""

