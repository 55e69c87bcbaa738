"""Batch machinery behind the CLI: finding input files, parsing one file without ever raising,
running many files on a bounded process pool, and writing output atomically.

Workers take *chunks* of paths (a few dozen small files, or one big file: see :func:`chunks`)
and send back a list of :class:`FileResult` (the serialized SPEC JSON bytes plus a few
counts), so the per-task cost of the pool is paid once per chunk, not once per file.  Only a
bounded window of chunks is in flight, so the parent never holds more than a bounded number of
results, whatever the number of files.

The process pool (:mod:`fedextract.pool`, ``multiprocessing``) and ``tempfile`` are
imported only when used, so that the single-file path of the CLI does not pay for them.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import orjson

from .normalize import MAX_BYTES, InputError
from .pipeline import extract_record
from .record import SCHEMA_VERSION, Node, dumps

if TYPE_CHECKING:
    from .pool import Pool

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
    sha256: str | None = None  # of the input's bytes, as ``source.sha256``
    nbytes: int = 0  # bytes read from the input (0 when it could not be read)

    @property
    def ok(self) -> bool:
        return self.error is None

    def __reduce__(self) -> tuple[type[FileResult], tuple[Any, ...]]:
        # Every result crosses the pipe from a worker: a plain tuple pickles in about half the
        # time of the generic state of a frozen, slotted dataclass (on each side).
        return FileResult, (self.path, self.payload, self.error, self.internal, self.documents, self.honorees,
                            self.warnings, self.sha256, self.nbytes)


@dataclass(frozen=True, slots=True)
class Task:
    """A discovered input: a path, or an error found while walking a directory.

    ``size`` is the file's size in bytes when the directory walk saw it (``None``: not known).
    """

    path: str
    error: str | None = None
    size: int | None = None


def display(path: str) -> str:
    """``path`` safe to print and to put in JSON: undecodable bytes and control characters escaped."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return one_line(text)


def one_line(text: str) -> str:
    """Collapse ``text`` to a single line (error messages must be exactly one line)."""
    return " ".join(text.split()) if any(c in text for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029") else text


def discover(paths: Sequence[str], pattern: str | Sequence[str] = "*.txt") -> list[Task]:
    """Expand directories (recursively, sorted, symlinked directories not followed) into the
    files matching ``pattern`` (one, or several: a file matching any); other paths are kept as
    given, in argument order.

    A pattern without ``/`` matches the file name, one with ``/`` the path relative to the
    directory argument (``*`` also matches ``/``, and ``**/`` matches no directory too, so
    ``**/*.txt`` finds the files of a flat folder).  Matching ignores case (``A01.TXT``).
    """
    tasks: list[Task] = []
    for arg in paths:
        if arg != STDIN and os.path.isdir(arg):
            tasks.extend(_walk(arg, pattern))
        else:
            tasks.append(Task(arg, size=None if arg == STDIN else _regular_size(arg)))  # stat'ed once, here
    return tasks


def _walk(root: str, pattern: str | Sequence[str]) -> list[Task]:
    found: list[tuple[tuple[str, ...], Task]] = []

    def failed(exc: OSError) -> None:
        where = exc.filename if isinstance(exc.filename, str) else root
        found.append((tuple(Path(os.path.relpath(where, root)).parts), Task(where, exc.strerror or str(exc))))

    import fnmatch  # noqa: PLC0415 - batch mode only
    import re  # noqa: PLC0415

    patterns = [pattern] if isinstance(pattern, str) else list(pattern)
    # a leading ``**/`` may also match no directory: the pattern without it is one more choice
    patterns += [p[3:] for p in patterns if p.startswith("**/")]
    by_path = any("/" in p for p in patterns)
    matches = re.compile("|".join(fnmatch.translate(p) for p in patterns), re.IGNORECASE).match  # compiled once
    for directory, _dirs, files in os.walk(root, onerror=failed):
        rel_dir = os.path.relpath(directory, root)  # once per directory, not per file
        parts = () if rel_dir == os.curdir else Path(rel_dir).parts
        prefix = "/".join(parts) + "/" if parts else ""
        for name in files:
            if matches(prefix + name if by_path else name):
                full = os.path.join(directory, name)
                if (size := _regular_size(full)) is not None:
                    found.append(((*parts, name), Task(full, size=size)))
    return [task for _, task in sorted(found, key=lambda item: item[0])]


def _regular_size(path: str) -> int | None:
    """The size of ``path`` if it is a regular file (symlinks followed), else ``None``."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def read_input(path: str) -> bytes:
    """Read at most the size limit (+1 byte, to detect overflow) from ``path`` or stdin."""
    if path == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        with open(path, "rb", buffering=0) as fh:
            info = os.fstat(fh.fileno())
            regular = stat.S_ISREG(info.st_mode)
            if regular and info.st_size > MAX_BYTES:
                raise InputError(f"input too large ({info.st_size} bytes, limit {MAX_BYTES})")
            # sized to the file (+1 byte: one that grew shows): a read of MAX_BYTES + 1 allocates
            # 64 MiB first, a quarter of a small file's time outside the parser
            data = _read_upto(fh, info.st_size + 1 if regular else 1 << 20)
    if len(data) > MAX_BYTES:
        raise InputError(f"input too large (more than {MAX_BYTES} bytes)")
    return data


def _read_upto(fh: BinaryIO, first: int) -> bytes:
    """Read to end of file or ``MAX_BYTES + 1`` bytes, whichever comes first: ``first`` bytes at
    once (a regular file's size + 1, so a file that did not change is read in one call and
    end-of-file seen in the next), then in pieces of 1 MiB (a pipe, or a file that grew)."""
    parts: list[bytes] = []
    got, want = 0, min(first, MAX_BYTES + 1)
    while got <= MAX_BYTES:
        part = fh.read(want)
        if not part:
            break
        parts.append(part)
        got += len(part)
        want = min(1 << 20, MAX_BYTES + 1 - got)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def process(path: str, *, pretty: bool = False, stdin_name: str = STDIN) -> FileResult:
    """Read, decode, parse and serialise one input.  Never raises an ``Exception``.  The record
    names its input (``source.path``, ``source.name``); standard input is named ``stdin_name``."""
    shown = STDIN_NAME if path == STDIN else display(path)
    try:
        data = read_input(path)
    except InputError as exc:
        return FileResult(shown, error=one_line(str(exc)))
    except OSError as exc:
        return FileResult(shown, error=one_line(exc.strerror or str(exc)))
    except Exception as exc:  # noqa: BLE001 - a worker must report, never crash
        return FileResult(shown, error=_internal(exc), internal=True)
    nbytes = len(data)
    try:
        record = extract_record(data, name=os.path.basename(stdin_name) or stdin_name if path == STDIN
                                else os.path.basename(shown),
                                path=stdin_name if path == STDIN else shown)
        del data  # not needed while serialising: lowers the peak for big inputs
        payload = dumps(record, pretty=pretty)
        return FileResult(shown, payload, documents=len(record["documents"]), honorees=count_honorees(record),
                          warnings=sum(len(doc["warnings"]) for doc in record["documents"]),
                          sha256=record["source"]["sha256"], nbytes=nbytes)
    except InputError as exc:
        return FileResult(shown, error=one_line(str(exc)), nbytes=nbytes)
    except Exception as exc:  # noqa: BLE001 - parser bugs become an error record, not a crash
        return FileResult(shown, error=_internal(exc), internal=True, nbytes=nbytes)


def _internal(exc: BaseException) -> str:
    return one_line(f"{type(exc).__name__}: {exc}")


def count_honorees(record: Node) -> int:
    return sum(len(lst["honorees"]) for doc in record["documents"] for lst in doc.get("award_lists", ()))


def error_record(result: FileResult) -> bytes:
    """The JSONL line of a failed input (no newline)."""
    message = f"internal error: {result.error}" if result.internal else result.error
    name = None if result.path == STDIN_NAME else os.path.basename(result.path)
    return orjson.dumps({"schema_version": SCHEMA_VERSION, "source": {"name": name, "path": result.path}, "error": message})


# --------------------------------------------------------------------------- process pool

CHUNK_FILES = 64
"""At most this many files go to a worker in one task."""
CHUNK_BYTES = 256 * 1024
"""A chunk stops growing once it holds about this many input bytes; a bigger file goes alone."""


def chunks(tasks: Sequence[Task], jobs: int) -> Iterator[list[Task]]:
    """Group ``tasks`` (in order) into chunks for the workers.

    A chunk holds at most :data:`CHUNK_FILES` files and about :data:`CHUNK_BYTES` bytes of
    input, and at most ``remaining / (4 * jobs)`` files: small batches still give every worker
    several chunks, and chunks shrink towards the end so that the workers finish together.  A task that already failed (found while walking) is
    a chunk of its own; it never goes to a worker.  Sizes the walk did not record are taken
    with ``stat`` as the chunk is built (so this stays lazy: a stream, not a pass over all).
    """
    share = 4 * max(1, jobs)
    chunk: list[Task] = []
    size = limit = 0
    for index, task in enumerate(tasks):
        if task.error is not None:
            if chunk:
                yield chunk
                chunk, size = [], 0
            yield [task]
            continue
        nbytes = task.size if task.size is not None else _size_or_zero(task.path)
        if chunk and (len(chunk) >= limit or size + nbytes > CHUNK_BYTES):
            yield chunk
            chunk, size = [], 0
        if not chunk:
            limit = max(1, min(CHUNK_FILES, (len(tasks) - index) // share))
        chunk.append(task)
        size += nbytes
    if chunk:
        yield chunk


def total_bytes(tasks: Sequence[Task]) -> int:
    """The input bytes of ``tasks`` as :func:`discover` found them (stdin, failures and what is no
    regular file count 0), what the progress bar measures."""
    return sum(t.size or 0 for t in tasks)


def _size_or_zero(path: str) -> int:
    if path == STDIN:
        return 0
    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return 0  # the worker reports the error


def process_chunk(paths: list[str]) -> list[FileResult]:
    """What a worker runs: :func:`process` on each path, in order."""
    return [process(path) for path in paths]


def lost(path: str) -> FileResult:
    """The result of a file its worker died on (killed, out of memory) when parsing it alone."""
    return FileResult(display(path), error="worker process died while parsing this file", internal=True)


_WARM_UP = "关于表彰先进集体的决定\n".encode()


def _warm_up() -> None:
    """Parse a tiny document once, so that what the parser loads on first use (the record
    validator imports ``pydantic_core``: ~80 ms) is loaded while the parent is still walking the
    inputs (see :func:`started_pool`), not on the worker's first chunk."""
    with contextlib.suppress(Exception):
        extract_record(_WARM_UP, name=None)


def new_pool(jobs: int) -> Pool[FileResult]:
    """A pool of ``jobs`` workers running :func:`process_chunk` (started on first use)."""
    from .pool import Pool  # noqa: PLC0415

    return Pool(jobs, process_chunk, lost, initializer=_warm_up)


@contextlib.contextmanager
def started_pool(jobs: int) -> Iterator[Pool[FileResult] | None]:
    """A pool of ``jobs`` workers started now, for :func:`run`; ``None`` when ``jobs <= 1``.

    Started before the inputs are walked, the workers warm up (:func:`_warm_up`) while the parent
    walks, instead of after it.  Killed if the block raises, shut down when it ends."""
    if jobs <= 1:
        yield None
        return
    pool = new_pool(jobs)
    pool.start()
    try:
        yield pool
    except BaseException:
        pool.kill()
        raise
    finally:
        pool.shutdown()


def run(tasks: Sequence[Task], *, jobs: int, ordered: bool = True, pool: Pool[FileResult] | None = None,
        stdin_name: str = STDIN) -> Generator[FileResult, None, None]:
    """Process ``tasks``, yielding results in input order (or as they finish when not ``ordered``).

    ``jobs <= 1`` runs in this process.  Otherwise workers take chunks of files (see
    :func:`chunks`; the pool is :class:`fedextract.pool.Pool`).  A worker that dies (killed, out
    of memory) fails only the file that killed it: the files it held are re-run one by one.
    ``pool`` (from :func:`started_pool`) is used instead of a new one, and shut down at the end.
    Close the generator (``contextlib.closing``) to stop early; workers are then killed.
    """
    if jobs <= 1 or len(tasks) <= 1:
        if pool is not None:
            pool.shutdown()
        for task in tasks:
            yield _preset(task) or process(task.path, stdin_name=stdin_name)
        return
    pool = pool or new_pool(jobs)
    units = ((paths, [preset] if (preset := _preset(chunk[0])) else None)
             for chunk in chunks(tasks, jobs) for paths in ([t.path for t in chunk],))
    with contextlib.closing(pool.map(units, ordered=ordered)) as done:
        for results in done:
            yield from results


def _preset(task: Task) -> FileResult | None:
    return FileResult(display(task.path), error=task.error) if task.error is not None else None


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
    import tempfile  # noqa: PLC0415

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

