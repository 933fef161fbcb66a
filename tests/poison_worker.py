"""A worker process whose coder ends the process on any sentence saying `poison`: a stand-in
for a record that crashes the worker (a segfault in a native library, an OOM kill).

Run as `python -m tests.poison_worker`, with the worker's TENSIONWATCH_* environment."""

from __future__ import annotations

import asyncio
import os
from datetime import datetime

from tensionwatch.bootstrap import bootstrap
from tensionwatch.domain.models import Sentence, TensionEvent
from tensionwatch.entrypoints.worker import prepare
from tensionwatch.settings import Settings
from tensionwatch.stream.runner import QuietWorker
from tests.fakes import KeywordCoder

#: The exit status of a worker that met the poison.
POISONED = 3


class PoisonCoder(KeywordCoder):
    """The keyword coder, except that `poison` ends the process at once."""

    def code_sentence(
        self, sentence: Sentence, published_at: datetime | None, context: object = None
    ) -> list[TensionEvent]:
        """Die on `poison`, else code keywords."""
        if "poison" in sentence.text:
            os._exit(POISONED)
        return super().code_sentence(sentence, published_at, context)


def main() -> None:
    """Run the worker with the poison coder until it is stopped (or poisoned)."""
    service = bootstrap(Settings(), coder=PoisonCoder())
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(prepare(service, create_topics=True))
    QuietWorker(
        service.app, loop=loop, loglevel="warning", override_logging=False
    ).execute_from_commandline()


if __name__ == "__main__":
    main()
