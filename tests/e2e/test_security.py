"""The worker on authenticated Kafka listeners: SCRAM-SHA-512 over TLS (a CA made for the
test), and PLAIN, with a canary password that must appear in no log line (at debug level), no
metric and no output record."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from pydantic import SecretStr

from tensionwatch.adapters import redaction
from tensionwatch.adapters.admin import client_security
from tensionwatch.bench.hostile import GOOD_BODY, article
from tensionwatch.settings import Settings
from tensionwatch.stream.runner import running, until
from tests.e2e.conftest import require_binary
from tests.fakes import KeywordCoder
from tests.secure_kafka import USER, SecureBroker, secure_broker
from tests.streaming import prepared

CANARY = "canary-" + uuid.uuid4().hex
pytestmark = [pytest.mark.slow, pytest.mark.e2e]


@pytest.fixture(scope="module")
def secure(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecureBroker]:
    require_binary("java", "openjdk-17-jre-headless")
    with secure_broker(tmp_path_factory.mktemp("secure-kafka"), CANARY) as found:
        yield found


class Captured(logging.Handler):
    """Every log line of the process, formatted as a handler would write it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def debug_log() -> Iterator[Captured]:
    root = logging.getLogger()
    handler, level = Captured(), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    root.setLevel(level)


def secured_settings(tmp_path: Path, **security: Any) -> Settings:
    unique = uuid.uuid4().hex[:10]
    return Settings(
        app_id=f"tw-secure-{unique}",
        data_dir=str(tmp_path / "faust"),
        web_port=0,
        partitions=1,
        rebalance_timeout_seconds=2.0,
        sasl_username=USER,
        sasl_password=CANARY,
        **security,
    ).with_topic_prefix(unique)


async def round_trip(settings: Settings) -> tuple[list[bytes], str]:
    """A good article and a bad record through the worker; every output value, and
    the /metrics text."""
    service = await prepared(settings, KeywordCoder())
    security = client_security(settings)
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers(), **security)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_servers(), enable_auto_commit=False, **security
    )
    await producer.start()
    await consumer.start()
    try:
        outputs = [settings.topic_events, settings.topic_escalations, settings.topic_dead_letters]
        consumer.assign([TopicPartition(topic, 0) for topic in outputs])
        await consumer.seek_to_beginning()
        async with running(service), ClientSession() as http:
            body = GOOD_BODY.replace("attacked", "shelled")
            await producer.send_and_wait(settings.topic_articles, article(body, "s1"))
            await producer.send_and_wait(settings.topic_articles, b"not json " + CANARY.encode())
            values: list[bytes] = []

            async def more() -> bool:
                for records in (await consumer.getmany(timeout_ms=200)).values():
                    values.extend(record.value or b"" for record in records)
                letters = sum(b'"reason"' in value for value in values)
                return letters == 1 and len(values) >= 4  # ASSAULT, its escalation, CONSULT

            while not await more():
                pass
            async with http.get(f"{service.web.url}/metrics") as response:
                metrics = await response.text()
    finally:
        await consumer.stop()
        await producer.stop()
    return values, metrics


async def test_the_worker_codes_over_scram_sha_512_and_tls(
    secure: SecureBroker, tmp_path: Path, debug_log: Captured
) -> None:
    settings = secured_settings(
        tmp_path,
        broker=secure.scram_ssl,
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        ssl_cafile=str(secure.ca_file),
    )
    values, metrics = await round_trip(settings)
    decoded = [json.loads(value) for value in values]
    assert {d.get("reason") for d in decoded} == {None, "invalid_json"}
    assert any(d.get("plover_type") == "ASSAULT" for d in decoded)
    assert len(debug_log.lines) > 100, "debug logging was on"
    assert CANARY not in "\n".join(debug_log.lines)
    assert CANARY not in metrics
    # The dead letter keeps the record as it came, in base64: the canary the *record* held is
    # there only encoded, and nothing of the settings' secrets is added.
    assert all(CANARY not in value.decode() for value in values)


async def test_plain_credentials_never_reach_a_log_line_even_at_debug_level(
    secure: SecureBroker, tmp_path: Path, debug_log: Captured
) -> None:
    settings = secured_settings(
        tmp_path,
        broker=secure.plain_sasl,
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_without_tls=True,
    )
    service = await prepared(settings, KeywordCoder())
    async with running(service):
        await until(lambda: bool(debug_log.lines), 5.0, "a log line")
    text = "\n".join(debug_log.lines)
    assert "SaslAuthenticateRequest" in text, "aiokafka logged the handshake"
    assert "redacted" in text
    assert CANARY not in text


async def test_a_wrong_password_is_refused_without_logging_either_password(
    secure: SecureBroker, tmp_path: Path, debug_log: Captured
) -> None:
    wrong = "wrong-" + CANARY
    settings = secured_settings(
        tmp_path,
        broker=secure.scram_ssl,
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        ssl_cafile=str(secure.ca_file),
    ).model_copy(update={"sasl_password": SecretStr(wrong)})
    redaction.install(settings)
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.bootstrap_servers(), **client_security(settings)
    )
    with pytest.raises(Exception) as refused:
        await producer.start()
    await producer.stop()
    text = "\n".join(debug_log.lines) + str(refused.value)
    assert "authentication failed" in text.lower(), "the refusal says why"
    assert CANARY not in text and wrong not in text
