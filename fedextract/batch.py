"""Batch machinery behind the CLI: finding input files, parsing one file without ever raising,
running many files on a bounded process pool, and writing output atomically.

Only paths (``str``) go to the worker processes and only :class:`FileResult` (the serialized
SPEC JSON bytes plus a few counts) comes back, so the parent never holds more than a bounded
window of results, whatever the number of files.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import sys
import tempfile
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import BinaryIO

import orjson

from .models import SCHEMA_VERSION, AwardDecision, Extraction
from .normalize import MAX_BYTES, InputError
from .pipeline import extract_bytes

STDIN = "-"
STDIN_NAME = "<stdin>"  # how stdin is named in messages and error records


@dataclass(frozen=True, slots=True)
class FileResult:
    """The outcome for one input: ``payload`` (SPEC JSON, no newline) or ``error``."""

    path: str
    payload: bytes | None = None
    error: str | None = None
    internal: bool = False  # the error is an unexpected exception, not bad input
    documents: int = 0
    honorees: int = 0
    warnings: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class Task:
    """A discovered input: a path, or an error found while walking a directory."""

    path: str
    error: str | None = None


def display(path: str) -> str:
    """``path`` safe to print and to put in JSON: undecodable bytes and control characters escaped."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return one_line(text)


def one_line(text: str) -> str:
    """Collapse ``text`` to a single line (error messages must be exactly one line)."""
    return " ".join(text.split()) if any(c in text for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029") else text


def discover(paths: Sequence[str], pattern: str = "*.txt") -> list[Task]:
    """Expand directories (recursively, sorted, symlinked directories not followed) into the
    files matching ``pattern``; other paths are kept as given, in argument order.

    A pattern without ``/`` matches the file name, one with ``/`` the path relative to the
    directory argument (``*`` also matches ``/``).
    """
    tasks: list[Task] = []
    for arg in paths:
        if arg != STDIN and os.path.isdir(arg):
            tasks.extend(_walk(arg, pattern))
        else:
            tasks.append(Task(arg))
    return tasks


def _walk(root: str, pattern: str) -> list[Task]:
    found: list[tuple[tuple[str, ...], Task]] = []

    def failed(exc: OSError) -> None:
        where = exc.filename if isinstance(exc.filename, str) else root
        found.append((tuple(Path(os.path.relpath(where, root)).parts), Task(where, exc.strerror or str(exc))))

    by_path = "/" in pattern
    for directory, _dirs, files in os.walk(root, onerror=failed):
        for name in files:
            full = os.path.join(directory, name)
            rel = os.path.relpath(full, root)
            subject = Path(rel).as_posix() if by_path else name
            if fnmatchcase(subject, pattern) and os.path.isfile(full):
                found.append((tuple(Path(rel).parts), Task(full)))
    return [task for _, task in sorted(found, key=lambda item: item[0])]


def read_input(path: str) -> bytes:
    """Read at most the size limit (+1 byte, to detect overflow) from ``path`` or stdin."""
    if path == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        with open(path, "rb") as fh:
            info = os.fstat(fh.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > MAX_BYTES:
                raise InputError(f"input too large ({info.st_size} bytes, limit {MAX_BYTES})")
            data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(f"input too large (more than {MAX_BYTES} bytes)")
    return data


def process(path: str, *, pretty: bool = False) -> FileResult:
    """Read, decode, parse and serialise one input.  Never raises an ``Exception``."""
    shown = STDIN_NAME if path == STDIN else display(path)
    try:
        data = read_input(path)
    except InputError as exc:
        return FileResult(shown, error=one_line(str(exc)))
    except OSError as exc:
        return FileResult(shown, error=one_line(exc.strerror or str(exc)))
    except Exception as exc:  # noqa: BLE001 - a worker must report, never crash
        return FileResult(shown, error=_internal(exc), internal=True)
    try:
        record = extract_bytes(data, name=None if path == STDIN else os.path.basename(shown))
        payload = record.to_json(pretty=pretty)
        return FileResult(shown, payload, documents=len(record.documents), honorees=count_honorees(record),
                          warnings=sum(len(doc.warnings) for doc in record.documents))
    except InputError as exc:
        return FileResult(shown, error=one_line(str(exc)))
    except Exception as exc:  # noqa: BLE001 - parser bugs become an error record, not a crash
        return FileResult(shown, error=_internal(exc), internal=True)


def _internal(exc: BaseException) -> str:
    return one_line(f"{type(exc).__name__}: {exc}")


def count_honorees(record: Extraction) -> int:
    return sum(len(lst.honorees) for doc in record.documents if isinstance(doc, AwardDecision) for lst in doc.award_lists)


def error_record(result: FileResult) -> bytes:
    """The JSONL line of a failed input (no newline)."""
    message = f"internal error: {result.error}" if result.internal else result.error
    name = None if result.path == STDIN_NAME else os.path.basename(result.path)
    return orjson.dumps({"schema_version": SCHEMA_VERSION, "source": {"name": name, "path": result.path}, "error": message})


# --------------------------------------------------------------------------- process pool


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent (which stops them), so no tracebacks from children,
    and die plainly on SIGTERM (the parent's cleanup handler is not theirs)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _done(result: FileResult) -> Future[FileResult]:
    fut: Future[FileResult] = Future()
    fut.set_result(result)
    return fut


def run(tasks: Sequence[Task], *, jobs: int, ordered: bool = True) -> Generator[FileResult, None, None]:
    """Process ``tasks``, yielding results in input order (or as they finish when not ``ordered``).

    ``jobs <= 1`` runs in this process.  Otherwise at most ``4 * jobs`` files are in flight.
    A worker that dies (killed, out of memory) fails only the file that killed it: the files
    that were in flight with it are re-run one by one in fresh single-worker pools.
    Close the generator (``contextlib.closing``) to stop early; workers are then terminated.
    """
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield _preset(task) or process(task.path)
        return
    pool = _Pool(jobs)
    try:
        todo = iter(tasks)
        inflight: deque[tuple[Task, Future[FileResult]]] = deque()
        while True:
            while len(inflight) < 4 * jobs:
                nxt = next(todo, None)
                if nxt is None:
                    break
                preset = _preset(nxt)
                inflight.append((nxt, _done(preset) if preset else pool.submit(nxt.path)))
            if not inflight:
                break
            if not ordered:
                wait([f for _, f in inflight], return_when=FIRST_COMPLETED)
                inflight.rotate(-next(i for i, (_, f) in enumerate(inflight) if f.done()))
            task, fut = inflight.popleft()
            try:
                result = fut.result()
            except BrokenProcessPool:
                entries = [(task, fut), *inflight]
                pool.restart()
                inflight = deque((t, f if _succeeded(f) else _done(_isolated(t.path))) for t, f in entries)
                continue
            yield result
    except BaseException:
        pool.kill()
        raise
    finally:
        pool.shutdown()


def _succeeded(fut: Future[FileResult]) -> bool:
    return fut.done() and not fut.cancelled() and fut.exception() is None


def _preset(task: Task) -> FileResult | None:
    return FileResult(display(task.path), error=task.error) if task.error is not None else None


def _isolated(path: str) -> FileResult:
    """Run one file alone in a fresh worker; a crash there is that file's fault."""
    with ProcessPoolExecutor(max_workers=1, initializer=_ignore_sigint) as solo:
        try:
            return solo.submit(process, path).result()
        except BrokenProcessPool:
            return FileResult(display(path), error="worker process died while parsing this file", internal=True)


class _Pool:
    """A ProcessPoolExecutor that can be restarted after a crash and killed on interrupt."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)

    def submit(self, path: str) -> Future[FileResult]:
        return self.executor.submit(process, path)

    def restart(self) -> None:
        self.shutdown()
        self.executor = ProcessPoolExecutor(max_workers=self.jobs, initializer=_ignore_sigint)

    def kill(self) -> None:
        """Stop now (Ctrl-C, closed output): terminate the workers instead of letting them finish."""
        processes = getattr(self.executor, "_processes", None) or {}
        for proc in list(processes.values()):
            with contextlib.suppress(Exception):
                proc.terminate()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- atomic output


@contextlib.contextmanager
def atomic_output(target: str) -> Iterator[BinaryIO]:
    """Write to a temporary file next to ``target``; on success fsync and ``os.replace`` it into
    place, on any failure (exception, Ctrl-C) remove it.  Readers never see a partial file.

    A target that exists and is not a regular file (``/dev/null``, a FIFO, a terminal) is
    written directly: replacing it would turn a device into a plain file."""
    if os.path.isdir(target):
        raise IsADirectoryError(21, "Is a directory", target)
    try:
        special = not stat.S_ISREG(os.stat(target).st_mode)
    except OSError:
        special = False  # does not exist (yet): the usual case
    if special:
        with open(target, "wb") as direct:
            yield direct
        return
    directory = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(directory)


def _mode_for(target: str) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(directory: str) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

