"""setup.py's optional compiled coder (`TENSIONWATCH_COMPILE=1`): which modules it compiles,
and that the default build stays pure Python."""

from __future__ import annotations

import ast
import builtins
import runpy
import sys
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


def test_every_constant_of_a_compiled_module_is_annotated() -> None:
    """mypyc stops at a module constant whose type it must infer from another compiled
    module's when the two import each other ('Cannot determine type of ...'), though
    `mypy --strict` reads the cycle in another order and passes. Round 51's alias
    `acts.KIND_WORDS = existence.KIND_OPENERS` broke the image's build so. Every module-level
    name in upper case is annotated (`Final[...]`); type aliases and TypeVars (CapWords) and
    names unpacked from a call, whose type the callee declares, are left to inference. This
    catches the unannotated form only: a bare `Final` built from another module's constant
    (round 50's break) still shows only in the compiled build."""
    unannotated = []
    for name in _setup()["COMPILED"]:  # type: ignore[attr-defined]
        tree = ast.parse((DOMAIN / f"{name}.py").read_text("utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and not isinstance(node.value, ast.Call):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id.upper() == target.id:
                        unannotated.append(f"{name}.{target.id}")
    assert unannotated == []


def test_default_build_is_pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TENSIONWATCH_COMPILE", raising=False)
    options = _setup()["_options"]
    assert callable(options)
    assert options(["bdist_wheel"]) == {}


def test_metadata_alone_is_not_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENSIONWATCH_COMPILE", "1")
    options = _setup()["_options"]
    assert callable(options)
    assert options(["dist_info", "--output-dir", "x"]) == {}
    assert options(["egg_info"]) == {}


def test_a_build_with_the_variable_compiles_the_listed_modules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import mypyc.build

    calls: list[tuple[list[str], dict[str, object]]] = []

    def fake_mypycify(paths: list[str], **options: object) -> list[str]:
        calls.append((paths, options))
        return ["extension"]

    monkeypatch.setattr(mypyc.build, "mypycify", fake_mypycify)
    monkeypatch.setenv("TENSIONWATCH_COMPILE", "1")
    monkeypatch.delenv("MYPYC_OPT_LEVEL", raising=False)
    setup = _setup()
    assert setup["_options"](["bdist_wheel"]) == {"ext_modules": ["extension"]}  # type: ignore[operator]
    ((paths, options),) = calls
    assert paths == [f"services/tensionwatch/domain/{n}.py" for n in setup["COMPILED"]]  # type: ignore[attr-defined]
    assert options == {"group_name": "tensionwatch_coder", "opt_level": "1"}


def test_without_mypyc_the_build_asks_for_it_then_refuses_to_go_on_pure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pip first asks for the build requirements (egg_info): mypy is one. A build that still
    finds no mypyc stops, rather than shipping the pure-Python coder unasked."""
    monkeypatch.setitem(sys.modules, "mypyc.build", None)  # import fails
    monkeypatch.setenv("TENSIONWATCH_COMPILE", "1")
    options = _setup()["_options"]
    assert callable(options)
    requires = options(["egg_info"])["setup_requires"]
    assert any(r.startswith("mypy") for r in requires)
    with pytest.raises(SystemExit, match="needs mypy"):
        options(["bdist_wheel"])
