"""A small process pool for batches: no threads, one pipe per worker, and nothing that can hang.

Why not ``concurrent.futures.ProcessPoolExecutor``: its workers share one result queue, read by
a thread of the parent.  A worker killed while it writes a result (SIGKILL on Ctrl-C, the OOM
killer) leaves half a message in that queue; the thread then blocks for ever reading the rest,
and the executor's shutdown waits for the thread.  Its workers also outlive a parent killed with
SIGKILL, blocked on a queue nobody writes.

Here every worker has its own pipe (a socket pair).  The parent sends a *unit* (a list of
paths), the worker answers with the list of their results; a worker holds at most
:data:`DEPTH` units (one running, one waiting in its pipe), so it never idles between units
and the parent always knows which units a dead worker took with it.  The parent waits on the
pipes and the workers' sentinels with :func:`multiprocessing.connection.wait`; when a worker
ends, its pipe reads as end-of-file, half a message included, so nothing blocks.

A dead worker's units are re-run path by path (*suspect* units of one path) in a new worker:
a path that kills a worker on its own is the culprit and gets ``lost(path)`` as its result,
every other path its real result.

Workers end with their parent however it ends: on Linux the kernel kills them
(``PR_SET_PDEATHSIG``); elsewhere a watchdog thread polls the parent's pid.  And a worker whose
pipe reads end-of-file (the parent closed it, or died) returns.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

R = TypeVar("R")

DEPTH = 2
"""Units a worker holds at once: the one it runs and the next, already in its pipe."""
WINDOW = 3
"""Units in flight or waiting to be yielded, per worker: bounds the parent's memory."""


@dataclass
class _Unit(Generic[R]):
    seq: int  # the chunk this unit belongs to
    start: int  # its first path's index within the chunk
    paths: list[str]
    suspect: bool = False  # re-run of a lost unit: one path; if it kills a worker, the path is lost


@dataclass
class _Chunk(Generic[R]):
    slots: list[Any]  # a chunk's results; ``None`` where one is still to come
    missing: int


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    units: deque[_Unit[Any]] = field(default_factory=deque)


class Pool(Generic[R]):
    """``jobs`` worker processes running ``work(paths) -> results`` (one result per path, in order).

    ``work`` and ``lost`` must be module-level functions (picklable) where processes are spawned
    rather than forked; ``initializer`` runs in each worker before its first unit."""

    def __init__(self, jobs: int, work: Callable[[list[str]], list[R]], lost: Callable[[str], R],
                 initializer: Callable[[], None] | None = None) -> None:
        self.jobs = max(1, jobs)
        self.work = work
        self.lost = lost
        self.initializer = initializer
        self.workers: list[_Worker] = []

    # ----------------------------------------------------------------------- workers

    def start(self) -> None:
        """Start the workers now (they warm up while the caller does something else)."""
        while len(self.workers) < self.jobs:
            self.workers.append(self._spawn())

    def _spawn(self) -> _Worker:
        import multiprocessing  # noqa: PLC0415

        ctx = _context()
        parent_end, child_end = multiprocessing.Pipe(duplex=True)
        # a forked worker inherits the parent's ends of its siblings' pipes: it closes them, so
        # that a sibling sees end-of-file when the parent dies (spawned workers inherit nothing)
        others = [w.conn for w in self.workers] + [parent_end] if ctx.get_start_method() == "fork" else []
        proc = ctx.Process(target=_worker_main, args=(child_end, others, os.getpid(), self.work, self.initializer),
                           daemon=True)
        proc.start()
        child_end.close()
        return _Worker(proc, parent_end)

    def kill(self) -> None:
        """Stop now (Ctrl-C, a closed output, an error): SIGKILL every worker, close the pipes.
        Workers hold nothing that needs cleaning up, and nothing here waits on them for long."""
        workers, self.workers = self.workers, []
        for w in workers:
            with contextlib.suppress(Exception):
                w.process.kill()
        for w in workers:
            with contextlib.suppress(Exception):
                w.conn.close()
            with contextlib.suppress(Exception):
                w.process.join(5)

    def shutdown(self) -> None:
        """End the workers: idle ones are told to stop and exit at once; busy ones are killed."""
        workers, self.workers = self.workers, []
        for w in workers:
            if w.units:
                with contextlib.suppress(Exception):
                    w.process.kill()
            else:
                with contextlib.suppress(Exception):
                    w.conn.send(None)
            with contextlib.suppress(Exception):
                w.conn.close()
        for w in workers:
            w.process.join(5)
            if w.process.is_alive():
                w.process.kill()
                w.process.join(5)

    # ----------------------------------------------------------------------- running

    def map(self, chunks: Iterable[tuple[list[str], list[R] | None]], *,
            ordered: bool = True) -> Generator[list[R], None, None]:
        """Run each chunk ``(paths, None)`` on the workers and yield its results; a chunk
        ``(paths, results)`` is already done and is yielded as it is, in its place.

        In input order when ``ordered``, else as chunks complete.  At most ``WINDOW * jobs``
        chunks are in flight or held.  Kills the workers if the caller stops early or an
        exception (Ctrl-C) arrives; shuts them down when done."""
        try:
            yield from self._map(iter(chunks), ordered)
        except BaseException:
            self.kill()
            raise
        self.shutdown()

    def _map(self, todo: Iterator[tuple[list[str], list[R] | None]], ordered: bool) -> Iterator[list[R]]:
        from multiprocessing.connection import wait  # noqa: PLC0415

        self.start()
        held: dict[int, _Chunk[R]] = {}  # chunks not yet yielded
        queue: deque[_Unit[R]] = deque()  # units waiting for a worker
        seq = next_out = 0
        exhausted = False
        while True:
            while True:  # feed the workers, reading ``todo`` only as far as they have room
                for w in list(self.workers):
                    while queue and len(w.units) < DEPTH:
                        unit = queue.popleft()
                        w.units.append(unit)
                        try:
                            w.conn.send(unit.paths)
                        except OSError:  # it died: keep what it finished, put back the rest
                            self._collect(w, held, queue)
                            break
                if queue or exhausted or len(held) >= WINDOW * self.jobs:
                    break
                item = next(todo, None)
                if item is None:
                    exhausted = True
                    break
                paths, done = item
                if done is not None or not paths:
                    held[seq] = _Chunk(list(done or ()), 0)
                else:
                    held[seq] = _Chunk([None] * len(paths), len(paths))
                    queue.append(_Unit(seq, 0, paths))
                seq += 1
            # yield what is complete
            if ordered:
                while next_out in held and held[next_out].missing == 0:
                    yield _filled(held.pop(next_out))
                    next_out += 1
            else:
                for s in [s for s, c in held.items() if c.missing == 0]:
                    yield _filled(held.pop(s))
            if exhausted and not held:
                return
            busy = [w for w in self.workers if w.units]
            if not busy:
                continue  # every held chunk was yielded: read more of ``todo``
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
            for w in busy:
                if w.conn in ready or w.process.sentinel in ready:
                    self._collect(w, held, queue)

    def _collect(self, w: _Worker, held: dict[int, _Chunk[R]], queue: deque[_Unit[R]]) -> None:
        """Read ``w``'s finished units; if it died, put back the units it held."""
        try:
            while w.units and w.conn.poll():
                results: list[R] = w.conn.recv()
                unit = w.units.popleft()
                chunk = held[unit.seq]
                chunk.slots[unit.start:unit.start + len(results)] = results
                chunk.missing -= len(results)
            if w.units and not w.process.is_alive():
                raise EOFError
        except (EOFError, OSError):
            self._replace(w, held, queue)

    def _replace(self, w: _Worker, held: dict[int, _Chunk[R]], queue: deque[_Unit[R]]) -> None:
        with contextlib.suppress(Exception):
            w.process.kill()
        with contextlib.suppress(Exception):
            w.conn.close()
        w.process.join(5)
        running = w.units.popleft() if w.units else None
        again: list[_Unit[R]] = []
        if running is not None:
            if running.suspect:  # it died on this one path alone: the culprit
                held[running.seq].slots[running.start] = self.lost(running.paths[0])
                held[running.seq].missing -= 1
            else:
                again += [_Unit(running.seq, running.start + i, [p], suspect=True)
                          for i, p in enumerate(running.paths)]
        again += w.units  # never started: as they were
        queue.extendleft(reversed(again))
        self.workers[self.workers.index(w)] = self._spawn()


def _filled(chunk: _Chunk[R]) -> list[R]:
    return cast("list[R]", chunk.slots)


def _context() -> Any:
    """``fork`` where the platform has it (fastest start, and workers inherit the parent's
    imports); else the default."""
    import multiprocessing  # noqa: PLC0415

    if sys.platform != "win32" and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


# --------------------------------------------------------------------------- the worker side


def _worker_main(conn: Connection, others: list[Connection], parent: int,
                 work: Callable[[list[str]], list[Any]], initializer: Callable[[], None] | None) -> None:
    for other in others:
        with contextlib.suppress(Exception):
            other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle (it kills us)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's cleanup handler
    _die_with(parent)
    if initializer is not None:
        initializer()
    while True:
        try:
            paths = conn.recv()
        except (EOFError, OSError):
            return
        if paths is None:
            return
        conn.send(work(paths))


def _die_with(parent: int) -> None:
    """End this process when ``parent`` ends, however it ends (even by SIGKILL)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes  # noqa: PLC0415

            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
            if os.getppid() != parent:  # it died before the request took effect
                os._exit(1)
            return
    import threading  # noqa: PLC0415
    import time  # noqa: PLC0415

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="fedextract-watchdog", daemon=True).start()
