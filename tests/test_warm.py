"""Compiling the scan accelerator ahead: ``newslint warm``, and the compile a small run starts in
the background so that the next small runs (a pre-commit hook's) load it instead of scanning
without it."""

from __future__ import annotations

import os
import time

import pytest

from newslint import store as store_module, warm as warm_module
from newslint.engine import Linter
from newslint.scan import accelerator as accelerator_module, accelerator_available
from newslint.settings import Settings

needs_accelerator = pytest.mark.skipif(not accelerator_available(),
                                       reason="the scan accelerator is not installed")


def _wait_for(state, what: str, limit: float = 900.0) -> None:
    """Wait until ``state()`` holds (the limit only stops a broken compile from hanging the suite)."""
    deadline = time.monotonic() + limit
    while not state():
        assert time.monotonic() < deadline, f"still waiting for {what}"
        time.sleep(0.1)


@needs_accelerator
def test_a_small_run_compiles_the_accelerator_in_the_background_for_the_next(tmp_path, newslint_cli):
    store = tmp_path / "store"
    env = {"NEWSLINT_SCAN_STORE": str(store), "NEWSLINT_COMPILE_AHEAD": "1"}
    quiet = newslint_cli(["seeds/", "--no-cache"], env={**env, "NEWSLINT_COMPILE_AHEAD": "0"})
    # Turned off: nothing started, no database kept (the patterns it compiled are: see
    # tests/test_compiled.py).
    assert not (store / warm_module.LOCK_NAME).exists() and not list(store.glob("*.hsdb"))

    first = newslint_cli(["seeds/", "--no-cache"], env=env)
    # The report is the run's own, whatever happens after it.
    assert (first.returncode, first.stdout, first.stderr) == (quiet.returncode, quiet.stdout, quiet.stderr)
    # The run took the lock before it ended; the compile it started removes it when it is done.
    lock = store / warm_module.LOCK_NAME
    assert lock.exists() or list(store.glob("*.hsdb"))
    _wait_for(lambda: not lock.exists() and list(store.glob("*.hsdb")), "the background compile")

    ready = newslint_cli(["warm"], env=env)
    assert ready.returncode == 0, ready.stderr
    assert ready.stdout.startswith("newslint: the scan accelerator is ready (")
    assert f"kept in {store}" in ready.stdout

    # The next small run loads it: it starts nothing.
    again = newslint_cli(["seeds/", "--no-cache"], env=env)
    assert again.stdout == quiet.stdout
    assert not lock.exists()


def test_warm_says_so_when_the_accelerator_is_not_available(newslint_cli):
    result = newslint_cli(["warm"], env={"NEWSLINT_ACCELERATOR": "0"})
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == ("newslint: the scan accelerator is not available here (pip install "
                             "'newslint[fast]'); runs use the exact scan\n")


def test_a_background_compile_gives_its_lock_back_even_when_it_fails(newslint_cli, tmp_path):
    lock = tmp_path / warm_module.LOCK_NAME
    lock.write_text("1\n", encoding="utf-8")
    result = newslint_cli(["warm", "--config", str(tmp_path / "missing.toml")],
                          env={warm_module.LOCK_ENV: str(lock)})
    assert result.returncode == 2 and result.stderr.startswith("newslint: error: ")
    assert not lock.exists()


def test_warm_has_help_of_its_own(newslint_cli):
    result = newslint_cli(["warm", "--help"])
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("usage: newslint warm [OPTIONS]\n")


def test_warm_reads_the_options_of_a_run(newslint_cli, tmp_path):
    result = newslint_cli(["warm", "--select", "NL999"])
    assert result.returncode == 2
    assert result.stderr.startswith("newslint: error: ")
    nothing = newslint_cli(["warm", "--select", "NL1"])  # no line rule among them
    assert nothing.returncode == 0
    assert nothing.stdout == "newslint: no line rule is selected: the scan has nothing to compile\n"


@needs_accelerator
def test_one_compile_at_a_time_and_a_left_over_lock_is_taken_over(tmp_path, monkeypatch):
    started: list[tuple[list[str], dict]] = []

    class Popen:
        def __init__(self, args, env=None, **_):
            started.append((args, env))

    monkeypatch.setattr(warm_module.subprocess, "Popen", Popen)
    monkeypatch.setattr(accelerator_module, "_DATABASES", {})
    monkeypatch.setattr(store_module, "_store", str(tmp_path / "store"))
    monkeypatch.setattr(store_module, "_store_given", True)
    monkeypatch.delenv("NEWSLINT_COMPILE_AHEAD", raising=False)
    linter = Linter(Settings())
    assert linter.scanner.pending

    assert warm_module.compile_ahead(linter, ["seeds/", "--select", "NL2"])
    lock = tmp_path / "store" / warm_module.LOCK_NAME
    assert lock.read_text(encoding="utf-8") == f"{os.getpid()}\n"
    [(args, env)] = started
    assert args[-5:] == ["newslint", "warm", "seeds/", "--select", "NL2"]
    assert env[warm_module.LOCK_ENV] == str(lock)

    assert not warm_module.compile_ahead(linter, ["seeds/"])  # one is compiling
    old = time.time() - warm_module.STALE_AFTER - 60
    os.utime(lock, (old, old))  # its compile was killed long ago
    assert warm_module.compile_ahead(linter, ["seeds/"])
    assert len(started) == 2

    lock.unlink()
    monkeypatch.setenv("NEWSLINT_COMPILE_AHEAD", "0")
    assert not warm_module.compile_ahead(linter, ["seeds/"])
    monkeypatch.delenv("NEWSLINT_COMPILE_AHEAD")
    monkeypatch.setattr(store_module, "_store", None)  # nowhere to keep it
    assert not warm_module.compile_ahead(linter, ["seeds/"])
    assert len(started) == 2
