"""``newslint``: the command-line entry point. Parses options, wires the stages, maps errors to exit codes.

Everything that can go wrong on the user's side ends here as one line on standard error and a
documented exit code (see ``newslint --help``); never as a traceback.
"""

from __future__ import annotations

import contextlib
import copy
import os
import sys
from collections import Counter
from typing import IO, Iterator, Optional, Sequence

from newslint import __version__
from newslint.atomic import remove_pending
from newslint.config import ConfigError, load_settings
from newslint.plugins import PluginError, Plugins, load_plugins
from newslint.settings import Settings
from newslint.violation import Severity, Violation

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Text from JSON records may hold lone surrogates ("\ud800"): print them escaped, never crash.
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        if argv and argv[0] in ("rule", "rules"):
            from newslint.ruledocs import main as rules_main

            return rules_main(argv)
        if argv and argv[0] == "test-rules":
            from newslint.ruletester import main as test_rules_main

            return test_rules_main(argv)
        if argv and argv[0] == "clean-cache":
            from newslint.cache import clean_main

            return clean_main(argv[1:])
        if argv and argv[0] == "warm":
            return warm(argv[1:])
        return run(argv)
    except (ConfigError, PluginError) as error:
        _error(str(error))
        return EXIT_ERROR
    except KeyboardInterrupt:
        remove_pending()  # a temporary file the interruption caught before its writer's cleanup
        _error("interrupted")
        _end_now_if_pooled(EXIT_INTERRUPTED)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`newslint … | head -1`): stop quietly, as cat does.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        remove_pending()
        _end_now_if_pooled(EXIT_FINDINGS)
        return EXIT_FINDINGS
    except OSError as error:  # the report or baseline cannot be written: the user's to fix
        where = f"{error.filename}: " if error.filename else ""
        _error(f"{where}{error.strerror or error}")
        return EXIT_ERROR
    except Exception as error:  # the last net: one line, never a traceback
        _error(f"internal error: {type(error).__name__}: {error} "
               f"(newslint {__version__}; please report this)")
        return EXIT_ERROR


def _end_now_if_pooled(code: int) -> None:
    """End the process at once with ``code`` when this run started a pool that it stopped early.

    The stopped pool's thread may be blocked on a worker's half-sent result, which the interpreter
    would wait for at exit, and the pool's exit hook writes to a wake-up pipe the early shutdown
    may have closed ("Exception ignored in … threading"): neither may follow a report the user
    already has. The report, the cache entries and the temporary files are dealt with by then;
    nothing else is pending."""
    if not _pool_started():
        return
    # The pool is still running when the exception's traceback keeps the generator that owns it
    # alive (it shuts the pool down only when closed): stop its workers first.
    from newslint.parallel import stop_workers

    stop_workers()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def _pool_started() -> bool:
    """Whether this run started worker processes (the module is imported only to do so)."""
    parallel = sys.modules.get("newslint.parallel")
    return bool(parallel is not None and getattr(parallel, "started", False))


def _error(message: str) -> None:
    with contextlib.suppress(OSError):
        sys.stderr.write(f"newslint: error: {message}\n")
        sys.stderr.flush()


def configure(argv: Sequence[str]):
    """Parse arguments and configuration into (args, settings, plugins).

    The configuration and plugins are loaded first (``-p``, autoload, ``--config`` and
    ``--isolated`` are read ahead), so that plugins' ``newslint_addoption`` can add options before
    the command line is parsed. The values of those
    options reach plugins as ``settings.plugin_options`` (dest → value) in ``newslint_configure``.
    """
    from newslint.options import apply_arguments, build_parser, parse_early_arguments
    from newslint.selection import check_entries

    early = parse_early_arguments(argv)
    # The configuration is read first: its local plugins and declarative rules are plugins too.
    from_config = load_settings(early.config, early.isolated)
    plugins = load_plugins(early.blocked, early.extra, early.autoload,
                           local=from_config.local_plugins, custom_rules=from_config.custom_rules)
    parser = build_parser()
    own_options = set(vars(parser.parse_args([])))
    plugins.manager.hook.newslint_addoption(parser=parser)
    args = parser.parse_args(argv)
    if from_config.config_path:
        prefix = "tool.newslint." if from_config.config_path.endswith("pyproject.toml") else ""
        check_entries(from_config, plugins.rules, f"{from_config.config_path}: {prefix}")
    settings = apply_arguments(copy.deepcopy(from_config), args)
    settings.plugin_options = {dest: value for dest, value in vars(args).items()
                               if dest not in own_options}
    _check_plugin_failures(plugins, settings)
    plugins.manager.hook.newslint_configure.call_historic(kwargs={"settings": settings})
    return args, settings, plugins


def _check_plugin_failures(plugins: Plugins, settings: Settings) -> None:
    loaded = {info.distribution.lower() for info in plugins.infos} | {
        info.name.lower() for info in plugins.infos}
    for name, distribution, error in plugins.failures:
        message = f"plugin {name!r} from {distribution} failed to load: {error}"
        if any(distribution.lower().startswith(required.lower()) or name == required
               for required in settings.require_plugins):
            raise PluginError(message)
        _warn(message)
    missing = [r for r in settings.require_plugins if r.lower() not in loaded]
    if missing:
        raise PluginError(f"required plugins not loaded: {', '.join(missing)}")


def _warn(message: str) -> None:
    with contextlib.suppress(OSError):
        sys.stderr.write(f"newslint: warning: {message}\n")


def warm(argv: Sequence[str]) -> int:
    """``newslint warm [OPTIONS]``: compile the scan accelerator of the rules these options and
    the configuration select (see :mod:`newslint.warm`)."""
    from newslint.engine import Linter
    from newslint.warm import HELP, main as warm_main

    if "-h" in argv or "--help" in argv:
        print(HELP, end="")
        return EXIT_OK

    def build() -> Linter:
        _, settings, plugins = configure(argv)
        return Linter(settings, plugins)

    return warm_main(build)


def run(argv: Sequence[str]) -> int:
    from newslint.engine import Linter
    from newslint.options import parse_jobs, version_line

    args, settings, plugins = configure(argv)
    if args.version:
        print(version_line(plugins.infos))
        for header in plugins.manager.hook.newslint_report_header():
            if header:
                print(" ".join(str(header).split()))
        return EXIT_OK
    linter = Linter(settings, plugins)
    formatter_class = plugins.manager.hook.newslint_formatter(name=args.format)
    if formatter_class is None:
        raise ConfigError(f"--format {args.format!r}: unknown output format")
    if "%(" in args.format:
        from newslint.formatters.template import check_template

        try:
            check_template(args.format)
        except ValueError as error:
            raise ConfigError(f"--format: {error}") from None
    jobs = parse_jobs(args.jobs)
    paths = args.paths or ["."]

    baseline = None
    if settings.baseline and not args.write_baseline:
        from newslint.baseline import Baseline

        baseline = Baseline.load(settings.baseline)

    from newslint.run import Run

    from newslint.progress import progress_for

    progress = progress_for(args.progress, getattr(formatter_class, "human", False))
    # A fixing run reads and writes the files itself: it neither uses nor fills the cache.
    cache = None
    if settings.fix is None:
        from newslint.cache import for_run

        cache = for_run(args, linter)

    def make_run(linter: Linter, progress=None, paths=paths):
        if args.dask:
            from newslint.dask import DaskRun

            return DaskRun(linter, paths, args.dask, stdin_display_name=args.stdin_display_name,
                           progress=progress)
        return Run(linter, paths, stdin_display_name=args.stdin_display_name, jobs=jobs,
                   progress=progress, cache=cache)

    if settings.fix is not None and "-" not in paths:
        from newslint.fix.corpus import with_corpus_plan

        # Corpus rules' fixes: a pre-pass judges the corpus first. A named pipe can be read only
        # once (and cannot be rewritten): the fixing run reads it, the pre-pass does not.
        readable_twice = [path for path in paths if not _is_pipe(path)]
        settings.fix = with_corpus_plan(
            linter, lambda pre: make_run(pre, paths=readable_twice)) or settings.fix
    lint_run = make_run(linter, progress)

    session = None
    if settings.fix is not None:
        from newslint.fix.session import FixSession

        session = FixSession(args, settings.fix)
        lint_run.on_fix = session.take
    violations: Iterator[Violation] = lint_run.violations()
    if args.write_baseline:
        from newslint.baseline import write_baseline

        count = write_baseline(args.write_baseline, violations)
        print(f"newslint: wrote {count} findings to {args.write_baseline}", file=sys.stderr)
        return EXIT_OK
    if baseline is not None:
        if session is None:
            violations = baseline.filter(violations)

    from newslint.report_source import report_documents

    # Fixing standard input writes the fixed text to standard output: the report goes to stderr.
    to_stderr = session is not None and not session.diff and "-" in paths
    with _report_stream(args.output_file, args.tee, to_stderr) as stream, report_documents(
            formatter_class, plugins, settings, paths, args.stdin_display_name,
            args.report_group_by) as documents:
        counts = _report(args, plugins, linter, formatter_class, stream, violations, lint_run,
                         documents, session)
    from newslint.warm import compile_ahead

    # A small run scanned without the accelerator: compile it for the next runs, in the background.
    compile_ahead(linter, argv)
    if baseline is not None and session is not None:
        baseline.consume(session.baseline_used)
    if baseline is not None and baseline.stale:
        _warn(f"{baseline.stale} baseline entries in {baseline.path} match no finding any more "
              f"(refresh with --write-baseline)")
    failing = sum(n for severity, n in counts.items() if Severity(severity).rank >= Severity(
        settings.fail_on).rank) if settings.fail_on != "info" else sum(counts.values())
    status = EXIT_OK if args.exit_zero or not failing else EXIT_FINDINGS
    if session is not None:
        session.closing(sum(counts.values()))
        return session.exit_status(status)
    return status


def _is_pipe(path: str) -> bool:
    import stat

    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        return False


def _report(args, plugins: Plugins, linter, formatter_class, stream: IO[str],
            violations: Iterator[Violation], lint_run, documents=None, session=None) -> Counter:
    from newslint.formatters.base import ReportOptions, RunStats
    from newslint.formatters.color import use_color

    human = getattr(formatter_class, "human", False)
    color = human and use_color(args.color, stream)
    options = ReportOptions(stream=stream, color=color, show_source=args.show_source,
                            rules=plugins.rules, tool_version=__version__,
                            template=args.format if "%(" in args.format else None,
                            documents=documents, group_by=tuple(args.report_group_by),
                            max_documents=args.report_max_documents, show_fixes=args.show_fixes)
    formatter = formatter_class(options)
    # --diff prints diffs only; --fix-only reports nothing of what remains.
    quiet = 2 if session is not None and session.diff else args.quiet
    shown = session is None or session.report_remaining
    if session is not None:
        session.formatter = formatter
    severities: Counter = Counter()
    per_code: Counter = Counter()
    first_message: dict[str, str] = {}
    reported_paths: set[str] = set()
    if quiet < 1:
        formatter.start()
    for violation in violations:
        severities[violation.severity] += 1
        per_code[violation.code] += 1
        first_message.setdefault(violation.code, violation.message)
        if session is not None:
            session.remains(violation)
        if not shown:
            continue
        if quiet == 0:
            formatter.handle(violation)
        elif quiet == 1 and violation.path not in reported_paths:
            reported_paths.add(violation.path)
            stream.write(violation.path + "\n")
    counts = lint_run.counts
    if quiet < 1:
        formatter.stop(RunStats(files=counts.files, documents=counts.documents,
                                violations=sum(per_code.values()), paths=counts.paths))
    if args.statistics and human and shown:
        for code in sorted(per_code):
            stream.write(f"{per_code[code]:<5} {code} {first_message[code]}\n")
    if args.count and shown:
        total = sum(per_code.values())
        if human:
            stream.write(f"{total}\n")
        else:
            print(total, file=sys.stderr)
    return severities


@contextlib.contextmanager
def _report_stream(output_file: Optional[str], tee: bool, to_stderr: bool = False) -> Iterator[IO[str]]:
    """Standard output (standard error when ``to_stderr``), or an output file written atomically
    (and standard output too with --tee)."""
    if not output_file:
        stream = sys.stderr if to_stderr else sys.stdout
        yield stream
        stream.flush()
        return
    from newslint.atomic import atomic_write

    with atomic_write(output_file) as handle:
        yield _Tee(handle, sys.stdout) if tee else handle


class _Tee:
    def __init__(self, *streams: IO[str]):
        self.streams = streams

    def write(self, text: str) -> int:
        for stream in self.streams:
            stream.write(text)
        return len(text)

    def flush(self) -> None:
        for stream in self.streams:
            stream.flush()

    def isatty(self) -> bool:
        return False
