"""The main job: `tensionwatch demo --once`, and the stream coding exactly as the offline CLI."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer

from tensionwatch.entrypoints.offline import code_lines
from tensionwatch.stream.runner import running
from tests.conftest import BrokerInfo
from tests.streaming import SettingsFactory, prepared

# Written for these tests: a short wire-style article with a clash, a threat and talks.
ARTICLE_TEXT = (
    "Border clashes\n\n"
    "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday, Kyiv said. "
    "The Kremlin threatened to retaliate against any strike on Russian territory.\n\n"
    "Foreign ministers of France and Germany met in Berlin to discuss the crisis."
)


def demo(args: list[str], broker: BrokerInfo) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "tensionwatch.entrypoints.cli", "demo", "--web-port", "0"]
    if broker.kind != "tansu":
        command += ["--broker", broker.bootstrap]
    return subprocess.run(  # noqa: S603
        command + args, capture_output=True, text=True, timeout=180, check=False
    )


def test_demo_once_prints_every_downstream_record_and_exits_zero(
    broker: BrokerInfo, tmp_path: Path
) -> None:
    articles = tmp_path / "articles.jsonl"
    good = {"id": "d1", "body": ARTICLE_TEXT, "published_at": "2026-11-25T09:00:00Z"}
    good["source"] = "wire.example"
    second = {  # a second outlet reports the attack: a story of two sources, and an alert
        "id": "d3",
        "source": "daily.example",
        "body": "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday, "
        "the army said.",
        "published_at": "2026-11-25T11:00:00Z",
    }
    lines = [json.dumps(good), json.dumps(second), '{"id": "d2", "body": ']
    articles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = demo(["--once", "--input", str(articles)], broker)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    topics = {record["topic"] for record in records}
    assert {t.split(".demo-")[0] for t in topics} == {
        "tension.events",
        "tension.escalations",
        "news.articles.dlq",
        "tension.clusters",
        "tension.index",
        "tension.alerts",
    }
    assert all(set(record) == {"topic", "key", "value"} for record in records)
    [letter] = [r["value"] for r in records if r["topic"].startswith("news.articles.dlq")]
    assert letter["reason"] == "invalid_json"
    [alert] = [r["value"] for r in records if r["topic"].startswith("tension.alerts")]
    assert alert["alert_id"] == "RUS|UKR@2026-11-24"
    assert alert["sources"] == ["daily.example", "wire.example"]
    assert "every input record" not in result.stderr


def test_demo_once_codes_a_plain_text_article(broker: BrokerInfo, tmp_path: Path) -> None:
    article = tmp_path / "clash.txt"
    article.write_text(ARTICLE_TEXT, encoding="utf-8")
    result = demo(["--once", "--input", str(article)], broker)
    assert result.returncode == 0, result.stderr
    events = [json.loads(line)["value"] for line in result.stdout.splitlines()]
    assert events and all(e["article_id"] == "clash" for e in events)


async def test_the_stream_and_the_offline_cli_give_identical_events(
    make_settings: SettingsFactory, downstream_of: Any, producer: AIOKafkaProducer
) -> None:
    published = "2026-11-25T09:00:00Z"
    out = io.StringIO()
    line = json.dumps({"id": "same-1", "text": ARTICLE_TEXT, "published_at": published})
    assert code_lines([line], out) == 0
    offline = json.loads(out.getvalue())["events"]
    assert offline, "the article has events to compare"

    settings = make_settings()
    service = await prepared(settings)
    downstream = await downstream_of(settings)
    article = {"id": "same-1", "body": ARTICLE_TEXT, "published_at": published}
    async with running(service):
        await producer.send_and_wait(settings.topic_articles, json.dumps(article).encode())
        escalations = sum(
            1
            for e in offline
            if e["quad_class"] >= 3 and -e["goldstein"] >= 5 and e["modality"] == "asserted"
        )
        await downstream.collect(len(offline) + escalations)
        await downstream.settle(1.0)
    streamed = downstream.on(settings.topic_events)
    assert all(event["cluster_id"] for event in streamed), "the tension stage clustered them"
    tension = {"cluster_id": None, "first_report": None}  # what the offline coder leaves empty
    key = lambda e: e["event_id"]  # noqa: E731
    assert sorted((e | tension for e in streamed), key=key) == sorted(offline, key=key)


def test_demo_stops_cleanly_when_its_reader_goes_away(broker: BrokerInfo) -> None:
    """`tensionwatch demo --once | head`: the reader closed the pipe before the first line."""
    command = [sys.executable, "-m", "tensionwatch.entrypoints.cli", "demo", "--once"]
    command += ["--web-port", "0"]
    if broker.kind != "tansu":
        command += ["--broker", broker.bootstrap]
    process = subprocess.Popen(  # noqa: S603
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    process.stdout.close()
    _, errors = process.communicate(timeout=90)
    assert process.returncode == 0, errors
    assert "Traceback" not in errors and "Exception ignored" not in errors, errors
