"""Rule docs are generated from the rules' docstrings (ruff-style) and must not drift."""

from __future__ import annotations

import re

from conftest import REPO, run_newslint


def test_docs_rules_md_is_generated_from_the_docstrings():
    result = run_newslint(["rules", "--format", "markdown", "--disable-plugin-autoload"])
    assert result.returncode == 0, result.stderr
    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == result.stdout, (
        "docs/rules.md is stale: regenerate it with "
        "'newslint rules --format markdown --disable-plugin-autoload > docs/rules.md'")


def test_every_built_in_rule_documents_what_why_and_an_example():
    text = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    pages = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    assert len(pages) >= 40
    for page in pages:
        code = page.split()[0]
        for section in ("What it flags", "Why it matters", "Example"):
            assert section in page, f"{code} has no '{section}' section"
