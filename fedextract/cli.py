"""The ``fedextract`` command: arguments, single-file and batch (JSON Lines) modes, exit codes.

Contract: 0 success; 1 a batch in which some file failed; 2 bad usage or (single mode) bad
input, with exactly one ``fedextract: error: …`` line on stderr; 130 on Ctrl-C, 143 on SIGTERM
(temporary files removed); 141 when stdout is closed early (``| head``), silently.  Never a
traceback.

Imports are kept lazy: ``--help``, ``--version`` and usage errors never load the parser, the
single-file path never loads the process pool (:mod:`fedextract.batch` imports
``concurrent.futures`` / ``multiprocessing`` only when it starts one), and ``tqdm`` and
:mod:`fedextract.sqlite` are loaded only when a batch has a terminal or ``--sqlite`` is given.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, TextIO

from . import __version__

if TYPE_CHECKING:
    from .batch import FileResult

PROG = "fedextract"
_STDIN = "-"  # batch.STDIN, known here without importing batch (and so the parser)


class Fatal(Exception):
    """Stop with exit code 2 and this one-line message."""


class Terminated(BaseException):
    """SIGTERM, turned into an exception so that temporary files are cleaned up."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise Fatal(f"{message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description="Turn Chinese official documents (work plans, commendation decisions) into SPEC JSON.",
        epilog="Commands: 'fedextract report PATH... -o report.html' writes an HTML review page (see "
               "'fedextract report --help'). Exit codes: 0 ok, 1 some files of a batch failed, 2 usage or "
               "input error, 130 interrupted, 141 output pipe closed, 143 terminated.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="input files or directories (recursed for --glob files); '-' reads stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="write to OUT atomically instead of stdout")
    p.add_argument("--pretty", action="store_true", help="indent the JSON (single-file mode only)")
    p.add_argument("--format", choices=("auto", "json", "jsonl"), default="auto",
                   help="json: one record; jsonl: one line per file; auto (default): jsonl when "
                        "several paths or a directory are given")
    p.add_argument("--glob", action="append", metavar="PATTERN",
                   help="files to take from directories, case-insensitive, repeatable, '**/' for any depth "
                        "(default: *.txt)")
    p.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="worker processes for batches (default: CPUs available; 1 = in-process)")
    p.add_argument("--unordered", action="store_true", help="emit batch results as they finish")
    p.add_argument("--sqlite", metavar="DB", help="load each successful record into SQLite DB (stdout stays "
                   "empty unless -o or --format asks for the JSON too)")
    p.add_argument("--csv", metavar="DIR", help="write the SQLite tables as CSV files into DIR (UTF-8 with "
                   "BOM, for spreadsheets); stdout stays empty as with --sqlite")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line and no progress bar on stderr")
    p.add_argument("--warnings", action="store_true",
                   help="print each warning on stderr as PATH:LINE: CODE: MESSAGE, as compilers do")
    p.add_argument("--stdin-name", default=_STDIN, metavar="NAME",
                   help="source.name and source.path of standard input's record (default: %(default)s)")
    p.add_argument("--schema", action="store_true", help="print the output JSON Schema and exit")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``fedextract`` and ``python -m fedextract``; returns the exit code."""
    try:
        with _sigterm_raises():
            return run(list(sys.argv[1:] if argv is None else argv))
    except Terminated:
        return 143
    except SystemExit as exc:  # --help / --version
        return exc.code if isinstance(exc.code, int) else 0
    except Fatal as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except OSError as exc:  # a full disk, a closed or unwritable output: the system's words, one line
        where = f"{exc.filename}: " if isinstance(exc.filename, str) else "cannot write output: "
        return _fail(f"{where}{exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        return _fail(f"internal error: {type(exc).__name__}: {exc}")


def main_and_exit() -> NoReturn:
    """Run :func:`main`, flush, and leave with ``os._exit``: the process ends as soon as its output
    is out, without the interpreter's teardown (freeing every module, pydantic's schemas and
    compiled patterns), which costs a CLI run ~80 ms, about a fifth of a small file's run.
    Safe here: by then every file is closed, the pool is shut down and the output flushed.
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        _silence_stdout()
        code = 141
    except OSError as exc:  # e.g. stdout redirected to a full disk
        code = code or _fail(f"cannot write standard output: {exc.strerror or exc}")
    os._exit(code)


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    def handler(signum: int, frame: object) -> None:
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _fail(message: str) -> int:
    with contextlib.suppress(Exception):
        print(f"{PROG}: error: {_one_line(message)}", file=sys.stderr, flush=True)
    return 2


def _one_line(text: str) -> str:
    """Same as :func:`fedextract.batch.one_line`, without importing the parser for a usage error."""
    return " ".join(text.split()) if any(c in text for c in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029") else text


def _silence_stdout() -> None:
    """After EPIPE, point stdout at /dev/null so the interpreter's final flush stays quiet."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def build_report_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=f"{PROG} report",
        description="Write one self-contained HTML page to review the extraction of PATHs line by line.",
        epilog="Exit codes: 0 ok, 1 some files failed (shown in the report), 2 usage or input error, "
               "130 interrupted, 141 output pipe closed, 143 terminated.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="input files or directories (recursed for --glob files); '-' reads stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="write the HTML to OUT atomically instead of stdout")
    p.add_argument("--glob", action="append", metavar="PATTERN",
                   help="files to take from directories, case-insensitive, repeatable (default: *.txt)")
    p.add_argument("--title", default="fedextract report", help="the page's title")
    return p


def run(argv: list[str]) -> int:
    if argv[:1] == ["report"]:
        return _report(build_report_parser().parse_args(argv[1:]))
    args = build_parser().parse_args(argv)
    stdout: BinaryIO = sys.stdout.buffer
    if args.schema:
        from .schema import dumps  # noqa: PLC0415

        stdout.write(dumps().encode("utf-8"))
        stdout.flush()
        return 0
    paths: list[str] = args.paths
    if not paths:
        raise Fatal("no input: give FILE, DIR or - for stdin (see --help)")
    if _STDIN in paths and len(paths) > 1:
        raise Fatal("'-' (stdin) cannot be combined with other inputs")
    if args.jobs is not None and args.jobs < 1:
        raise Fatal(f"--jobs must be at least 1, not {args.jobs}")
    many = len(paths) > 1 or any(p != _STDIN and os.path.isdir(p) for p in paths)
    jsonl = args.format == "jsonl" or (args.format == "auto" and many)
    if args.format == "json" and len(paths) > 1:
        raise Fatal("--format json takes exactly one input file")
    if args.pretty and jsonl:
        raise Fatal("--pretty needs single-file JSON output (one input file, not --format jsonl)")
    with _loaders(args) as loader:
        if jsonl:
            return _batch(args, paths, loader)
        return _single(args, paths[0], loader)


def _report(args: argparse.Namespace) -> int:
    """``fedextract report``: parse every input, render the review page, write it atomically."""
    from . import batch, report  # noqa: PLC0415

    paths: list[str] = args.paths
    if _STDIN in paths and len(paths) > 1:
        raise Fatal("'-' (stdin) cannot be combined with other inputs")
    globs = args.glob or ["*.txt"]
    views = report.views_of(paths, globs)
    if not views:
        raise Fatal(f"no input files: nothing matches {' '.join(globs)!r} in {', '.join(map(batch.display, paths))}")
    failed = [v for v in views if v.error is not None]
    single = len(paths) == 1 and not os.path.isdir(paths[0])
    if single and failed:
        shown = batch.STDIN_NAME if paths[0] == _STDIN else batch.display(paths[0])
        raise Fatal(f"{shown}: {failed[0].error}")
    for view in failed:
        print(f"{PROG}: error: {batch.display(view.path)}: {_one_line(view.error or '')}", file=sys.stderr, flush=True)
    page = report.render(views, title=args.title).encode("utf-8")
    with _output(args.output) as out:
        out.write(page)
    return 1 if failed else 0


def _single(args: argparse.Namespace, path: str, loader: _Loader | None) -> int:
    from . import batch  # noqa: PLC0415

    if path != batch.STDIN and os.path.isdir(path):
        raise Fatal(f"{batch.display(path)}: is a directory (give a file, or use --format jsonl)")
    result = batch.process(path, pretty=args.pretty, stdin_name=args.stdin_name)
    if result.payload is None:
        if result.internal:
            raise Fatal(f"internal error while parsing {result.path}: {result.error}")
        raise Fatal(f"{result.path}: {result.error}")
    if loader is not None:
        loader.load(result)
    if args.warnings:
        _print_warnings(result)
    if not _json_wanted(args):
        return 0
    payload = result.payload
    del result  # the payload is the one big object left; write it without a concatenated copy
    with _output(args.output) as out:
        out.write(payload)
        out.write(b"\n")
    return 0


def _batch(args: argparse.Namespace, paths: list[str], loader: _Loader | None) -> int:
    import time  # noqa: PLC0415

    from . import batch  # noqa: PLC0415

    started = time.perf_counter()
    wanted = 1 if paths == [batch.STDIN] else args.jobs or default_jobs()
    dirs = any(p != batch.STDIN and os.path.isdir(p) for p in paths)
    several = len(paths) > 1 or dirs  # else one file: no pool
    if not dirs:
        wanted = min(wanted, len(paths))  # no more workers than files (a directory is walked later)
    with batch.started_pool(wanted if several else 1) as pool:  # workers warm up during the walk
        globs = args.glob or ["*.txt"]
        tasks = batch.discover(paths, globs)
        if not tasks:
            raise Fatal(f"no input files: nothing matches {' '.join(globs)!r} in {', '.join(map(batch.display, paths))}")
        counts = _write_results(args, batch.run(tasks, jobs=min(wanted, len(tasks)), ordered=not args.unordered,
                                                pool=pool, stdin_name=args.stdin_name), batch.total_bytes(tasks), loader)
    if not args.quiet:
        print(counts.summary(time.perf_counter() - started), file=sys.stderr, flush=True)
    return 1 if counts.failed else 0


def _json_wanted(args: argparse.Namespace) -> bool:
    """JSON goes out unless ``--sqlite`` or ``--csv`` is the output and neither ``-o`` nor
    ``--format`` asks for it."""
    return (args.sqlite is None and args.csv is None) or args.output is not None or args.format != "auto"


def _print_warnings(result: FileResult, note: Any = None) -> None:
    """Each warning of ``result`` as ``PATH:LINE: CODE: MESSAGE`` on stderr."""
    import orjson  # noqa: PLC0415

    assert result.payload is not None
    record = orjson.loads(result.payload)
    path = record["source"].get("path") or result.path
    for doc in record["documents"]:
        for w in doc["warnings"]:
            line = f"{path}:{w['line'] if w['line'] is not None else ''}: {w['code']}: {_one_line(w['message'])}"
            if note is not None:
                note(line)
            else:
                print(line, file=sys.stderr, flush=True)


def _count(n: int, noun: str) -> str:
    """``1 file``, ``2 files``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass
class _Counts:
    """What the summary line reports."""

    files: int = 0
    documents: int = 0
    honorees: int = 0
    warnings: int = 0
    failed: int = 0
    repeats: int = 0  # inputs whose bytes equal an earlier input's
    seen: set[str] = field(default_factory=set)

    def summary(self, elapsed: float) -> str:
        repeats = f"{self.repeats} identical to an earlier file, " if self.repeats else ""
        return (f"{PROG}: {_count(self.files, 'file')}, {_count(self.documents, 'document')}, "
                f"{_count(self.honorees, 'honoree')}, {_count(self.warnings, 'warning')}, {self.failed} failed, "
                f"{repeats}{elapsed:.2f} s")


def _write_results(args: argparse.Namespace, results: Generator[FileResult, None, None], total_bytes: int,
                   loader: _Loader | None) -> _Counts:
    """Write the JSON lines of ``results`` (error lines for failed inputs, noted on stderr);
    returns the counts for the summary.  The progress bar measures ``total_bytes``."""
    from . import batch  # noqa: PLC0415

    counts = _Counts()
    json_out = _json_wanted(args)
    with _output(args.output if json_out else os.devnull) as out, \
            _Progress(total_bytes, sys.stderr, bar=not args.quiet) as progress:
        with contextlib.closing(results):
            for result in results:
                counts.files += 1
                if result.payload is None:
                    counts.failed += 1
                    message = f"internal error: {result.error}" if result.internal else result.error
                    progress.note(f"{PROG}: error: {result.path}: {message}")
                    if json_out:
                        out.write(batch.error_record(result) + b"\n")
                else:
                    counts.documents += result.documents
                    counts.honorees += result.honorees
                    counts.warnings += result.warnings
                    if result.sha256 in counts.seen:
                        counts.repeats += 1
                    elif result.sha256 is not None:
                        counts.seen.add(result.sha256)
                    if loader is not None and not loader.try_load(result, progress):
                        counts.failed += 1
                    if args.warnings:
                        _print_warnings(result, progress.note)
                    if json_out:
                        out.write(result.payload + b"\n")
                out.flush()
                progress.advance(result.nbytes, counts.files)
    return counts


def default_jobs() -> int:
    """CPUs this process may run on (affinity-aware where the OS tells), at least 1."""
    affinity: Any = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        with contextlib.suppress(OSError):
            return max(1, len(affinity(0)))
    return os.cpu_count() or 1


@contextlib.contextmanager
def _output(target: str | None) -> Iterator[BinaryIO]:
    if target is None or target == "-":
        yield sys.stdout.buffer
        return
    from . import batch  # noqa: PLC0415

    try:
        with batch.atomic_output(target) as fh:
            yield fh
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        raise Fatal(f"cannot write {batch.display(target)}: {exc.strerror or exc}") from None


class _Progress:
    """A tqdm bar on stderr when it is a terminal; error lines go above it.  Silent otherwise."""

    def __init__(self, total_bytes: int, stream: TextIO, *, bar: bool = True) -> None:
        self.stream = stream
        self.bar: Any = None
        isatty = getattr(stream, "isatty", None)
        if bar and isatty is not None and isatty():
            with contextlib.suppress(ImportError):
                from tqdm import tqdm  # noqa: PLC0415

                # in bytes, not files: a batch mixing big and small files gets a sensible rate and ETA
                self.bar = tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1024, file=stream,
                                leave=False, dynamic_ncols=True)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()

    def note(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def advance(self, nbytes: int, files: int) -> None:
        """One more file done, of ``nbytes`` input bytes (``files`` so far)."""
        if self.bar is not None:
            self.bar.set_postfix_str(_count(files, "file"), refresh=False)
            self.bar.update(nbytes)


class _Loader:
    """``--sqlite`` and ``--csv``: loads each record in the main process through
    :mod:`fedextract.sqlite` into every connection (the database, the CSV's staging database)."""

    def __init__(self, module: Any, conns: list[Any]) -> None:
        self.module = module
        self.conns = conns

    def load(self, result: FileResult) -> None:
        import orjson  # noqa: PLC0415

        assert result.payload is not None
        record = orjson.loads(result.payload)  # validated by the worker that wrote it
        stamp = self.module.now()  # one loaded_at for the record in every output
        for conn in self.conns:
            self.module.load(conn, record, path=record["source"].get("path"), loaded_at=stamp)

    def try_load(self, result: FileResult, progress: _Progress) -> bool:
        try:
            self.load(result)
        except Exception as exc:  # noqa: BLE001 - one file's database error does not stop the batch
            from . import batch  # noqa: PLC0415

            progress.note(f"{PROG}: error: {result.path}: sqlite: {type(exc).__name__}: {batch.one_line(str(exc))}")
            return False
        return True


@contextlib.contextmanager
def _loaders(args: argparse.Namespace) -> Iterator[_Loader | None]:
    """The loader for ``--sqlite DB`` and ``--csv DIR`` (``None`` without either).  The CSV
    files are written from a staging database when the block ends without an exception."""
    if args.sqlite is None and args.csv is None:
        yield None
        return
    import importlib  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    from . import batch  # noqa: PLC0415

    try:
        module = importlib.import_module(".sqlite", __package__)
    except ImportError as exc:
        raise Fatal(f"--sqlite and --csv are not available: {exc}") from None
    if args.csv is not None and os.path.exists(args.csv) and not os.path.isdir(args.csv):
        raise Fatal(f"--csv {batch.display(args.csv)}: not a directory")
    conns: list[Any] = []
    with contextlib.ExitStack() as stack:
        targets = [args.sqlite] if args.sqlite is not None else []
        if args.csv is not None:  # staged in a database of its own: the CSV holds this run only
            targets.append(os.path.join(stack.enter_context(tempfile.TemporaryDirectory(prefix="fedextract-")),
                                        "tables.db"))
        for db in targets:
            try:
                conn = module.open_db(db)
            except Exception as exc:  # noqa: BLE001 - sqlite3.Error, OSError, …
                raise Fatal(f"cannot open {batch.display(db)}: {type(exc).__name__}: {exc}") from None
            stack.callback(conn.close)
            conns.append(conn)
        yield _Loader(module, conns)
        if args.csv is not None:
            from .csv_tables import export  # noqa: PLC0415

            export(conns[-1], args.csv)
