"""An Apache Kafka broker of a test's own (scripts/kafka-kraft), to stop and start under load."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import TracebackType

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "kafka-kraft"


class KafkaBroker:
    """A KRaft broker in `directory`; `stop` and `start` keep its data and its port."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.bootstrap = ""

    def start(self) -> str:
        """Start (or restart, on the same port) the broker; returns host:port."""
        command = [str(SCRIPT), "start", "--dir", str(self.directory)]
        if self.bootstrap:
            command += ["--port", self.bootstrap.rsplit(":", 1)[1]]
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=180)  # noqa: S603
        if result.returncode != 0:
            raise RuntimeError(f"kafka-kraft start failed: {result.stderr[-2000:]}")
        self.bootstrap = result.stdout.strip()
        return self.bootstrap

    def stop(self) -> None:
        """Stop the broker (SIGTERM, then SIGKILL after the script's timeout)."""
        subprocess.run(  # noqa: S603
            [str(SCRIPT), "stop", "--dir", str(self.directory)],
            capture_output=True,
            check=False,
            timeout=120,
        )

    def __enter__(self) -> KafkaBroker:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.start()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _error: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.stop()
