"""No module of the service binds one top-level name twice.

A rule table or function defined a second time lower in its module silently replaces the
first, and every rule that read the first reads the second (round 48 found a word table
redefined this way; mypy only reports it when the name is `Final`, and ruff only for imports
and functions that were never used in between). A later binding that reads the name itself
(`REFERRING = REFERRING | REHEARSING`) extends the first value and is allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "services"


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [target.id for target in node.targets if isinstance(target, ast.Name)]
    if isinstance(node, ast.AnnAssign) and node.value is not None:
        return [node.target.id] if isinstance(node.target, ast.Name) else []
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    return []


def _reads(node: ast.stmt, name: str) -> bool:
    value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
    if value is None:
        return False
    return any(isinstance(sub, ast.Name) and sub.id == name for sub in ast.walk(value))


def rebound(source: str) -> list[str]:
    """Top-level names of `source` bound again without reading their first value."""
    seen: set[str] = set()
    found: list[str] = []
    for node in ast.parse(source).body:
        for name in _bound(node):
            if name in seen and not _reads(node, name):
                found.append(name)
            seen.add(name)
    return found


def test_a_constant_bound_twice_is_found() -> None:
    assert rebound("WORDS = {'a'}\nOTHER = 1\nWORDS = {'b'}\n") == ["WORDS"]


def test_an_annotated_rebinding_and_a_second_function_are_found() -> None:
    source = "from typing import Final\nA: Final = 1\nA: int = 2\ndef f(): pass\ndef f(): pass\n"
    assert rebound(source) == ["A", "f"]


def test_a_rebinding_that_extends_the_first_value_is_allowed() -> None:
    assert rebound("WORDS = frozenset({'a'})\nWORDS = WORDS | {'b'}\n") == []


def test_names_bound_inside_functions_are_not_top_level() -> None:
    assert rebound("def f():\n    x = 1\n    x = 2\n    return x\n") == []


def test_no_service_module_binds_a_top_level_name_twice() -> None:
    modules = sorted(SERVICES.rglob("*.py"))
    assert len(modules) > 40
    offending = {
        str(path.relative_to(SERVICES)): names
        for path in modules
        if (names := rebound(path.read_text("utf-8")))
    }
    assert offending == {}
