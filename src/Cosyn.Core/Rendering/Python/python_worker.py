"""cosyn Python worker: imports once, then forks one child per job.

Usage: python_worker.py KIND[,KIND...]   (job kinds: matplotlib, rdkit, plotly-json)

Each job names its kind; the worker imports only the libraries of the kinds it was started for
(module cosyn_mode_<kind>.py), so one pool per tool pays only for its own imports. Each mode
module documents its capture convention (which figure or image becomes the job's output) and
exposes prepare() (warm-up, at start), install(job) (patches, in the child), produce(state,
env, job) (writes the output file) and explain(report, log_text) (mode-specific failure hints).

Protocol: one JSON object per line. Requests arrive on stdin; responses go to a private
duplicate of the original stdout, and fd 1/2 are redirected so nothing user code (or a
library) prints can corrupt the protocol.
"""

import importlib
import json
import os
import random
import resource
import select
import shutil
import signal
import sys
import time
import traceback

PROTO = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
os.dup2(2, 1)
sys.stdout = sys.stderr

import numpy  # noqa: E402

MODULES = {"matplotlib": "cosyn_mode_matplotlib", "rdkit": "cosyn_mode_rdkit", "plotly-json": "cosyn_mode_plotly"}
KINDS = (sys.argv[1] if len(sys.argv) > 1 else "matplotlib").split(",")
MODES = {kind: importlib.import_module(MODULES[kind]) for kind in KINDS}
for _mode in MODES.values():
    _mode.prepare()
# User code must not import files a previous job planted beside this script.
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

USER_FILE = "<code>"  # the file name tracebacks show for the user's code, in every job kind
MEMORY_EXIT = 77
FALLBACK_EXIT = 78


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
    error = "".join(tb_exc.format_exception_only())
    if len(error) > 800:  # plotly lists every valid property: keep the frames, not the catalogue
        error = error[:700].rstrip() + "\n... [error message truncated]\n"
    lines.append(error)
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

    mode = MODES[job["kind"]]
    state = mode.install(job)
    code = job["code"]
    # Make the user's source available to traceback so excerpts show the offending lines.
    import linecache
    linecache.cache[USER_FILE] = (len(code), None, code.splitlines(True), USER_FILE)
    env = {"__name__": "__main__", "__builtins__": __builtins__}
    try:
        started = time.perf_counter()
        compiled = compile(code, USER_FILE, "exec")
        try:
            exec(compiled, env)
        except SystemExit as exit_exc:
            if exit_exc.code not in (None, 0):
                raise RuntimeError(f"script called sys.exit({exit_exc.code!r})") from None
        ran = time.perf_counter()
        result = mode.produce(state, env, job)
        # Where the job's time went (the bench prints it): the user's code, then the mode's capture.
        result.setdefault("timings", {}).update(exec=ran - started, produce=time.perf_counter() - ran)
        finish(result)
    except BaseException as exc:  # noqa: BLE001 - user code may raise anything
        if isinstance(exc, OSError) and exc.errno == 27:  # EFBIG: RLIMIT_FSIZE
            finish({"status": "too_large", "message": "output exceeded the file size limit"})
        try:
            report = mode.explain(exception_report(exc), job_log())
        except BaseException:  # noqa: BLE001 - formatting can fail when memory is exhausted
            report = {"status": "exception", "type": type(exc).__name__, "message": "", "line": None,
                      "memory": isinstance(exc, MemoryError), "syntax": False, "traceback": ""}
        finish(report)


def job_log(max_bytes=4000):
    """The tail of what the job printed so far (cwd is the job dir)."""
    sys.stdout.flush()
    sys.stderr.flush()
    fd = os.open("output.log", os.O_RDONLY)  # os-level: modes may have patched open()
    try:
        os.lseek(fd, max(0, os.fstat(fd).st_size - max_bytes), os.SEEK_SET)
        return os.read(fd, max_bytes).decode("utf-8", "replace")
    finally:
        os.close(fd)


def in_private_pid_namespace():
    """True inside the bubblewrap sandbox, whose pid 1 is bwrap; never true on a host, where pid 1 is the real init."""
    try:
        with open("/proc/1/comm", encoding="utf-8") as f:
            return f.read().strip() == "bwrap"
    except OSError:
        return False


PRIVATE_PID_NAMESPACE = in_private_pid_namespace()


def sweep():
    """Kills every process in our pid namespace except the sandbox init and us: jobs may leave daemons behind.

    Only inside the sandbox's own pid namespace: run unsandboxed (by hand, or with the sandbox disabled)
    the same loop would kill every process on the machine.
    """
    if not PRIVATE_PID_NAMESPACE:
        return
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
    if job.get("kind") not in MODES:
        return {"id": job["id"], "status": "worker_error",
                "message": f"worker started for {','.join(KINDS)}, not job kind {job.get('kind')!r}"}
    forked = time.perf_counter()
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
        if isinstance(reply.get("timings"), dict):
            reply["timings"]["child"] = time.perf_counter() - forked
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
    send({"ready": True, "python": sys.version.split()[0], "kinds": KINDS, "numpy": numpy.__version__})
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
