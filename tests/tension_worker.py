"""`python -m tests.tension_worker`: the worker with the scripted test coder, for the tests
that run workers as processes (to kill and restart them, or to run two)."""

from __future__ import annotations

from tensionwatch.entrypoints.worker import run_worker
from tensionwatch.settings import Settings
from tests.fakes import ScriptCoder

if __name__ == "__main__":
    run_worker(Settings(), loglevel="warning", coder=ScriptCoder())
