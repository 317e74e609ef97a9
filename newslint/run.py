"""One run over paths: discover files → read documents → lint → violations, in report order.

Per-document violations come out file by file, in the order the files were discovered, each
document's sorted by position; corpus-rule findings, which need every document first, follow at
the end (sorted among themselves).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from newslint.discover import discover
from newslint.document import Document
from newslint.engine import CorpusState, Linter
from newslint.readers.text import unreadable
from newslint.violation import Violation


@dataclass
class RunCounts:
    files: int = 0
    documents: int = 0
    bytes: int = 0
    paths: list[str] = field(default_factory=list)


def read_documents(linter: Linter, path: str, display_path: str) -> Iterator[Document]:
    """The documents of one file, through the first reader plugin that takes it."""
    hook = linter.plugins.manager.hook
    try:
        documents = hook.newslint_read(path=path, display_path=display_path,
                                       settings=linter.settings)
        if documents is None:
            return
        yield from documents
    except OSError as error:
        yield unreadable(display_path, error)


def display_name(path: str, stdin_display_name: str) -> str:
    return stdin_display_name if path == "-" else path


class Run:
    """Lint ``paths`` with ``linter``; iterate :meth:`violations` once."""

    def __init__(self, linter: Linter, paths: Iterable[str], stdin_display_name: str = "stdin",
                 jobs: int = 1):
        self.linter = linter
        self.paths = list(paths)
        self.stdin_display_name = stdin_display_name
        self.jobs = jobs
        self.counts = RunCounts()
        self.corpus: Optional[CorpusState] = CorpusState() if linter.corpus_rules else None

    def files(self) -> Iterator[str]:
        return discover(self.paths, self.linter.settings)

    def violations(self) -> Iterator[Violation]:
        for path in self.files():
            display = display_name(path, self.stdin_display_name)
            self.counts.files += 1
            self.counts.paths.append(display)
            for document in read_documents(self.linter, path, display):
                self.counts.documents += 1
                self.counts.bytes += len(document.text)
                yield from self.linter.lint(document, self.corpus)
        if self.corpus is not None:
            yield from self.linter.judge(self.corpus)
