"""Creating the service's topics up front, so producers and consumers agree on partitions."""

from __future__ import annotations

import logging
from collections.abc import Collection

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from tensionwatch.settings import Settings

log = logging.getLogger(__name__)


#: Topic configuration of topics that keep the last record of each key.
COMPACTED = {"cleanup.policy": "compact"}


async def ensure_topics(
    settings: Settings, names: list[str], compacted: Collection[str] = ()
) -> None:
    """Create the topics that do not exist yet (those in `compacted` with log compaction);
    existing ones are left as they are."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_servers(), **client_security(settings)
    )
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(
                name,
                settings.partitions,
                settings.replication_factor,
                topic_configs=COMPACTED if name in compacted else None,
            )
            for name in names
            if name not in existing
        ]
        if missing:
            try:
                await admin.create_topics(missing)
            except TopicAlreadyExistsError:
                log.info("topics were created concurrently: %s", [t.name for t in missing])
    finally:
        await admin.close()


def client_security(settings: Settings) -> dict[str, object]:
    """aiokafka keyword arguments for the configured security protocol."""
    if settings.security_protocol == "PLAINTEXT":
        return {}
    from aiokafka.helpers import create_ssl_context

    options: dict[str, object] = {"security_protocol": settings.security_protocol}
    if "SSL" in settings.security_protocol:
        options["ssl_context"] = create_ssl_context(
            cafile=settings.ssl_cafile, certfile=settings.ssl_certfile, keyfile=settings.ssl_keyfile
        )
    if settings.security_protocol.startswith("SASL"):
        options["sasl_mechanism"] = settings.sasl_mechanism
        options["sasl_plain_username"] = settings.sasl_username
        options["sasl_plain_password"] = (
            settings.sasl_password.get_secret_value() if settings.sasl_password else None
        )
    return options
