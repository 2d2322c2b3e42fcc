"""A module-level name bound twice in one module: the later binding silently replaces the
earlier one for every function that reads it, including the functions written beside the
earlier one (engine.py had two `FIGURE`s and two `ASKED_BACK`s: `_asking_part`, written
for "it"/"that", read "do you"; the figure-with-its-unit reader read bare digits)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(
    path
    for package in ("bots", "rooms", "accounts", "chatsite")
    for path in (ROOT / package).rglob("*.py")
    if "migrations" not in path.parts
)


def bound(tree: ast.Module) -> list[tuple[str, int]]:
    """Each name the module's top level binds, with its line."""
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names += [((a.asname or a.name).split(".")[0], node.lineno) for a in node.names]
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path):
    seen: dict[str, int] = {}
    twice = []
    for name, line in bound(ast.parse(path.read_text())):
        if name in seen:
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen.setdefault(name, line)
    assert twice == []


def test_a_name_bound_twice_is_found():
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\nimport os\nfrom x import os\n")
    names = [name for name, _ in bound(tree)]
    assert names == ["A", "f", "A", "os", "os"]
