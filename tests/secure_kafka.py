"""An Apache Kafka 4 broker with authenticated listeners, for the security tests.

It runs from the jars `scripts/kafka-kraft fetch` caches, with a configuration of its own:
a PLAINTEXT listener between broker and controller, SASL_SSL with SCRAM-SHA-512 (TLS from a
CA made for the test), and SASL_PLAINTEXT with PLAIN (to show that even PLAIN's password never
reaches a log line). The SCRAM user is created when the storage is formatted.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import ipaddress
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

ROOT = Path(__file__).resolve().parents[1]
KAFKA_VERSION = os.environ.get("KAFKA_VERSION", "4.1.1")
USER = "tensionwatch"


@dataclass(frozen=True)
class SecureBroker:
    """Where each listener is, and the CA that signed the broker's certificate."""

    scram_ssl: str
    plain_sasl: str
    plaintext: str
    ca_file: Path


def make_tls(directory: Path) -> tuple[Path, Path]:
    """A CA, and a broker key and certificate for 127.0.0.1 signed by it, as PEM files: the
    CA certificate, and the broker's key (PKCS#8) followed by its certificate (Kafka's PEM
    keystore)."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "tensionwatch test CA")])
    ca = (
        _builder(ca_name, ca_name, ca_key.public_key(), now)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    server_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    server = (
        _builder(server_name, ca_name, key.public_key(), now)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, keystore = directory / "ca.pem", directory / "broker.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    pkcs8 = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    keystore.write_bytes(pkcs8 + server.public_bytes(serialization.Encoding.PEM))
    return ca_file, keystore


def _builder(
    subject: x509.Name,
    issuer: x509.Name,
    public_key: ec.EllipticCurvePublicKey,
    now: datetime.datetime,
) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
    )


def free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def server_properties(directory: Path, keystore: Path, password: str, ports: list[int]) -> str:
    plain, scram, sasl_plain, controller = ports
    host = "127.0.0.1"
    return "\n".join(
        [
            "process.roles=broker,controller",
            "node.id=1",
            f"controller.quorum.voters=1@{host}:{controller}",
            f"listeners=PLAINTEXT://{host}:{plain},SASL_SSL://{host}:{scram},"
            f"SASL_PLAINTEXT://{host}:{sasl_plain},CONTROLLER://{host}:{controller}",
            f"advertised.listeners=PLAINTEXT://{host}:{plain},SASL_SSL://{host}:{scram},"
            f"SASL_PLAINTEXT://{host}:{sasl_plain}",
            "inter.broker.listener.name=PLAINTEXT",
            "controller.listener.names=CONTROLLER",
            "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,"
            "SASL_SSL:SASL_SSL,SASL_PLAINTEXT:SASL_PLAINTEXT",
            "listener.name.sasl_ssl.sasl.enabled.mechanisms=SCRAM-SHA-512",
            "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config="
            "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "listener.name.sasl_plaintext.sasl.enabled.mechanisms=PLAIN",
            "listener.name.sasl_plaintext.plain.sasl.jaas.config="
            "org.apache.kafka.common.security.plain.PlainLoginModule required "
            f'user_{USER}="{password}";',
            "ssl.keystore.type=PEM",
            f"ssl.keystore.location={keystore}",
            f"log.dirs={directory / 'data'}",
            "num.partitions=1",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=1",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "",
        ]
    )


def _libs() -> Path:
    subprocess.run([str(ROOT / "scripts" / "kafka-kraft"), "fetch"], check=True)  # noqa: S603
    cache = Path(os.environ.get("TENSIONWATCH_CACHE", Path.home() / ".cache" / "tensionwatch"))
    return cache / f"kafka-{KAFKA_VERSION}" / "libs"


@contextlib.contextmanager
def secure_broker(directory: Path, password: str) -> Iterator[SecureBroker]:
    """Start the broker (format its storage with the SCRAM user), stop it afterwards."""
    ca_file, keystore = make_tls(directory)
    ports = free_ports(4)
    config = directory / "server.properties"
    config.write_text(server_properties(directory, keystore, password, ports))
    log4j = directory / "log4j2.properties"
    log4j.write_text(
        "appender.file.type = File\nappender.file.name = FILE\n"
        f"appender.file.fileName = {directory / 'server.log'}\n"
        "appender.file.layout.type = PatternLayout\nappender.file.layout.pattern = %p %m%n\n"
        "rootLogger.level = INFO\nrootLogger.appenderRef.file.ref = FILE\n"
    )
    java = ["java", "-Xmx384m", "-XX:+UseSerialGC", f"-Dlog4j2.configurationFile={log4j}"]
    java += ["-cp", f"{_libs()}/*"]
    scram = f"SCRAM-SHA-512=[name={USER},password={password}]"
    subprocess.run(  # noqa: S603
        [*java, "kafka.tools.StorageTool", "format", "-t", cluster_id(), "-c", str(config)]
        + ["--add-scram", scram],
        check=True,
        capture_output=True,
    )
    with (directory / "kafka.out").open("wb") as out:
        process = subprocess.Popen(  # noqa: S603
            [*java, "kafka.Kafka", str(config)], stdout=out, stderr=out, start_new_session=True
        )
    try:
        _wait_started(directory / "server.log", process)
        host = "127.0.0.1"
        yield SecureBroker(
            f"{host}:{ports[1]}", f"{host}:{ports[2]}", f"{host}:{ports[0]}", ca_file
        )
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def cluster_id(random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    """A Kafka cluster id: 16 random bytes in URL-safe base64. One draw in 64 starts with '-',
    which StorageTool's parser reads as an option, so such a draw is made again (as Kafka's own
    Uuid.randomUuid does)."""
    while True:
        found = base64.urlsafe_b64encode(random_bytes(16)).decode().rstrip("=")
        if not found.startswith("-"):
            return found


def _wait_started(log: Path, process: subprocess.Popen[bytes], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the broker exited ({process.returncode}); see {log}")
        if log.exists() and "Kafka Server started" in log.read_text(errors="replace"):
            return
        time.sleep(0.3)
    raise RuntimeError(f"the broker did not start within {timeout:.0f}s; see {log}")
