"""The dashboard's live feed: the tension topics read into bounded memory, fanned out to clients.

One reader per process follows the events, index, alerts and clusters topics (from a little
before their end) into a bounded `TensionState`, and keeps a replay log of the messages sent.
Each browser is a `Client` with a bounded queue of references to the same message objects:
a client that falls that far behind is dropped, and its browser reconnects with
`Last-Event-ID`, catching up from the replay log (or from a fresh snapshot when the log has
moved past it). Memory is therefore bounded by the settings, not by the clients' speed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tensionwatch.adapters.live_state import Bounds, TensionState
from tensionwatch.adapters.topic_reader import Record, Start, UnknownTopicError, topic_reader
from tensionwatch.domain.errors import BrokerError
from tensionwatch.settings import Settings

log = logging.getLogger(__name__)

RETRY_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class Message:
    """One server-sent event: its sequence number, kind and JSON text."""

    seq: int
    kind: str
    data: str


@dataclass(eq=False)
class Client:
    """One connected browser: a bounded queue and a flag set when it fell too far behind."""

    queue: asyncio.Queue[Message]
    dropped: asyncio.Event = field(default_factory=asyncio.Event)

    async def next(self, closed: asyncio.Future[None]) -> Message | None:
        """The next message; None once the client was dropped or `closed` is done (the
        connection went away)."""
        if self.dropped.is_set() or closed.done():
            return None
        if not self.queue.empty():
            return self.queue.get_nowait()
        getter = asyncio.ensure_future(self.queue.get())
        dropped = asyncio.ensure_future(self.dropped.wait())
        waits: set[asyncio.Future[Any]] = {getter, dropped, closed}
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        dropped.cancel()
        if getter.done():
            return getter.result()
        getter.cancel()
        return None


class LiveHub:
    """The replay log and the clients over a bounded `TensionState`; `run` feeds it."""

    def __init__(self, topics: Mapping[str, str], bounds: Bounds | None = None) -> None:
        self.topics = dict(topics)  # kind (event, index, alert, cluster) → topic name
        self.bounds = bounds or Bounds()
        self.state = TensionState(self.bounds)
        self.boot = secrets.token_hex(4)
        self.seq = 0
        self.log: deque[Message] = deque(maxlen=self.bounds.replay)
        self.clients: set[Client] = set()
        self.dropped_clients = 0
        self._snapshot: Message | None = None

    def accept(
        self, kind: str, value: dict[str, Any], timestamp_ms: int, text: str | None = None
    ) -> Message | None:
        """Take one record into the state and send it to every client; None when the
        browsers need not hear of it (a repeat, or a cluster: those are looked up). `text`
        is the record's own JSON when it has one (sent as it is, not encoded again)."""
        if not self.state.take(kind, value, timestamp_ms):
            return None
        self.seq += 1
        data = text if text is not None else json.dumps(value, separators=(",", ":"))
        message = Message(self.seq, kind, data)
        self.log.append(message)
        for client in list(self.clients):
            self._deliver(client, message)
        return message

    def _deliver(self, client: Client, message: Message) -> None:
        try:
            client.queue.put_nowait(message)
        except asyncio.QueueFull:
            self.dropped_clients += 1
            client.dropped.set()  # its browser reconnects and catches up from the log
            self.clients.discard(client)

    # ---- clients

    def subscribe(self) -> Client:
        """A new client; it receives every message accepted from now on."""
        client = Client(asyncio.Queue(maxsize=self.bounds.client_queue))
        self.clients.add(client)
        return client

    def unsubscribe(self, client: Client) -> None:
        """Forget a client (its connection closed)."""
        self.clients.discard(client)

    def drop_all(self) -> None:
        """End every client's stream (the server is shutting down)."""
        for client in list(self.clients):
            client.dropped.set()
        self.clients.clear()

    def event_id(self, message: Message) -> str:
        """The SSE id of a message: this process's boot id and the message's number."""
        return f"{self.boot}-{message.seq}"

    def catch_up(self, last_event_id: str | None) -> list[Message]:
        """What a (re)connecting client needs first: the messages after `last_event_id` from
        the replay log, or a snapshot when the log no longer reaches back that far (or the id
        is from another process, or absent)."""
        boot, _, seq_text = (last_event_id or "").partition("-")
        if boot == self.boot and seq_text.isdigit():
            seq = int(seq_text)
            oldest = self.log[0].seq if self.log else self.seq + 1
            if oldest <= seq + 1:
                return [m for m in self.log if m.seq > seq]
        return [self.snapshot()]

    def snapshot(self, top: int = 20) -> Message:
        """The whole current state as one message, numbered as the last message sent. Made
        once per state: clients that (re)connect between two messages share one string."""
        if self._snapshot is None or self._snapshot.seq != self.seq:
            state = json.dumps(self.state.snapshot(top), separators=(",", ":"))
            self._snapshot = Message(self.seq, "snapshot", state)
        return self._snapshot

    async def run(self, settings: Settings, stop: asyncio.Event, back: int = 200) -> None:
        """Follow the topics until `stop` is set; retry while a topic does not exist yet or
        the broker is away. Stopping waits for a safe point rather than cancelling: a Kafka
        client cancelled while it connects leaks its connection."""
        kinds = {name: kind for kind, name in self.topics.items()}
        while not stop.is_set():
            try:
                async with topic_reader(settings, list(kinds), Start(back=back)) as reader:
                    async for record in reader.follow(stop):
                        self._accept_record(kinds[record.topic], record)
            except UnknownTopicError as error:
                log.info("dashboard waiting for its topics: %s", error)
            except BrokerError as error:  # unreachable: one line, no traceback
                log.warning("dashboard reader: %s; retrying in %.0fs", error, RETRY_SECONDS)
            except Exception:  # the broker went away: read again once it is back
                log.exception("dashboard reader failed; retrying in %.0fs", RETRY_SECONDS)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), RETRY_SECONDS)

    def _accept_record(self, kind: str, record: Record) -> None:
        with contextlib.suppress(ValueError):  # UnicodeDecodeError is one
            text = (record.value or b"null").decode()
            value = json.loads(text)
            if isinstance(value, dict):  # one line of JSON: a server-sent event can carry it
                self.accept(kind, value, int(record.timestamp), text if "\n" not in text else None)
