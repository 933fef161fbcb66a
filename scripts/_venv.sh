# Sourced by scripts/demo and scripts/test: make sure .venv exists with the project installed.
# Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${TENSIONWATCH_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
stamp="$VENV/.tensionwatch-installed"
if [[ ! -x "$VENV/bin/python" ]]; then
  echo "tensionwatch: creating $VENV" >&2
  "$PYTHON" -m venv "$VENV"
fi
if [[ ! -f "$stamp" || "$ROOT/pyproject.toml" -nt "$stamp" ]]; then
  echo "tensionwatch: installing the project and its dev tools into $VENV" >&2
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e "$ROOT[dev]"
  touch "$stamp"
fi
export PATH="$VENV/bin:$PATH"
