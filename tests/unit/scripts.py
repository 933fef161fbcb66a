"""Load one of the project's scripts (`scripts/NAME.py`, not a package) as a module, so a test can
call its functions."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def load_script(name: str, module_name: str | None = None) -> ModuleType:
    """`scripts/<name>.py` loaded afresh under `module_name` (default: the script's name)."""
    spec = importlib.util.spec_from_file_location(module_name or name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
