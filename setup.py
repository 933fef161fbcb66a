"""The package build (everything else is in pyproject.toml), with an optional compiled coder.

`TENSIONWATCH_COMPILE=1 pip wheel .` compiles the coder's pure-Python modules with mypyc
(shipped with mypy, the project's type checker): the same source, type-checked, turned into C
extensions that run the benchmark about 1.4 times as fast with every event unchanged
(docs/coder.md, Speed). The build then needs mypy (fetched as a build requirement) and a C
compiler. Without the variable the package is pure Python, as before. The `.py` files ship
either way; an extension module is imported before the source beside it.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import setup

# The modules of the sentence path. Not compiled: `models` (pydantic), `cameo` and
# `actor_data` (they subclass builtin types, which mypyc does not compile), and the modules
# off the per-sentence path.
COMPILED = (
    "acts",
    "actors",
    "clause_words",
    "clauses",
    "coder",
    "confidence",
    "context",
    "existence",
    "gazetteer",
    "lexicon",
    "modality",
    "names",
    "pipeline",
    "references",
    "relevance",
    "roles",
    "segmenter",
    "targets",
    "temporal",
)


def _options() -> dict[str, Any]:
    if os.environ.get("TENSIONWATCH_COMPILE") != "1":
        return {}
    try:
        from mypyc.build import mypycify
    except ImportError:  # asked for the build requirements: mypy is one
        # the type checker and what it reads: the domain imports pydantic and selectolax
        return {"setup_requires": ["mypy>=1.11", "pydantic>=2.7,<3", "selectolax>=1.0,<2"]}
    paths = [f"services/tensionwatch/domain/{name}.py" for name in COMPILED]
    return {"ext_modules": mypycify(paths, group_name="tensionwatch_coder")}


if __name__ == "__main__":  # setuptools runs this file as the main module
    setup(**_options())
