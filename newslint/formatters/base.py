"""The formatter interface: one module per output format, each a subclass of :class:`Formatter`.

The engine calls :meth:`Formatter.start` once, :meth:`Formatter.handle` for every violation in
report order (sorted by path, then position), :meth:`Formatter.fixed` for every finding ``--fix``
fixed (the fixed ones are not handled), and :meth:`Formatter.stop` once with the run's
statistics. Streaming formats write in ``handle``; formats that must be one JSON or XML document
collect in ``handle`` and write in ``stop``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Iterator, Mapping, Optional, Protocol, Sequence

from newslint.violation import Violation

if TYPE_CHECKING:
    from newslint.document import Document


class DocumentSource(Protocol):
    """The run's documents read again after the run, for formats that show them (HTML).

    The command line provides one (:mod:`newslint.report_source`) when the formatter class sets
    :attr:`Formatter.wants_documents`: formatters never read files themselves.
    """

    def documents(self, paths: Sequence[str]) -> Iterator["Document"]:
        """The documents of the files reported as ``paths`` (:attr:`RunStats.paths`), in order."""
        ...


@dataclass
class ReportOptions:
    """What every formatter gets."""

    stream: IO[str]
    color: bool = False
    show_source: bool = False
    #: Code → rule class, for formats that describe the rules (SARIF, JUnit).
    rules: Mapping[str, type] = field(default_factory=dict)
    #: newslint's version, for formats that name the tool (SARIF).
    tool_version: str = ""
    #: A ``%(path)s:%(row)d…`` template when ``--format`` was one.
    template: Optional[str] = None
    #: The run's documents again, when the formatter wants them (:attr:`Formatter.wants_documents`).
    documents: Optional[DocumentSource] = None
    #: Record fields to group a report by (``--report-group-by``), besides the site.
    group_by: tuple[str, ...] = ()
    #: How many documents a report shows in full (``--report-max-documents``).
    max_documents: int = 200
    #: ``--show-fixes``: list the fixed findings at the end.
    show_fixes: bool = False


@dataclass
class RunStats:
    """Counts the formatters may use at the end."""

    files: int = 0
    documents: int = 0
    violations: int = 0
    #: Paths linted, in order (JUnit reports clean ones).
    paths: list[str] = field(default_factory=list)


class Formatter:
    """Base class. Subclasses set ``name`` and override :meth:`handle` and maybe :meth:`stop`."""

    name = ""
    #: Whether colour may be used (only human formats).
    human = False
    #: Whether the formatter shows the documents themselves: the command line then passes a
    #: :class:`DocumentSource` in :attr:`ReportOptions.documents` (and keeps standard input).
    wants_documents = False

    def __init__(self, options: ReportOptions):
        self.options = options
        self.stream = options.stream

    def start(self) -> None:
        """Called once before any violation."""

    def handle(self, violation: Violation) -> None:
        raise NotImplementedError

    def fixed(self, violation: Violation) -> None:
        """Called once for every finding that ``--fix`` fixed, before :meth:`stop` (positions are
        those of the text before fixing). Does nothing here; ``--show-fixes`` lists them in the
        human formats."""

    def stop(self, stats: RunStats) -> None:
        """Called once at the end of the run."""

    def write(self, text: str) -> None:
        self.stream.write(text)
