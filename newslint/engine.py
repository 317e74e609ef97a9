"""The engine: run the enabled rules over one document and turn their hits into violations.

Per document: parse once into an article; scan the text with every line rule's trigger
(:mod:`newslint.scan`: compiled once per run) and offer each rule the lines its trigger matches;
run the article rules; let the corpus rules collect their state. Every rule call is isolated and timed (one
:class:`~newslint.timeout.laps` slot per document, a fresh budget per call): an exception becomes
an ``NL901`` finding for that document, a timeout an ``NL902``, a span outside the text an
``NL903``, and the run goes on. Selection, per-file ignores and
inline suppressions are applied here, so every output path (one process, ``--jobs``, Dask) reports
the same findings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Literal, Optional

from newslint.article import Article, parse
from newslint.config import check_rule_options
from newslint.document import Document
from newslint.locate import Anchor, locate, violation
from newslint.plugins import Plugins, plugins_for
from newslint.rule import (ArticleRule, ContextRule, CorpusHit, CorpusRule, LineRule, Rule, names_of,
                           remove_line)
from newslint.selection import Selection
from newslint.settings import Settings
from newslint.suppress import Suppressions
from newslint.scan import Scan, Scanner
from newslint.timeout import RuleTimeout, budget, laps
from newslint.violation import Edit, Fix, Hit, Violation


def hit_fix(article: Article, rule: Rule, hit: Hit) -> "Fix | None | Literal[False]":
    """The fix of a rule's hit: the flagged line's removal for a rule declared
    ``Fixable("remove-line", …)``, else the hit's own fix, safe only when both the hit and the
    rule's declaration say so (no declaration: unsafe). ``False`` when the hit's fix is malformed
    (edits outside the text, out of order or overlapping)."""
    declared = rule.fix
    if declared is not None and declared.how == "remove-line":
        return remove_line(article.line_at(hit.start), safe=declared.safe)
    fix = hit.fix
    if fix is None:
        return None
    if not well_formed(fix, len(article.text)):
        return False
    safe = bool(fix.safe) and declared is not None and declared.safe
    return fix if safe == fix.safe else Fix(tuple(fix.edits), safe)


def well_formed(fix: Any, length: int) -> bool:
    """Whether ``fix`` is a :class:`Fix` of edits inside a text of ``length``, in order, disjoint."""
    if not isinstance(fix, Fix) or not isinstance(fix.edits, tuple) or not fix.edits:
        return False
    previous = None
    for edit in fix.edits:
        if not (isinstance(edit, Edit) and isinstance(edit.start, int) and isinstance(edit.end, int)
                and isinstance(edit.replacement, str) and 0 <= edit.start <= edit.end <= length):
            return False
        if previous is not None and (edit.start < previous.end or edit.start == edit.end == previous.start
                                     == previous.end):
            return False
        previous = edit
    return True


def builtin_triggers(rules: Iterable[type[Rule]]) -> list[str]:
    """The triggers of the loaded built-in line rules (``newslint.rules``), selected or not."""
    return [rule.trigger for rule in rules
            if issubclass(rule, LineRule) and rule.__module__.startswith("newslint.rules.")]


def _listed(check: Callable[..., Optional[Iterable[Any]]], *args: Any) -> list[Any]:
    """A rule's hits as a list (a check may return any iterable, or ``None``)."""
    return list(check(*args) or ())


@dataclass
class CorpusState:
    """Mergeable corpus-rule states, keyed by rule code."""

    states: dict[str, Any] = field(default_factory=dict)


class Linter:
    """The enabled rules of one configuration, ready to lint documents."""

    def __init__(self, settings: Settings, plugins: Optional[Plugins] = None,
                 accelerate: Optional[bool] = None):
        self.settings = settings
        self.plugins = plugins or plugins_for(settings)
        check_rule_options(settings, self.plugins.rules)
        self.selection = Selection(settings, self.plugins.rules)
        self.rules: list[Rule] = []
        for code, rule_class in self.plugins.rules.items():
            if rule_class.kind == "problem" or not self.selection.enabled(code):
                continue
            options = next((settings.rule_options[key] for key in (*names_of(rule_class), code)
                            if key in settings.rule_options), None)
            self.rules.append(rule_class(options))
        self.line_rules = [rule for rule in self.rules if isinstance(rule, LineRule)]
        self.article_rules = [rule for rule in self.rules if isinstance(rule, ArticleRule)]
        self.corpus_rules = [rule for rule in self.rules if isinstance(rule, CorpusRule)]
        self.context_rules = [rule for rule in self.rules if isinstance(rule, ContextRule)]
        #: Every line rule's trigger, compiled once (``accelerate``: see :class:`Scanner`). The
        #: accelerator's database of the built-in rules' triggers is one for every selection.
        self.scanner = Scanner([rule.trigger for rule in self.line_rules], accelerate,
                               universe=builtin_triggers(self.plugins.rules.values()))

    # -- one document -----------------------------------------------------------------------------

    def lint(self, document: Document, corpus: Optional[CorpusState] = None) -> list[Violation]:
        """All kept violations for ``document``, sorted by position.

        When ``corpus`` is given, the corpus rules add their per-document state to it.
        """
        found: list[Violation] = []
        self._spent: dict[int, float] = {}  # rule → seconds used on this document
        for problem in document.problems:
            self._report_problem(document, problem.code, problem.message, problem.line,
                                 problem.col, found)
        if document.readable:
            article = parse(document)
            for rule, hits in self._run_rules(article):
                self._keep_hits(article, rule, hits, found)
            if corpus is not None:
                for rule in self.corpus_rules:
                    self._collect(rule, article, corpus, found)
            article.release()  # (the model's reference cycles: see Article.release)
        found = self._filter(document, found)
        found.sort(key=Violation.sort_key)
        return found

    def _run_rules(self, article: Article) -> list[tuple[Rule, Any]]:
        """(rule, hits) for every line, article and context rule that found something (the
        context rules after the others, told the paragraphs those flagged); a crash gives
        (rule, exception). Each call is isolated and timed with what is left of the rule's budget
        for this document (``rule-timeout`` is per rule and document, summed over its calls)."""
        limit = self.settings.rule_timeout
        spent = self._spent
        found: list[tuple[Rule, Any]] = []
        line_rule_hits = self._line_rule_hits
        scan = self.scanner.scan(article.text, article.line_starts)
        with laps() as clock:

            def run(rule: Rule, check: Callable[..., Any], *args: Any) -> None:
                try:
                    clock.start(limit, limit)
                    hits = check(*args)
                    spent[id(rule)] = clock.stop()
                except (Exception, RuleTimeout) as error:  # a rule's bug must not stop the run
                    spent[id(rule)] = clock.stop()
                    hits = error
                if hits:
                    found.append((rule, hits))

            for number, rule in enumerate(self.line_rules):
                if scan.searched(number):  # (else nothing to search, no line to offer: no call)
                    run(rule, line_rule_hits, rule, scan, number, article)
            for rule in self.article_rules:
                run(rule, _listed, rule.check, article)
            if self.context_rules:
                junk = self._junk_paragraphs(article, found)
                for rule in self.context_rules:
                    run(rule, _listed, rule.check_context, article, junk)
        return found

    @staticmethod
    def _junk_paragraphs(article: Article, found: list[tuple[Rule, Any]]) -> frozenset[int]:
        """The ordinals of the paragraphs that a line-removing rule of the run flagged, for the
        context rules (malformed hits are left for :meth:`_keep_hits` to report)."""
        length = len(article.text)
        ordinals = set()
        for rule, hits in found:
            if isinstance(hits, BaseException) or rule.fix is None or rule.fix.how != "remove-line":
                continue
            for hit in hits:
                if isinstance(hit, Hit) and isinstance(hit.start, int) and 0 <= hit.start < length:
                    ordinals.add(article.line_at(hit.start).ordinal)
        ordinals.discard(-1)
        return frozenset(ordinals)

    @staticmethod
    def _line_rule_hits(rule: LineRule, scan: Scan, number: int, article: Article) -> list[Any]:
        """Offer each line the rule's trigger (the ``number``-th) matches in to the rule, in order.

        The scan searches the rule's trigger branches here, inside the rule's time budget: a
        trigger that is slow on some text times out as its rule.
        """
        hits: list[Any] = []
        line = article.line
        check_line = rule.check_line
        for index in scan.lines(number):
            hits.extend(check_line(line(index), article) or ())
        return hits

    def _collect(self, rule: CorpusRule, article: Article, corpus: CorpusState,
                 found: list[Violation]) -> None:
        limit = self.settings.rule_timeout
        try:
            with budget(limit - self._spent.get(id(rule), 0.0), limit):
                state = rule.collect(article)
            previous = corpus.states.get(rule.code)
            corpus.states[rule.code] = state if previous is None else rule.merge(previous, state)
        except (Exception, RuleTimeout) as error:
            self._report_crash(article.document, rule, error, found)

    # -- hits to violations -----------------------------------------------------------------------

    def _keep_hits(self, article: Article, rule: Rule, hits: Any, found: list[Violation]) -> None:
        document = article.document
        if isinstance(hits, BaseException):
            self._report_crash(document, rule, hits, found)
            return
        length = len(document.text)
        for hit in hits:
            if not isinstance(hit, Hit) or not isinstance(hit.start, int) or not isinstance(hit.end, int) \
                    or not isinstance(hit.message, str):
                self._report_rule_problem(document, "NL903", f"rule {rule.code} ({rule.name}) "
                                          f"reported a malformed finding: {hit!r:.80}", found)
                continue
            if not 0 <= hit.start <= hit.end <= length:
                self._report_rule_problem(
                    document, "NL903", f"rule {rule.code} ({rule.name}) reported span "
                    f"{hit.start}..{hit.end} outside the text (length {length})", found)
                continue
            anchor = locate(document, hit.start, hit.end, rule.code)
            fix = hit_fix(article, rule, hit)
            if fix is False:
                self._report_rule_problem(document, "NL903", f"rule {rule.code} ({rule.name}) "
                                          f"proposed a malformed fix: {hit.fix!r:.80}", found)
                fix = None
            found.append(violation(anchor, rule.code, rule.name, hit.message, rule.severity, fix))

    def _report_crash(self, document: Document, rule: Rule, error: BaseException,
                      found: list[Violation]) -> None:
        if isinstance(error, RuleTimeout):
            message = f"rule {rule.code} ({rule.name}) timed out after {error.seconds:g} s"
            self._report_rule_problem(document, "NL902", message, found)
        else:
            message = f"rule {rule.code} ({rule.name}) crashed: {type(error).__name__}: {error}"
            self._report_rule_problem(document, "NL901", message, found)

    def _report_rule_problem(self, document: Document, code: str, message: str,
                             found: list[Violation]) -> None:
        self._report_problem(document, code, message, 1, 1, found)

    def _report_problem(self, document: Document, code: str, message: str, line: int, col: int,
                        found: list[Violation]) -> None:
        rule = self.plugins.rules.get(code)
        name = rule.name if rule else "problem"
        severity = rule.severity if rule else "error"
        if document.record is None:
            anchor = Anchor(document.path, line, col, line, col, "", f"{code}:{document.path}")
        else:
            anchor = Anchor(document.path, document.record, 1, document.record, 1, "",
                            f"{code}:{document.path}#{document.record}", document.record,
                            document.record_id, document.field, line, col)
        found.append(violation(anchor, code, name, message, severity))

    def _filter(self, document: Document, found: list[Violation]) -> list[Violation]:
        selection = self.selection
        kept = [v for v in found if selection.enabled(v.code)
                and not selection.ignored_for(document.path, v.code)]
        if kept and document.readable and "newslint:" in document.text:
            suppressions = Suppressions.parse(document.text)
            kept = [v for v in kept
                    if not suppressions.suppressed(v.field_line or v.line, v.code, v.name)]
        return kept

    # -- the corpus -------------------------------------------------------------------------------

    def merge(self, left: CorpusState, right: CorpusState) -> CorpusState:
        """Combine two corpus states (from two processes, partitions or workers)."""
        merged = CorpusState(dict(left.states))
        for rule in self.corpus_rules:
            if rule.code in right.states:
                if rule.code in merged.states:
                    merged.states[rule.code] = rule.merge(merged.states[rule.code],
                                                          right.states[rule.code])
                else:
                    merged.states[rule.code] = right.states[rule.code]
        return merged

    def seed(self, corpus: CorpusState) -> Optional[CorpusState]:
        """Where a worker's next batch starts, given the run's corpus state so far (see
        :meth:`CorpusRule.seed`); ``None`` when no rule gives a head start."""
        seeded: dict[str, Any] = {}
        for rule in self.corpus_rules:
            if rule.code not in corpus.states:
                continue
            try:
                start = rule.seed(corpus.states[rule.code])
            except Exception:  # noqa: BLE001 - a seed only saves reading: without it, still right
                continue
            if start is not None:
                seeded[rule.code] = start
        return CorpusState(seeded) if seeded else None

    def judge(self, corpus: CorpusState) -> list[Violation]:
        """The corpus rules' findings, once every document has been collected."""
        found: list[Violation] = []
        for rule in self.corpus_rules:
            if rule.code not in corpus.states:
                continue
            try:
                hits = list(rule.judge(corpus.states[rule.code]))
            except Exception as error:
                message = f"corpus rule {rule.code} ({rule.name}) crashed: {type(error).__name__}: {error}"
                found.append(violation(Anchor("<corpus>", 1, 1, 1, 1, "", rule.code), "NL901",
                                       "rule-crashed", message, "error"))
                continue
            for hit in hits:
                if isinstance(hit, CorpusHit):
                    found.append(violation(hit.anchor, rule.code, rule.name, hit.message,
                                           rule.severity))
        kept = [v for v in found if not self.selection.ignored_for(v.path, v.code)]
        kept.sort(key=Violation.sort_key)
        return kept
