"""CI stand-in for apache/kafka's start script: KAFKA_* variables become server.properties
(KAFKA_NODE_ID -> node.id, as the official image maps them), storage is formatted once, and
the broker runs in the foreground."""

import os
import subprocess
import sys

CONFIG = "/opt/kafka/server.properties"
JAVA = ["java", "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-cp", "/opt/kafka/libs/*"]
SKIP = {"KAFKA_HEAP_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_OPTS", "KAFKA_LOG4J_OPTS"}


def properties() -> dict[str, str]:
    found = {"log.dirs": "/var/lib/kafka/data"}
    for name, value in os.environ.items():
        if name.startswith("KAFKA_") and name not in SKIP:
            key = name[6:].lower().replace("___", "-").replace("__", "@").replace("_", ".")
            found[key.replace("@", "_")] = value
    return found


def main() -> int:
    with open(CONFIG, "w", encoding="utf-8") as out:
        out.writelines(f"{key}={value}\n" for key, value in sorted(properties().items()))
    if not os.path.exists("/var/lib/kafka/data/meta.properties"):
        cluster = os.environ.get("CLUSTER_ID", "5L6g3nShT-eMCtK--X86sw")
        format_storage = [*JAVA, "kafka.tools.StorageTool", "format", "-t", cluster, "-c", CONFIG]
        subprocess.run(format_storage, check=True)  # noqa: S603 - fixed arguments
    os.execvp("java", [*JAVA, "kafka.Kafka", CONFIG])  # noqa: S606, S607 - java from the image
    return 1


if __name__ == "__main__":
    sys.exit(main())
