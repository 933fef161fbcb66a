"""The Faust app, configured once from Settings."""

from __future__ import annotations

import logging
import ssl
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from yarl import URL

from tensionwatch.settings import Settings
from tensionwatch.stream.recovery import settle_transaction_markers

log = logging.getLogger(__name__)


def create_app(settings: Settings) -> faust.App:
    """A Faust app with raw codecs (the service decodes with pydantic) and faust's web off."""
    app = faust.App(
        settings.app_id,
        broker=settings.faust_broker(),
        broker_credentials=broker_credentials(settings),
        # Exactly-once is delivery's own (stream/sinks.py): faust's TransactionManager puts an
        # article's events and its offset in different transactions.
        processing_guarantee="at_least_once",
        datadir=settings.data_dir,
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        # Our own probe server answers /healthz, /readyz and /metrics from the first second;
        # faust's web only starts after table recovery and always answers 200.
        web_enabled=False,
        consumer_auto_offset_reset="earliest",
        # Faust's defaults wait for every stream buffer to drain before each rebalance.
        stream_wait_empty=False,
        # Throughput settings; measured in the README's Performance section.
        stream_buffer_maxsize=settings.stream_buffer_maxsize,
        broker_max_poll_records=settings.max_poll_records,
        consumer_max_fetch_size=settings.consumer_max_fetch_bytes,
        producer_linger=settings.producer_linger_seconds,
        producer_max_batch_size=settings.producer_max_batch_bytes,
        broker_commit_every=settings.commit_every,
        broker_commit_interval=settings.commit_interval_seconds,
        # The leader-election topic sits idle in every fetch; its long poll stalls the
        # consumer for up to 1.5 s at a time. The service has no leader-only timers.
        topic_disable_leader=True,
        producer_acks=-1,
        # A batch the broker cannot take is failed after this, so delivery can sort the
        # failure (faust's default waits 20 minutes).
        producer_request_timeout=settings.publish_attempt_seconds,
        broker_session_timeout=settings.session_timeout_seconds,
        broker_rebalance_timeout=settings.rebalance_timeout_seconds,
        broker_heartbeat_interval=min(3.0, settings.session_timeout_seconds / 3),
        # Tables live in memory and are rebuilt from their changelogs on assignment; a
        # standby copy would be read continuously and thrown away at each recovery.
        table_standby_replicas=0,
        **advertised(settings),
    )
    if settings.processing_guarantee == "exactly_once":
        read_committed(app)
        settle_transaction_markers(app)
    bound_fetch_wait(app, settings.fetch_max_wait_seconds)
    return app


def advertised(settings: Settings) -> dict[str, Any]:
    """faust's `canonical_url` (the URL the partition assignor tells the other workers, for
    routed queries) when it is known before the web server binds: set explicitly, or a fixed
    port. With port 0 the web server sets it once bound (`advertise`)."""
    if settings.web_advertised_url:
        return {"canonical_url": settings.web_advertised_url}
    if settings.web_port:
        return {"canonical_url": f"http://{settings.web_host}:{settings.web_port}"}
    return {}


def advertise(app: faust.App, settings: Settings, bound_url: str) -> None:
    """Tell faust the web server's URL, when `advertised` could not (port 0)."""
    if not advertised(settings):
        app.conf.canonical_url = URL(bound_url)


def read_committed(app: faust.App) -> None:
    """Have faust's consumer read committed records only, from its creation on (table
    recovery included). faust sets that only for its own exactly-once mode, which this service
    does not use (`stream/sinks.py`); a stage that reads another's transactional output, or a
    changelog written in transactions, must not see aborted records."""
    app.transport = _ReadCommittedTransport(app.conf.broker_consumer, app)


class _ReadCommittedThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        consumer._isolation_level = "read_committed"  # read by its fetcher when it starts
        return consumer


class _ReadCommittedConsumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> Any:
        return _ReadCommittedThread(self, loop=self.loop, beacon=self.beacon)


class _ReadCommittedTransport(faust_aiokafka.Transport):
    Consumer = _ReadCommittedConsumer


def bound_fetch_wait(app: faust.App, seconds: float) -> None:
    """Cap how long the broker may hold a fetch that has nothing to return.

    faust builds its consumer with `fetch_max_wait_ms=1500` and no setting for it. Kafka
    answers a fetch as soon as records arrive, so there the wait only spaces idle polls; the
    embedded broker holds every fetch for the whole wait, which made a half-second median
    latency and starved faust's fetches while draining a backlog. The wait is set on the
    consumer's fetcher (private to aiokafka) each time partitions are assigned.
    """
    wait_ms = round(seconds * 1000)

    async def apply(_sender: Any, *_args: Any, **_kwargs: Any) -> None:
        fetcher = consumer_fetcher(app)
        if fetcher is None or not hasattr(fetcher, "_fetch_max_wait_ms"):
            log.warning("cannot set the fetch wait: faust or aiokafka changed their consumer")
            return
        fetcher._fetch_max_wait_ms = wait_ms

    app.on_partitions_assigned.connect(apply)  # type: ignore[arg-type]


def consumer_fetcher(app: faust.App) -> Any | None:
    """aiokafka's fetcher inside faust's consumer thread, once the consumer has started (the
    one place that knows this private path)."""
    consumer = getattr(getattr(app.consumer, "_thread", None), "_consumer", None)
    return getattr(consumer, "_fetcher", None)


def broker_credentials(settings: Settings) -> Any:
    """SASL or SSL credentials for faust, or None for PLAINTEXT."""
    protocol = settings.security_protocol
    if protocol == "PLAINTEXT":
        return None
    context = None
    if protocol in ("SSL", "SASL_SSL"):
        context = ssl.create_default_context(cafile=settings.ssl_cafile)
        if settings.ssl_certfile:
            context.load_cert_chain(settings.ssl_certfile, settings.ssl_keyfile)
        if protocol == "SSL":
            return faust.SSLCredentials(context)
    password = settings.sasl_password.get_secret_value() if settings.sasl_password else ""
    return faust.SASLCredentials(
        username=settings.sasl_username,
        password=password,
        ssl_context=context,
        mechanism=settings.sasl_mechanism,
    )
