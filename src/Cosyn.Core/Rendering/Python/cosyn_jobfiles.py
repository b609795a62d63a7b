"""Job-directory helpers shared by the worker and its job modes (cosyn_mode_*.py)."""

import os
import struct

USER_DIR = "user_files"
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp")


def contain(fname, default="figure.png"):
    """Redirects a user-chosen output path into the job's user_files/, keeping only the base name.

    Models write to '/home/user/out.png', 'charts/x.png' or '/tmp/x.png'; the sandbox would refuse
    or hide those, so every output lands where the capture step looks for it.
    """
    name = os.path.basename(os.fsdecode(fname).rstrip("/")) or default
    os.makedirs(USER_DIR, exist_ok=True)
    return os.path.abspath(os.path.join(USER_DIR, name))


def is_image_path(fname):
    return isinstance(fname, (str, bytes, os.PathLike)) and os.fsdecode(fname).lower().endswith(IMAGE_EXTENSIONS)


# A small PNG can declare a huge canvas (a decompression bomb for whoever decodes it next).
MAX_PIXELS = 40_000_000


def png_dimensions(path):
    """Width and height from a PNG's IHDR chunk, or None when the file is not a PNG."""
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def ok(output, max_bytes):
    """The result for an output file written in the job dir, or too_large when it exceeds the limits."""
    size = os.path.getsize(output)
    if size > max_bytes:
        return {"status": "too_large", "message": f"output is {size} bytes, limit {max_bytes}"}
    dimensions = png_dimensions(output) if output.endswith(".png") else None
    if dimensions and dimensions[0] * dimensions[1] > MAX_PIXELS:
        return {"status": "too_large", "message": f"image is {dimensions[0]}x{dimensions[1]} pixels, limit {MAX_PIXELS}"}
    return {"status": "ok", "output": os.path.basename(output), "bytes": size}


def no_output(message):
    return {"status": "no_output", "message": message}
