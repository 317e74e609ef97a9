"""The house's layers, checked on the source: data flows one way (readers → document → article →
rules → engine → formatters). The article model imports nothing above it, and rules import only
the model and the rule API, so a rule can be read, tested and moved on its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

#: The per-document model: a document, its language, its article and who it credits; and beneath
#: it, the store of compiled regular expressions (as plain a tool as ``re``, which it stands for).
MODEL = {"newslint.document", "newslint.language", "newslint.lazy", "newslint.article",
         "newslint.credits", "newslint.names", "newslint.outlets", "newslint.compiled",
         "newslint.store"}
#: What a rule is written against besides the model.
RULE_API = {"newslint", "newslint.rule", "newslint.violation", "newslint.locate"}


def _imports(path: Path) -> set[str]:
    """The newslint modules ``path`` imports, anywhere in it (in functions too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name == "newslint" or name.startswith("newslint.")}


@pytest.mark.parametrize("module", sorted(MODEL))
def test_the_model_imports_nothing_above_it(module):
    path = REPO / (module.replace(".", "/") + ".py")
    assert _imports(path) <= MODEL, sorted(_imports(path) - MODEL)


@pytest.mark.parametrize("path", sorted((REPO / "rules").glob("*.py")), ids=lambda path: path.name)
def test_rules_import_only_the_model_and_the_rule_api(path):
    allowed = MODEL | RULE_API
    above = {name for name in _imports(path)
             if name not in allowed and not name.startswith("newslint.rules")}
    assert not above, sorted(above)
