"""The one settings object: read from `TENSIONWATCH_*` environment variables (or a .env file)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from tensionwatch.domain.calibration import recommended

RECOMMENDED_MIN_CONFIDENCE, RECOMMENDED_WIRE_MIN_CONFIDENCE = recommended()


class Settings(BaseSettings):
    """Everything that differs between a laptop, CI and production."""

    model_config = SettingsConfigDict(
        env_prefix="TENSIONWATCH_",
        env_file=".env",
        extra="ignore",
        frozen=True,
        # A validation error would otherwise print the whole input, passwords included.
        hide_input_in_errors=True,
    )

    # Broker connection
    broker: str = Field(
        default="kafka://127.0.0.1:9092",
        description="Comma-separated bootstrap servers, `kafka://host:port` or `host:port`.",
    )
    broker_connect_timeout_seconds: float = Field(
        default=60.0,
        gt=0,
        description="At start, how long the worker keeps trying to reach the broker.",
    )
    broker_down_after_seconds: float = Field(
        default=5.0,
        gt=0,
        description="The broker counts as down (not ready) once unreachable this long.",
    )
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] = "PLAIN"
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    sasl_plain_without_tls: bool = Field(
        default=False,
        description="Allow SASL PLAIN over SASL_PLAINTEXT, which sends the password in clear.",
    )

    # Application
    app_id: str = Field(default="tensionwatch", description="Faust app id = consumer group.")
    processing_guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"
    data_dir: str = Field(default=".tw-run/data", description="Faust's local state directory.")
    # Throughput (see the README's Performance section for how these were chosen)
    batch_max: int = Field(default=500, ge=1, description="Records per agent batch, at most.")
    batch_within_seconds: float = Field(
        default=0.005, gt=0, description="A batch closes after this long even if not full."
    )
    stream_buffer_maxsize: int = Field(default=32_768, ge=1)
    max_poll_records: int = Field(default=2_000, ge=1)
    consumer_max_fetch_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    fetch_max_wait_seconds: float = Field(
        default=0.05,
        gt=0,
        le=30,
        description="Longest a broker may hold a fetch with no records (faust fixes 1.5 s).",
    )
    producer_linger_seconds: float = Field(default=0.001, ge=0)
    producer_max_batch_bytes: int = Field(default=512 * 1024, ge=1024)
    commit_every: int = Field(default=10_000, ge=1, description="Commit after this many acks.")
    commit_interval_seconds: float = Field(default=2.8, gt=0)
    lag_interval_seconds: float = Field(default=5.0, gt=0)
    uvloop: bool = Field(default=True, description="Run the worker on uvloop.")
    session_timeout_seconds: float = Field(default=10.0, gt=0)
    rebalance_timeout_seconds: float = Field(default=10.0, gt=0)

    # Delivery (publish failures, poison records)
    publish_attempt_seconds: float = Field(
        default=30.0,
        gt=0,
        description="Longest one attempt to publish a batch's outputs and commit may take.",
    )
    publish_give_up_seconds: float = Field(
        default=120.0,
        gt=0,
        description="A publish that keeps failing is retried with backoff this long (the "
        "coding agent is not ready meanwhile; the tension stage retries only without "
        "transactions), then the process exits without committing.",
    )
    quarantine_after: int = Field(
        default=1,
        ge=1,
        description="A record is dead-lettered as `quarantined`, unprocessed, once the worker "
        "stopped (crash, kill, lost session, exit) this many times with it alone in flight.",
    )

    # Topics
    topic_articles: str = "news.articles"
    topic_dead_letters: str = "news.articles.dlq"
    topic_events: str = "tension.events"
    topic_escalations: str = "tension.escalations"
    topic_attempts: str = Field(
        default="tensionwatch.attempts",
        description="Compacted topic of attempt markers (which input records were in flight).",
    )
    topic_coded: str = Field(
        default="tension.coded",
        description="Internal: coded events keyed by dyad, from the coding agent to the tension "
        "stage.",
    )
    topic_clusters: str = "tension.clusters"
    topic_index: str = Field(default="tension.index", description="Compacted, key = dyad.")
    topic_alerts: str = Field(default="tension.alerts", description="Compacted, key = alert id.")
    partitions: int = Field(default=4, ge=1)
    replication_factor: int = Field(default=1, ge=1)

    # Input limits
    max_record_bytes: int = Field(default=500_000, ge=1, description="Larger values go to DLQ.")
    dead_letter_max_original_bytes: int = Field(
        default=600_000,
        ge=1,
        description="A dead letter keeps at most this many bytes of the original (base64 "
        "adds a third), and less when the whole record would not fit its limit.",
    )
    max_output_record_bytes: int = Field(
        default=1_000_000,
        ge=16_384,
        description="Largest record (key and value) the worker publishes; dead letters are "
        "cut to fit. Keep it under the output topics' max.message.bytes (Kafka: 1,048,588).",
    )
    max_body_chars: int = Field(default=200_000, ge=1)
    languages: tuple[str, ...] = Field(
        default=("en",),
        min_length=1,
        description="Languages (ISO 639-1) coded; articles detected in others are dead letters.",
    )
    language_sample_chars: int = Field(
        default=1_000,
        ge=0,
        description="Characters from the start of the text that language detection reads "
        "(0: no detection, the declared language is trusted).",
    )
    article_time_budget_seconds: float = Field(
        default=1.0,
        gt=0,
        description="Coding an article that takes longer (wall and CPU time) stops, and the "
        "article is dead-lettered with reason `timeout`.",
    )
    max_events_per_article: int = Field(
        default=500, ge=1, description="Events of one article beyond this are dropped (counted)."
    )

    # Coding
    min_confidence: float = Field(
        default=RECOMMENDED_MIN_CONFIDENCE,
        ge=0.0,
        le=1.0,
        description="Events below this confidence (the calibrated probability that the event "
        "is a real act of the right type) are dropped. The default is the calibration's image "
        "of the coder's floor (docs/coder.md, Calibration).",
    )
    wire_min_confidence: float = Field(
        default=RECOMMENDED_WIRE_MIN_CONFIDENCE,
        ge=0.0,
        le=1.0,
        description="In an article that opens with a dateline (agency copy), events below this "
        "confidence are dropped too (when it keeps fewer events than min_confidence; 0 turns "
        "it off): wire copy carries more background sentences. Agency copy has its own "
        "calibration, under which its real acts are surer; the default is that calibration's "
        "image of the coder's agency-copy floor (docs/coder.md, Calibration).",
    )
    trained_veto: bool = Field(
        default=True,
        description="Drop the events the coder's learned veto (data/veto.tsv, trained by "
        "scripts/train_veto.py) takes for acts of sentences that report no political act; "
        "false keeps them (docs/coder.md, A trained veto).",
    )
    escalation_min_intensity: float = Field(
        default=5.0,
        ge=0.0,
        le=10.0,
        description="A conflict event (quad 3-4) escalates when -goldstein reaches this.",
    )

    # The tension stage (docs/tension.md)
    tension_enabled: bool = Field(
        default=True,
        description="Run the stateful stage: clusters, index, alerts. Off: the coding agent "
        "publishes events straight to topic_events, without cluster ids.",
    )
    tension_lateness_days: int = Field(
        default=30,
        ge=1,
        le=365,
        description="Events dated up to this many days before their dyad's newest event count "
        "exactly; older ones are published without a cluster and change nothing.",
    )
    tension_alert_min_level: float = Field(
        default=6.0, gt=0, description="A rise needs at least this 24 h conflict level."
    )
    tension_alert_ratio: float = Field(
        default=3.0, gt=1.5, description="... and this multiple of the dyad's baseline."
    )

    # Probes, metrics and queries
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=0, le=65535)
    web_advertised_url: str | None = Field(
        default=None,
        description="How other workers reach this one's web server, for routed queries "
        "(default: http://WEB_HOST:WEB_PORT with the bound port).",
    )
    faust_sensors: bool = Field(default=True, description="Export faust's own Prometheus sensors.")

    # Doors (HTTP ingest, dashboard)
    ingest_token: SecretStr | None = Field(
        default=None, description="Bearer token of POST /v1/articles; unset = the endpoint is off."
    )
    ingest_max_body_bytes: int = Field(
        default=10_000_000, ge=1024, description="Larger request bodies get 413."
    )
    dashboard: bool = Field(default=True, description="Serve the live dashboard at /dashboard.")
    dashboard_max_clients: int = Field(
        default=500, ge=1, description="Server-sent-event clients at once; more get 503."
    )

    @field_validator("broker")
    @classmethod
    def _broker_addresses(cls, value: str) -> str:
        parts = [part.strip() for part in value.split(",") if part.strip()]
        if not parts:
            raise ValueError("no broker address; expected host:port or kafka://host:port")
        for part in parts:
            check_broker_address(part)
        return value

    @model_validator(mode="after")
    def _credentials_protected(self) -> Settings:
        protocol = self.security_protocol
        if protocol.startswith("SASL") and not (self.sasl_username and self.sasl_password):
            raise ValueError(
                f"security_protocol {protocol} needs TENSIONWATCH_SASL_USERNAME and "
                "TENSIONWATCH_SASL_PASSWORD"
            )
        plain_in_clear = protocol == "SASL_PLAINTEXT" and self.sasl_mechanism == "PLAIN"
        if plain_in_clear and not self.sasl_plain_without_tls:
            raise ValueError(
                "SASL PLAIN over SASL_PLAINTEXT sends the password in clear: use "
                "TENSIONWATCH_SECURITY_PROTOCOL=SASL_SSL, or a SCRAM mechanism, or set "
                "TENSIONWATCH_SASL_PLAIN_WITHOUT_TLS=true to accept the risk"
            )
        return self

    def bootstrap_servers(self) -> list[str]:
        """The broker list as `host:port` strings, without the `kafka://` scheme."""
        servers = []
        for part in self.broker.split(","):
            part = part.strip()
            if "://" in part:
                part = part.split("://", 1)[1]
            if part:
                servers.append(part)
        return servers

    def faust_broker(self) -> str:
        """The broker list in faust's URL form."""
        return ";".join(f"kafka://{server}" for server in self.bootstrap_servers())

    def with_topic_prefix(self, prefix: str) -> Settings:
        """These settings with every topic (internal ones too) named `prefix.<name>`: a run of
        its own on a shared broker, which no other run's records reach."""
        topics = {
            field: f"{prefix}.{getattr(self, field)}"
            for field in type(self).model_fields
            if field.startswith("topic_")
        }
        return self.model_copy(update=topics)


def check_broker_address(address: str) -> None:
    """Raise ValueError unless `address` is `host`, `host:port` or `kafka://host:port`."""
    expected = "expected host:port or kafka://host:port, comma-separated"
    if "://" in address:
        scheme, address = address.split("://", 1)
        if scheme != "kafka":
            raise ValueError(f"unknown scheme {scheme}://; {expected}")
    host, _, port = address.rpartition(":") if ":" in address else (address, "", "")
    if not host or any(c.isspace() or c in "/@" for c in host):
        raise ValueError(f"no host in {address!r}; {expected}")
    if port and not (port.isdigit() and 0 < int(port) < 65536):
        raise ValueError(f"port {port!r} is not a number from 1 to 65535; {expected}")
