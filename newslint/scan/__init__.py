"""The trigger scan: which lines each line rule is offered.

One entry: :class:`Scanner` compiles every line rule's trigger once per run; :meth:`Scanner.scan`
takes one text and gives a :class:`Scan`, whose :meth:`Scan.lines` are the lines a rule's trigger
matches in. The engine does not know how they are found:

- :mod:`newslint.scan.triggers` splits a trigger at its top-level ``|`` into branches (each scans
  at C speed where the whole alternation would not); a branch several rules share is one branch;
- :mod:`newslint.scan.exact` finds a branch's lines with ``re``: this decides, always;
- without the accelerator, :mod:`newslint.scan.needles` skips a branch none of whose literals is
  in the text, and :mod:`newslint.scan.casefold` runs case-insensitive branches case-sensitively
  over a folded copy of the text;
- with it (:mod:`newslint.scan.accelerator`, the ``fast`` extra), one Hyperscan pass over the
  text says which branches may match and on which lines (:mod:`newslint.scan.translate` rewrites
  each branch as a superset of itself), and ``re`` searches only there, or not at all where the
  rewrite is exact. A branch the rewrite or the engine does not take is scanned as without it.

Either way a rule is offered exactly the lines where its whole trigger, compiled with
``re.MULTILINE``, has a match starting.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Optional, Sequence

from newslint.scan import accelerator as _accelerator
from newslint.scan.exact import ScanText, Step, absent, branch_lines
from newslint.scan.triggers import Branch, branch_sources, compile_branch, compile_trigger, with_readings

__all__ = ["Scanner", "Scan", "accelerator_available", "WARM_AFTER"]

#: A run compiles the accelerator once it has scanned this many characters without it: compiling
#: takes seconds, and the accelerator saves about 0.1 s per MB of news text. (One kept from an
#: earlier run is loaded at once: see :meth:`Scanner.__init__`.)
WARM_AFTER = 8_000_000
#: How many branches of a run's own rules (house rules, plugins) are compiled at start-up when the
#: built-in rules' database is kept and theirs is not: a few compile in a moment.
EAGER_EXTRA = 64


def accelerator_available() -> bool:
    """Whether the accelerator is installed, allowed and trusted on this machine."""
    return _accelerator.available()


class Scanner:
    """The line-rule triggers of one run, compiled once.

    ``accelerate``: ``None`` uses the accelerator when it is available, ``False`` never does,
    ``True`` requires it (``RuntimeError`` when it is not available).
    """

    def __init__(self, triggers: Sequence[str], accelerate: Optional[bool] = None,
                 universe: Optional[Sequence[str]] = None):
        """``universe``: the triggers of every built-in line rule, whether this run selects it
        or not. The accelerator compiles their branches as one tier, which every run shares
        (see :class:`newslint.scan.accelerator.Tiered`), and the run's other branches (house
        rules, plugins) as another; without it, the run's branches are one tier."""
        # A branch is compiled when it is first searched, if the accelerator's stored plan was
        # made for its tier (by a run that compiled each on its own: see
        # newslint.scan.accelerator.planned): on news text three in four branches never get a
        # candidate line, and compiling all of them was a third of start-up. Otherwise each is
        # compiled now, and a trigger one of whose branches does not compile on its own is
        # one branch, the whole trigger (see compile_trigger).
        # (Each trigger split once: a run of the built-in rules has them in both lists.)
        sources_of = {trigger: branch_sources(trigger)
                      for trigger in dict.fromkeys([*triggers, *(universe or ())])}
        split = [sources_of[trigger] for trigger in triggers]
        shared = list(dict.fromkeys(source for trigger in universe or () for source in sources_of[trigger]))
        planned_sources: set[tuple[str, bool]] = set()
        if accelerate is not False and _accelerator.available():
            for tier in _tiers(shared, dict.fromkeys(source for sources in split for source in sources),
                               universe is not None):
                if _accelerator.planned(_keys(tier)):
                    planned_sources.update(tier)
        #: Each distinct branch: its pattern and whether it is newline-led.
        self.sources: list[tuple[str, bool]] = []
        #: Each branch compiled, or ``None`` until it is (see :meth:`_compiled`).
        self.branches: list[Optional[Branch]] = []
        numbers: dict[tuple[str, bool], int] = {}
        #: The branch numbers of each trigger.
        self.triggers: list[tuple[int, ...]] = []
        for trigger, sources in zip(triggers, split):
            compiled: list[Optional[Branch]] = [None] * len(sources)
            if not all(source in planned_sources for source in sources):
                compiled = list(compile_trigger(trigger, readings=False))
                sources = [(branch.pattern.pattern, branch.newline_led) for branch in compiled]
            own: list[int] = []
            for source, branch in zip(sources, compiled):
                if source not in numbers:
                    numbers[source] = len(self.sources)
                    self.sources.append(source)
                    self.branches.append(branch)
                if numbers[source] not in own:
                    own.append(numbers[source])
            self.triggers.append(tuple(own))
        #: The steps of branches not compiled yet (see :meth:`_lazy_step`).
        self._lazy: dict[int, Step] = {}
        self.steps: list[Step] = [_step(branch) if branch is not None else self._lazy_step(number)
                                  for number, branch in enumerate(self.branches)]
        #: Whether each branch has its needles and case-folded pattern yet (see :meth:`_read`).
        self._has_readings = [False] * len(self.branches)
        if accelerate is True and not _accelerator.available():
            raise RuntimeError("the scan accelerator is not available (pip install 'newslint[fast]')")
        self._accelerate = accelerate
        self.accelerator: Optional[_accelerator.Tiered] = None
        #: The branches whose lines the accelerator finds exactly (``re`` never searches them).
        self.exact: frozenset[int] = frozenset()
        #: Per trigger, the branches the accelerator does not cover (scanned as without it).
        self.uncovered: list[tuple[int, ...]] = self.triggers
        #: Per branch, the triggers that have it.
        self.owners: list[list[int]] = [[] for _ in self.branches]
        for trigger, numbers in enumerate(self.triggers):
            for number in numbers:
                self.owners[number].append(trigger)
        #: Per branch, whether several triggers have it (its lines are then kept per text).
        self.shared = [len(owners) > 1 for owners in self.owners]
        #: Characters scanned without the accelerator so far (see :meth:`warm`).
        self.scanned = 0
        #: The sources of each tier's branches (the built-in tier first, when there is one); a
        #: tier none of whose branches the run uses is left out (``--select`` of house rules alone).
        used = set(self.sources)
        self._tier_sources = [tier for tier in _tiers(shared, self.sources, universe is not None)
                              if not used.isdisjoint(tier)]
        #: Per tier, its accelerator once loaded or compiled.
        self._tiers: list[Optional[_accelerator.Accelerator]] = [None] * len(self._tier_sources)
        if accelerate:
            self.warm()
        elif accelerate is None and self.branches and _accelerator.available():
            # Kept from an earlier run: loading it costs less than scanning one text without it.
            for number, tier in enumerate(self._tier_sources):
                self._tiers[number] = _accelerator.Accelerator.stored(_keys(tier))
            # The built-in tier is kept (or not used) and a few branches of the run's own rules
            # are not (a house rule new or edited): they compile in a moment, and are kept too.
            own = [number for number, sources in enumerate(self._tier_sources) if sources is not shared]
            if universe is not None and own and all(
                    tier is not None for number, tier in enumerate(self._tiers) if number not in own) \
                    and sum(len(self._tier_sources[number]) for number in own) <= EAGER_EXTRA:
                for number in own:
                    if self._tiers[number] is None:
                        self._tiers[number] = _accelerator.Accelerator(_keys(self._tier_sources[number]))
            if any(tier is not None for tier in self._tiers):
                self._use_tiers()
        # Only a branch searched without candidate lines from the accelerator uses its needles and
        # case-folded pattern: the others need not be parsed for them (a third of start-up).
        located = self.accelerator.located if self.accelerator is not None else frozenset()
        self._read(number for number in range(len(self.branches)) if number not in located)

    def _compiled(self, number: int) -> Branch:
        """The ``number``-th branch, compiled now if it is not yet (its step too)."""
        branch = self.branches[number]
        if branch is None:
            self.branches[number] = branch = compile_branch(*self.sources[number])
            if self.steps[number] is self._lazy[number]:  # (a test may have wrapped it)
                self.steps[number] = _step(branch)
        return branch

    def _lazy_step(self, number: int) -> Step:
        """The step of a branch not compiled yet: it compiles the branch when first called (and
        the scan then reads the compiled branch's own step)."""
        def search(*args: Any) -> Any:
            return self._compiled(number).pattern.search(*args)

        def match(*args: Any) -> Any:
            return self._compiled(number).pattern.match(*args)

        step = (search, None, self.sources[number][1], (), False, match)
        self._lazy[number] = step
        return step

    def _read(self, numbers: Iterable[int]) -> None:
        """Give these branches their needles and case-folded pattern (their steps too)."""
        for number in numbers:
            if not self._has_readings[number]:
                self.branches[number] = branch = with_readings(self._compiled(number))
                self.steps[number] = _step(branch)
                self._has_readings[number] = True

    def read_all(self) -> None:
        """Give every branch its needles and case-folded pattern: a text the accelerator cannot
        scan is searched without it, every branch from the top."""
        self._read(range(len(self.branches)))

    def warm(self) -> None:
        """Compile the accelerator now, if it is wanted and available.

        Compiling takes seconds, more than a small run spends scanning: without a call
        to this, the scanner compiles it once it has scanned :data:`WARM_AFTER` characters. A run
        that knows it is big calls it first (before ``--jobs`` forks its workers, which then
        share the compiled database).
        """
        if all(tier is not None for tier in self._tiers) or self._accelerate is False \
                or not self.branches or not _accelerator.available():
            self.scanned = -1  # decided: stop counting
            return
        self._tiers = [tier if tier is not None else _accelerator.Accelerator(_keys(sources))
                       for tier, sources in zip(self._tiers, self._tier_sources)]
        self._use_tiers()

    def _use_tiers(self) -> None:
        """Read the loaded tiers as one accelerator over the run's branches."""
        numbers = {source: number for number, source in enumerate(self.sources)}
        tiers = [(tier, [numbers.get(source, -1) for source in sources])
                 for tier, sources in zip(self._tiers, self._tier_sources) if tier is not None]
        self.accelerator = accelerator = _accelerator.Tiered(tiers)
        self.exact = accelerator.exact
        covered = accelerator.covered
        self.uncovered = [tuple(n for n in numbers if n not in covered) for numbers in self.triggers]
        self.scanned = -1 if all(tier is not None for tier in self._tiers) else self.scanned

    @property
    def complete(self) -> bool:
        """Whether the accelerator covers every tier (a ``--jobs`` worker then loads the same)."""
        return self.accelerator is not None and all(tier is not None for tier in self._tiers)

    @property
    def pending(self) -> bool:
        """Whether the accelerator is wanted and available but not all at hand: a run that does
        not call :meth:`warm` scans (partly) without it."""
        return bool(self.branches) and self._accelerate is not False and not self.complete \
            and _accelerator.available()

    @property
    def accelerated(self) -> int:
        """How many distinct branches the accelerator covers (0 without it)."""
        return len(self.accelerator.covered) if self.accelerator is not None else 0

    def scan(self, text: str, starts: list[int]) -> "Scan":
        """The scan of one text (``starts``: its line starts); lines are found when asked for."""
        if self.scanned >= 0:
            self.scanned += len(text)
            if self.scanned >= WARM_AFTER:
                self.warm()
        return Scan(self, ScanText(text, starts))


def _tiers(shared: list[tuple[str, bool]], wanted: Iterable[tuple[str, bool]],
           universal: bool) -> list[list[tuple[str, bool]]]:
    """The branch sources of each tier: the built-in rules' (``shared``) and the run's others,
    or (not ``universal``) the run's alone; empty tiers left out."""
    if not universal:
        return [tier for tier in [list(wanted)] if tier]
    known = set(shared)
    return [tier for tier in (shared, [source for source in wanted if source not in known]) if tier]


def _keys(sources: Iterable[tuple[str, bool]]) -> list[tuple[str, int, bool]]:
    """What the accelerator knows the branches by: pattern, flags it is compiled with, newline-led."""
    return [(source, re.MULTILINE, newline_led) for source, newline_led in sources]


def _step(branch: Branch) -> Step:
    """How the scan loop reads a branch (see :data:`newslint.scan.exact.Step`)."""
    return (branch.pattern.search, branch.on_folded.search if branch.on_folded is not None else None,
            branch.newline_led, branch.needles, branch.folded, branch.pattern.match)


class Scan:
    """One text's scan: the lines of each trigger, found once per branch when first asked."""

    def __init__(self, scanner: Scanner, text: ScanText):
        self.scanner = scanner
        self.text = text
        self._lines: dict[int, list[int]] = {}
        #: Branch → candidate lines or True, for the covered branches that may match.
        self._candidates: dict[int, Any] = {}
        #: Per trigger, the branches to search: the uncovered ones and those with candidates.
        self._todo: list[tuple[int, ...]] = scanner.triggers
        if scanner.accelerator is not None:
            candidates = scanner.accelerator.scan(text.padded, text.starts)
            if candidates is None:
                scanner.read_all()
            else:
                self._candidates = candidates
                # Only the triggers of a branch with candidates get more than their uncovered
                # branches (most get none on a text): the others keep the scanner's tuples.
                uncovered, owners = scanner.uncovered, scanner.owners
                grown: dict[int, list[int]] = {}
                for number in candidates:
                    for trigger in owners[number]:
                        numbers = grown.get(trigger)
                        if numbers is None:
                            numbers = grown[trigger] = list(uncovered[trigger])
                        numbers.append(number)
                if grown:
                    todo = list(uncovered)
                    for trigger, numbers in grown.items():
                        todo[trigger] = tuple(numbers)
                    self._todo = todo
                else:
                    self._todo = uncovered

    def searched(self, trigger: int) -> bool:
        """Whether finding the trigger's lines takes a search (else :meth:`lines` is ``[]``: the
        accelerator saw none of its branches match)."""
        return bool(self._todo[trigger])

    def lines(self, trigger: int) -> list[int]:
        """The sorted lines the ``trigger``-th trigger matches in."""
        numbers = self._todo[trigger]
        if not numbers:
            return []
        found: Optional[set[int]] = None
        first: list[int] = []
        known = self._lines
        steps = self.scanner.steps
        shared = self.scanner.shared
        exact = self.scanner.exact
        candidates = self._candidates
        text = self.text
        for number in numbers:  # the inner loop of a run without the accelerator: kept tight
            lines = known.get(number) if shared[number] else None
            if lines is None:
                step = steps[number]
                hint = candidates.get(number)
                if hint is not None:
                    lines = hint if number in exact else \
                        branch_lines(step, text, None if hint is True else hint)
                elif step[3] and absent(step, text):
                    lines = []
                else:
                    lines = branch_lines(step, text)
                if shared[number]:
                    known[number] = lines
            if not lines:
                continue
            if found is None:
                if not first:
                    first = lines
                    continue
                found = set(first)
            found.update(lines)
        return first if found is None else sorted(found)
