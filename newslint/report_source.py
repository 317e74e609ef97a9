"""The run's documents, read again for a report that shows them (``--format html``).

A report that shows each document's text with its findings marked needs that text, and for records
the metadata to group them by (site, the fields named by ``--report-group-by``). The run does not
keep documents: it streams them, one at a time, in this process, in worker processes or on a
cluster, and only findings come back. So once the run is over the report reads the documents again
(:class:`RunDocuments`), through the same reader hook and with the same settings as the run: the
same documents whatever linted them (``--jobs``, ``--dask``), and the run itself is unchanged. The
formatter gets this object as :attr:`ReportOptions.documents`; formatters never read files.

Reading again costs one more pass over the input, without linting (reading and decoding JSON is
fast next to the rules; ``benchmarks/report_size.py`` measures it).

What cannot be read twice:

- standard input: when the report wants documents and ``-`` is linted, its bytes are copied into an
  unnamed temporary file before the run, and the run and the report both read that copy as their
  standard input (:func:`report_documents`);
- a named pipe or device named on the command line (``newslint <(zcat shard.gz)``): it is not
  opened again (that would block); the report shows such documents from the flagged lines the
  findings carry;
- a file changed since it was linted: the report notices (the findings' lines no longer match) and
  falls back to the flagged lines too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os
import shutil
import stat
import sys
import tempfile
from typing import IO, Iterator, Optional, Sequence

from newslint.discover import STDIN, discover
from newslint.document import Document
from newslint.plugins import Plugins
from newslint.readers.text import unreadable
from newslint.settings import Settings


class KeptStdin:
    """Standard input copied to an unnamed temporary file, served as ``sys.stdin`` until closed."""

    def __init__(self, stdin: IO[str]):
        self.original = stdin
        self.copy = tempfile.TemporaryFile()
        shutil.copyfileobj(stdin.buffer, self.copy)  # type: ignore[attr-defined]
        self.copy.seek(0)
        self.stream = io.TextIOWrapper(self.copy, encoding="utf-8", errors="replace")
        sys.stdin = self.stream

    def rewind(self) -> None:
        """Serve the copy from its start again (for the report's second reading)."""
        self.copy.seek(0)
        sys.stdin = self.stream

    def close(self) -> None:
        sys.stdin = self.original
        self.stream.detach()
        self.copy.close()


class RunDocuments:
    """The documents of a run's paths, read again after the run (a :class:`DocumentSource`)."""

    def __init__(self, plugins: Plugins, settings: Settings, paths: Sequence[str],
                 stdin_display_name: str = "stdin", group_by: Sequence[str] = (),
                 stdin: Optional[KeptStdin] = None):
        self.plugins = plugins
        #: The run's settings, asking the records reader to keep the fields the report groups by.
        self.settings = dataclasses.replace(settings, report_fields=list(group_by))
        self.paths = list(paths)
        self.stdin_display_name = stdin_display_name
        self.stdin = stdin

    def _files(self) -> dict[str, str]:
        """Display path → path, for the files the run linted (found again the same way)."""
        return {(self.stdin_display_name if path == STDIN else path): path
                for path in discover(self.paths, self.settings)}

    def documents(self, paths: Sequence[str]) -> Iterator[Document]:
        files = self._files()
        for display in paths:
            path = files.get(display)
            if path is None:
                continue
            if path == STDIN:
                if self.stdin is None:
                    continue
                self.stdin.rewind()
            elif not _readable_again(path):
                continue
            yield from self._read(path, display)

    def _read(self, path: str, display: str) -> Iterator[Document]:
        hook = self.plugins.manager.hook
        try:
            documents = hook.newslint_read(path=path, display_path=display, settings=self.settings)
            if documents is not None:
                yield from documents
        except OSError as error:
            yield unreadable(display, error)


def _readable_again(path: str) -> bool:
    """Whether ``path`` is a regular file: a pipe or device would block or give nothing."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # let the reader report it, as the run did


@contextlib.contextmanager
def report_documents(formatter_class: type, plugins: Plugins, settings: Settings,
                     paths: Sequence[str], stdin_display_name: str,
                     group_by: Sequence[str]) -> Iterator[Optional[RunDocuments]]:
    """A :class:`RunDocuments` for formats that want documents (``None`` for the others).

    Wrap the whole run in it: when ``-`` is among ``paths``, standard input is kept from here
    until the report is written, and restored afterwards.
    """
    if not getattr(formatter_class, "wants_documents", False):
        yield None
        return
    kept: Optional[KeptStdin] = None
    if STDIN in paths and sys.stdin is not None and hasattr(sys.stdin, "buffer"):
        with contextlib.suppress(OSError, ValueError):  # closed: the run reports it (NL910)
            kept = KeptStdin(sys.stdin)
    try:
        yield RunDocuments(plugins, settings, paths, stdin_display_name, group_by, kept)
    finally:
        if kept is not None:
            kept.close()
