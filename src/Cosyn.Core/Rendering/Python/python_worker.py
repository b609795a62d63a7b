"""cosyn matplotlib worker: imports once, then forks one child per job.

Protocol: one JSON object per line. Requests arrive on stdin; responses go to a private
duplicate of the original stdout, and fd 1/2 are redirected so nothing user code (or a
library) prints can corrupt the protocol.

Figure capture convention, first match wins:
  1. the last figure passed to plt.show(), fig.show() or savefig(...) (user paths are
     redirected into the job's user_files/ directory, keeping only the base name);
  2. a module-level variable `fig` holding a matplotlib Figure;
  3. the current figure, if it has any axes.
Otherwise the job reports no_output.
"""

import json
import os
import random
import resource
import select
import shutil
import signal
import sys
import traceback

PROTO = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
os.dup2(2, 1)
sys.stdout = sys.stderr

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.figure  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy  # noqa: E402

matplotlib.rcParams["svg.hashsalt"] = "cosyn"
matplotlib.rcParams["figure.max_open_warning"] = 0
plt.switch_backend("Agg")  # resolve pyplot's lazy backend now, before user code can touch switch_backend


def warm_up():
    """Draws one throwaway chart so fonts and Agg are loaded once here, not in every job."""
    import io
    figure, axes = plt.subplots()
    axes.bar(["a", "b"], [1, 2])
    axes.set_title("warm-up")
    figure.savefig(io.BytesIO(), format="png")
    plt.close(figure)


warm_up()

USER_FILE = "<chart>"
MEMORY_EXIT = 77
FALLBACK_EXIT = 78
ORIGINAL_SAVEFIG = matplotlib.figure.Figure.savefig


def send(obj):
    PROTO.write(json.dumps(obj) + "\n")
    PROTO.flush()


def set_limit(kind, value):
    soft, hard = resource.getrlimit(kind)
    value = value if hard == resource.RLIM_INFINITY else min(value, hard)
    resource.setrlimit(kind, (value, value))


def user_traceback(tb_exc, max_frames=6):
    """Traceback text restricted to frames of the user's code (worker and library frames dropped)."""
    frames = [f for f in tb_exc.stack if f.filename == USER_FILE]
    lines = ["Traceback (most recent call last):\n"]
    lines += traceback.StackSummary.from_list(frames[-max_frames:]).format()
    lines += list(tb_exc.format_exception_only())
    return "".join(lines)[-2000:]


def exception_report(exc):
    tb_exc = traceback.TracebackException.from_exception(exc, capture_locals=False)
    line = None
    if isinstance(exc, SyntaxError) and exc.filename == USER_FILE:
        line = exc.lineno
    else:
        user_frames = [f for f in tb_exc.stack if f.filename == USER_FILE]
        if user_frames:
            line = user_frames[-1].lineno
    message = str(exc)
    if isinstance(exc, SyntaxError):
        message = exc.msg
    return {
        "status": "exception",
        "type": type(exc).__name__,
        "message": message[:500],
        "line": line,
        "memory": isinstance(exc, MemoryError),
        "syntax": isinstance(exc, SyntaxError),
        "traceback": user_traceback(tb_exc),
    }


def install_capture(job_dir, captured):
    user_dir = os.path.join(job_dir, "user_files")

    def contain(fname):
        name = os.path.basename(os.fsdecode(fname).rstrip("/")) or "figure.png"
        os.makedirs(user_dir, exist_ok=True)
        return os.path.join(user_dir, name)

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


def run_child(job, job_dir):
    """Runs in the forked child; never returns."""
    result_path = os.path.join(job_dir, "result.json")

    def finish(obj, code=0):
        try:
            with open(result_path, "w", encoding="utf-8") as f:
                json.dump(obj, f)
        except BaseException:  # noqa: BLE001 - out of memory or disk: let the exit code speak
            code = MEMORY_EXIT if obj.get("memory") else FALLBACK_EXIT
        os._exit(code)

    try:
        os.setsid()
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # oversize writes fail with EFBIG instead of killing us
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        PROTO.close()
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.chdir(job_dir)
        log = os.open("output.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(log, 1)
        os.dup2(log, 2)
        sys.stdout = os.fdopen(1, "w", buffering=1, encoding="utf-8", closefd=False)
        sys.stderr = os.fdopen(2, "w", buffering=1, encoding="utf-8", closefd=False)
        cpu = int(job["timeout_s"]) + 1
        set_limit(resource.RLIMIT_CPU, cpu)
        if job.get("memory_mib"):
            set_limit(resource.RLIMIT_AS, int(job["memory_mib"]) * 1024 * 1024)
        set_limit(resource.RLIMIT_FSIZE, int(job["max_output_bytes"]) + 1024 * 1024)
        set_limit(resource.RLIMIT_NOFILE, 128)
        set_limit(resource.RLIMIT_NPROC, 32)
        # Same code, same picture: seed the usual sources of randomness.
        random.seed(0)
        numpy.random.seed(0)
    except BaseException as exc:  # noqa: BLE001
        finish({"status": "exception", "type": type(exc).__name__, "message": "job setup failed: " + str(exc),
                "line": None, "memory": False, "syntax": False, "traceback": ""})

    captured = []
    install_capture(job_dir, captured)
    code = job["code"]
    # Make the user's source available to traceback so excerpts show the offending lines.
    import linecache
    linecache.cache[USER_FILE] = (len(code), None, code.splitlines(True), USER_FILE)
    env = {"__name__": "__main__", "__builtins__": __builtins__}
    try:
        compiled = compile(code, USER_FILE, "exec")
        try:
            exec(compiled, env)
        except SystemExit as exit_exc:
            if exit_exc.code not in (None, 0):
                raise RuntimeError(f"script called sys.exit({exit_exc.code!r})") from None
        figure = choose_figure(captured, env)
        if figure is None:
            finish({"status": "no_output", "message": "the code produced no figure (no plt.show(), savefig(), `fig` or current figure with axes)"})
        out = os.path.join(job_dir, "figure.png")
        ORIGINAL_SAVEFIG(figure, out, format="png", dpi=job["dpi"], bbox_inches="tight",
                         metadata={"Software": None})
        size = os.path.getsize(out)
        if size > int(job["max_output_bytes"]):
            finish({"status": "too_large", "message": f"PNG is {size} bytes, limit {job['max_output_bytes']}"})
        finish({"status": "ok", "png": out, "bytes": size})
    except BaseException as exc:  # noqa: BLE001 - user code may raise anything
        if isinstance(exc, OSError) and exc.errno == 27:  # EFBIG: RLIMIT_FSIZE
            finish({"status": "too_large", "message": "output exceeded the file size limit"})
        try:
            report = exception_report(exc)
        except BaseException:  # noqa: BLE001 - formatting can fail when memory is exhausted
            report = {"status": "exception", "type": type(exc).__name__, "message": "", "line": None,
                      "memory": isinstance(exc, MemoryError), "syntax": False, "traceback": ""}
        finish(report)


def sweep():
    """Kills every process in our pid namespace except the sandbox init and us: jobs may leave daemons behind."""
    me = os.getpid()
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) not in (1, me):
            try:
                os.kill(int(name), signal.SIGKILL)
            except OSError:
                pass


def run_job(job, work_dir):
    job_dir = os.path.join(work_dir, "jobs", str(job["id"]))
    shutil.rmtree(job_dir, ignore_errors=True)
    os.makedirs(job_dir)
    pid = os.fork()
    if pid == 0:
        run_child(job, job_dir)
        os._exit(FALLBACK_EXIT)
    pidfd = os.pidfd_open(pid)
    timed_out = False
    try:
        ready, _, _ = select.select([pidfd], [], [], float(job["timeout_s"]))
        if not ready:
            timed_out = True
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(pidfd)
    if job.get("sweep", True):
        sweep()
    reply = {"id": job["id"], "job_dir": job_dir}
    if timed_out:
        reply.update(status="timeout", message=f"wall-clock limit of {job['timeout_s']} s exceeded")
        return reply
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        reply.update(status="signal", signal=sig, signal_name=signal.Signals(sig).name,
                     message=f"killed by {signal.Signals(sig).name}")
        return reply
    code = os.WEXITSTATUS(status)
    result_path = os.path.join(job_dir, "result.json")
    if code == 0 and os.path.exists(result_path):
        with open(result_path, encoding="utf-8") as f:
            reply.update(json.load(f))
    elif code == MEMORY_EXIT:
        reply.update(status="exception", type="MemoryError", message="out of memory", memory=True, syntax=False,
                     line=None, traceback="")
    else:
        reply.update(status="crashed", exit_code=code, message=f"job process exited with code {code} without a result")
    output_log = os.path.join(job_dir, "output.log")
    if os.path.exists(output_log):
        with open(output_log, "rb") as f:
            f.seek(max(0, os.path.getsize(output_log) - 1000))
            reply["output_tail"] = f.read().decode("utf-8", "replace")
    return reply


def main():
    work_dir = os.getcwd()
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    send({"ready": True, "python": sys.version.split()[0], "matplotlib": matplotlib.__version__,
          "numpy": numpy.__version__})
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        try:
            send(run_job(job, work_dir))
        except Exception as exc:  # noqa: BLE001 - report, keep serving
            send({"id": job.get("id"), "status": "worker_error", "message": f"{type(exc).__name__}: {exc}"})


if __name__ == "__main__":
    main()
