"""setup.py's optional compiled coder (`TENSIONWATCH_COMPILE=1`): which modules it compiles,
and that the default build stays pure Python."""

from __future__ import annotations

import ast
import builtins
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = ROOT / "services" / "tensionwatch" / "domain"


def _setup() -> dict[str, object]:
    return runpy.run_path(str(ROOT / "setup.py"), run_name="setup_under_test")


def test_every_compiled_module_exists() -> None:
    compiled = _setup()["COMPILED"]
    assert isinstance(compiled, tuple) and compiled
    missing = [name for name in compiled if not (DOMAIN / f"{name}.py").is_file()]
    assert missing == []


def test_no_compiled_module_subclasses_a_builtin_type() -> None:
    """mypyc cannot compile a class derived from dict, str, KeyError, ... (Exception itself
    is fine): such a module breaks the compiled build (`cameo` and `actor_data` are left out
    for that)."""
    allowed = {"object", "Exception", "BaseException"}
    offending = []
    for name in _setup()["COMPILED"]:  # type: ignore[attr-defined]
        tree = ast.parse((DOMAIN / f"{name}.py").read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    base_name = base.value if isinstance(base, ast.Subscript) else base
                    if (
                        isinstance(base_name, ast.Name)
                        and base_name.id not in allowed
                        and isinstance(getattr(builtins, base_name.id, None), type)
                    ):
                        offending.append(f"{name}.{node.name}")
    assert offending == []


def test_default_build_is_pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TENSIONWATCH_COMPILE", raising=False)
    options = _setup()["_options"]
    assert callable(options)
    assert options() == {}
