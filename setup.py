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
import sys
from typing import Any

from setuptools import setup

# The modules of the sentence path (`veto`: on every event the coder keeps, with the trained
# veto on). Not compiled: `models` (pydantic), `cameo` and `actor_data` (they subclass builtin
# types, which mypyc does not compile), and the modules off the per-sentence path.
COMPILED = (
    "actor",
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
    "veto",
)


#: Commands that only ask for the package's metadata: pip runs one before the build, and
#: compiling there too would double the build's time for nothing.
METADATA_ONLY = frozenset({"egg_info", "dist_info"})


def _options(argv: list[str]) -> dict[str, Any]:
    if os.environ.get("TENSIONWATCH_COMPILE") != "1":
        return {}
    try:
        from mypyc.build import mypycify
    except ImportError:
        if METADATA_ONLY.intersection(argv):  # pip asking for the build requirements: mypy
            # the type checker and what it reads: the domain imports pydantic and selectolax
            return {"setup_requires": ["mypy>=1.11", "pydantic>=2.7,<3", "selectolax>=1.0,<2"]}
        raise SystemExit("TENSIONWATCH_COMPILE=1: the build needs mypy (mypyc)") from None
    if METADATA_ONLY.intersection(argv):
        return {}
    paths = [f"services/tensionwatch/domain/{name}.py" for name in COMPILED]
    # C optimisation level 1: a third of level 3's compile time here, and as fast a coder
    # (docs/coder.md, Speed); MYPYC_OPT_LEVEL overrides it.
    level = os.environ.get("MYPYC_OPT_LEVEL", "1")
    return {"ext_modules": mypycify(paths, group_name="tensionwatch_coder", opt_level=level)}


if __name__ == "__main__":  # setuptools runs this file as the main module
    setup(**_options(sys.argv[1:]))
