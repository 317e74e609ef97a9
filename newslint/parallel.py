"""``--jobs N``: lint units of work in a pool of processes, reporting in the order of ``--jobs 1``.

Each worker builds its own :class:`~newslint.engine.Linter` from the run's picklable
:class:`~newslint.settings.Settings` (plugins are discovered again in the worker, as they would be
on another machine), lints the batches of units it is given and sends back their findings, counts
and corpus-rule state. The parent keeps a bounded window of batches in flight, yields results
strictly in submission order, and merges the corpus states in that order, so the report is the
same, byte for byte, as a single-process run's.

Standard input is read in the parent: a worker cannot share it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Optional

from newslint.engine import CorpusState, Linter
from newslint.units import Unit, UnitResult, lint_units
from newslint.settings import Settings

if TYPE_CHECKING:
    from newslint.cache import Cache

#: Batches in flight per worker: enough to keep every worker busy while the parent reports.
IN_FLIGHT_PER_JOB = 2

_worker_linter: Optional[Linter] = None


def build_linter(settings: Settings) -> Linter:
    """A linter for ``settings``, configured exactly as the command line configures its own."""
    linter = Linter(settings)
    linter.plugins.manager.hook.newslint_configure.call_historic(kwargs={"settings": settings})
    return linter


def _stop_quietly(signum: int, frame: object) -> None:
    from newslint.atomic import remove_pending

    remove_pending()  # a file half written by --fix: its temporary copy goes, the original stays
    os._exit(130)


def stop_quietly_on_signals() -> None:
    """Stop this process quietly on Ctrl-C (``SIGINT``) and on ``SIGTERM``, removing the temporary
    file of a write in progress first (:func:`_stop_quietly`). Ctrl-C reaches the whole process
    group, and the parent that sees it ends its pool with ``SIGTERM`` (``Process.terminate``):
    whichever signal a worker handles first, the file it was writing keeps its original and no
    temporary copy stays beside it. Unhandled, ``SIGTERM`` would end a worker halfway through a
    write that the ``SIGINT`` beside it had not yet reached (a long ``fsync``)."""
    signal.signal(signal.SIGINT, _stop_quietly)
    signal.signal(signal.SIGTERM, _stop_quietly)


def _init_worker(settings: Settings, accelerated: bool = False) -> None:
    # Ctrl-C reaches the whole process group: a worker stops at once and without a traceback;
    # the parent reports the interruption.
    stop_quietly_on_signals()
    global _worker_linter
    _worker_linter = build_linter(settings)
    if accelerated:
        # The parent compiled the scan accelerator for this run (a forked worker has the database
        # already; a spawned one loads or compiles it): scan with it from the first document.
        _worker_linter.scanner.warm()


def _lint_batch(batch: list[Unit], collect: bool, cache: "Optional[Cache]",
                seed: Optional[CorpusState]) -> UnitResult:
    assert _worker_linter is not None, "worker not initialised"
    return lint_units(_worker_linter, batch, collect, cache, seed)


#: Whether this process started a pool of workers (an interrupted run then ends at once: see
#: :func:`newslint.cli.main`).
started = False
#: The pool of the run in progress, for :func:`stop_workers`.
_running: Optional[ProcessPoolExecutor] = None


def stop_workers() -> None:
    """Stop the workers of the pool in progress, if any: a run that ends at once (``os._exit``)
    before its pool is shut down must not leave them waiting for work that never comes. They are
    interrupted as Ctrl-C interrupts them (:func:`_stop_quietly`): a file ``--fix`` is writing
    keeps its original, and its temporary copy goes."""
    if _running is None:
        return
    for process in list((getattr(_running, "_processes", None) or {}).values()):
        if process.pid is not None:
            with contextlib.suppress(OSError):
                os.kill(process.pid, signal.SIGINT)


def _context() -> multiprocessing.context.BaseContext:
    """``fork`` where there is one (cheap start, nothing to re-import), else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def parallel_results(linter: Linter, batches: Iterable[list[Unit]], jobs: int,
                     lint_here: Callable[[list[Unit]], UnitResult], cache: "Optional[Cache]" = None,
                     seed: Callable[[], Optional[CorpusState]] = lambda: None,
                     ) -> Iterator[tuple[list[Unit], UnitResult]]:
    """(batch, result) for every batch, in order, linted by ``jobs`` worker processes.

    A batch reading standard input is linted here with ``lint_here`` once the batches before it
    are reported. With a ``cache`` the workers read and store results there (each entry is
    written atomically, so workers and other runs may share the folder); without one, each
    batch's corpus state starts from ``seed()``, asked as the batch is sent (the run's corpus
    state so far can spare a worker the documents it would drop: :meth:`Linter.seed`).
    """
    global started, _running
    collect = bool(linter.corpus_rules)
    window: deque[tuple[list[Unit], Future]] = deque()
    limit = jobs * IN_FLIGHT_PER_JOB
    stopped = False
    started = True
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(),
                                   initializer=_init_worker,
                                   initargs=(linter.settings, linter.scanner.complete))
    _running = executor
    try:
        for batch in batches:
            if any(unit.path == "-" for unit in batch):
                while window:
                    done, future = window.popleft()
                    yield done, future.result()
                yield batch, lint_here(batch)
                continue
            start = seed() if collect and cache is None else None
            window.append((batch, executor.submit(_lint_batch, batch, collect, cache, start)))
            if len(window) >= limit:
                done, future = window.popleft()
                yield done, future.result()
        while window:
            done, future = window.popleft()
            yield done, future.result()
    except BaseException:
        # Stopped early (the reader of the report went away, Ctrl-C, a failure): do not wait for
        # the batches in flight, nor for the pool's thread, which a worker stopped halfway through
        # sending its result can leave reading forever.
        stopped = True
        _terminate(executor)
        raise
    finally:
        _running = None
        executor.shutdown(wait=not stopped, cancel_futures=True)


def _terminate(executor: ProcessPoolExecutor) -> None:
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(executor, "_processes", None) or {}).values()):
        process.terminate()
