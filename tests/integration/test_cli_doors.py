"""`tensionwatch publish`, `tail` and `export` as a person runs them, against the real broker."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tensionwatch.adapters.topic_reader import Start, topic_reader
from tensionwatch.settings import Settings
from tensionwatch.stream.runner import running
from tests.streaming import SettingsFactory, prepared

SAMPLES = Path(__file__).resolve().parents[2] / "services/tensionwatch/entrypoints/samples"


def cli(settings: Settings, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """Run `tensionwatch ARGS` with the test's broker and topics in its environment."""
    env = os.environ | env_of(settings)
    command = [sys.executable, "-m", "tensionwatch.entrypoints.cli", *args]
    return subprocess.run(  # noqa: S603
        command, input=stdin.decode(), capture_output=True, text=True, env=env, timeout=120
    )


def env_of(settings: Settings) -> dict[str, str]:
    names = ("broker", "topic_articles", "topic_events", "topic_escalations", "topic_dead_letters")
    values = {f"TENSIONWATCH_{n.upper()}": str(getattr(settings, n)) for n in names}
    return values | {"TENSIONWATCH_PARTITIONS": str(settings.partitions)}


async def on_topic(settings: Settings, topic: str) -> list[Any]:
    async with topic_reader(settings, [topic], Start(True)) as reader:
        return [record async for record in reader.until_end()]


async def test_publish_reads_files_folders_text_and_stdin_and_reports_rejections(
    make_settings: SettingsFactory, tmp_path: Path
) -> None:
    settings = make_settings()
    await prepared(settings)
    folder = tmp_path / "news-please"
    folder.mkdir()
    for number in range(3):  # news-please writes one pretty-printed JSON file per article
        article = {"maintext": f"Story {number}. Troops met.", "url": f"https://e.org/{number}"}
        (folder / f"{number}.json").write_text(json.dumps(article, indent=4), encoding="utf-8")
    lines = tmp_path / "scraped.jsonl"
    lines.write_text('{"id": "j-1", "body": "Troops met."}\n{"id": "j-2", "body": \n', "utf-8")
    text = tmp_path / "clash.txt"
    text.write_text("Troops shelled the town.", encoding="utf-8")
    stdin = b'{"id": "s-1", "body": "Envoys met."}\n{"id": "s-2", "body": ""}\n'
    result = cli(settings, "publish", str(folder), str(lines), str(text), "-", stdin=stdin)
    assert result.returncode == 1, result.stderr
    assert f"sent 6 article(s) to {settings.topic_articles}, rejected 2" in result.stderr
    assert f"{lines}:2: invalid_json: not valid JSON" in result.stderr
    assert "<stdin>[1]: empty_body: article body is empty" in result.stderr
    assert "\x1b[" not in result.stderr, "no progress bar or colours in a pipe"
    keys = sorted(r.key for r in await on_topic(settings, settings.topic_articles))
    assert len(keys) == 6 and {b"j-1", b"s-1", b"clash"} <= set(keys)


async def test_publish_of_a_missing_file_names_it_and_sends_nothing(
    make_settings: SettingsFactory, tmp_path: Path
) -> None:
    settings = make_settings()
    await prepared(settings)
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "g", "body": "Troops met."}\n', encoding="utf-8")
    result = cli(settings, "publish", str(good), str(tmp_path / "nope.jsonl"))
    assert result.returncode == 1
    assert f"no such file or folder: {tmp_path / 'nope.jsonl'}" in result.stderr
    assert await on_topic(settings, settings.topic_articles) == []
    clean = cli(settings, "publish", str(good))
    assert clean.returncode == 0, clean.stderr
    assert "sent 1 article(s)" in clean.stderr and "rejected 0" in clean.stderr


@pytest.mark.slow
async def test_tail_and_export_show_what_the_worker_coded(
    make_settings: SettingsFactory, tmp_path: Path
) -> None:
    settings = make_settings()
    service = await prepared(settings)
    async with running(service):
        published = cli(settings, "publish", str(SAMPLES / "articles.jsonl"))
        sent = re.search(r"sent (\d+) article\(s\)", published.stderr)
        assert sent is not None and int(sent.group(1)) >= 3, published.stderr
        events = await wait_for_events(settings, 10)

    tailed = cli(
        settings, "tail", "events", "--from-beginning", "--exit-at-end", "--type", "assault"
    )
    assert tailed.returncode == 0, tailed.stderr
    lines = tailed.stdout.splitlines()
    assault = [e for e in events if e["plover_type"] == "ASSAULT"]
    assert len(lines) == len(assault) >= 1
    assert any("RUS|UKR" in line and "«shelled»" in line for line in lines), lines
    as_json = cli(settings, "tail", "events", "--from-beginning", "--exit-at-end", "--json",
                  "--dyad", "ukr|rus")  # fmt: skip
    values = [json.loads(line)["value"] for line in as_json.stdout.splitlines()]
    assert values and all(v["dyad"] == "RUS|UKR" for v in values)

    exported = cli(settings, "export", "events")
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert sorted(r["TW_EVENT_ID"] for r in rows) == sorted(e["event_id"] for e in events)
    korea = next(r for r in rows if r["TW_ARTICLE_ID"] == "demo-0001")
    assert korea["SOURCEURL"] == "https://example.org/world/korea-missile"
    gdelt = cli(settings, "export", "events", "--format", "gdelt")
    assert all(len(line.split("\t")) == 61 for line in gdelt.stdout.splitlines())
    parquet = tmp_path / "events.parquet"
    cli(settings, "export", "events", "--format", "parquet", "--output", str(parquet))
    import pyarrow.parquet as pq

    table = pq.read_table(parquet)
    assert table.num_rows == len(events) and table.column_names[:2] == ["GLOBALEVENTID", "SQLDATE"]


async def wait_for_events(settings: Settings, at_least: int) -> list[Any]:
    """The events on the events topic, once there are at least `at_least` of them."""
    import asyncio

    async with asyncio.timeout(60):
        while True:
            records = await on_topic(settings, settings.topic_events)
            if len(records) >= at_least:
                await asyncio.sleep(1.0)  # let the rest of the batch land
                return [
                    json.loads(r.value) for r in await on_topic(settings, settings.topic_events)
                ]
            await asyncio.sleep(0.5)


async def test_tail_and_export_name_what_is_wrong(make_settings: SettingsFactory) -> None:
    settings = make_settings()
    await prepared(settings)
    tailed = cli(settings, "tail", "no-such-topic", "--exit-at-end")
    assert tailed.returncode == 1
    assert "no such topic on the broker: no-such-topic" in tailed.stderr
    exported = cli(settings, "export", "events", "--format", "parquet")
    assert exported.returncode == 1 and "Parquet is binary" in exported.stderr
    exported = cli(settings, "export", "index", "--format", "gdelt")
    assert exported.returncode == 1 and "events only" in exported.stderr
    exported = cli(settings, "export", "events", "-o", "/no/such/folder/events.csv")
    assert exported.returncode == 1 and "no such folder for the output: /no/such/folder" in (
        exported.stderr
    )


async def test_ingest_runs_alone_and_stops_on_sigterm(make_settings: SettingsFactory) -> None:
    import asyncio
    import signal

    import aiohttp

    from tensionwatch.adapters.devbroker import free_port, wait_for_port

    settings = make_settings()
    port = free_port()
    env = os.environ | env_of(settings) | {"TENSIONWATCH_INGEST_TOKEN": "alone"}
    command = [sys.executable, "-m", "tensionwatch.entrypoints.cli", "ingest", "--port", str(port)]
    refused = subprocess.run(  # noqa: S603
        command, env=os.environ | env_of(settings), capture_output=True, text=True, timeout=60
    )
    assert refused.returncode == 1 and "needs TENSIONWATCH_INGEST_TOKEN" in refused.stderr
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # noqa: S603
    try:
        await asyncio.to_thread(wait_for_port, "127.0.0.1", port, 60)
        async with aiohttp.ClientSession() as http:
            headers = {"Authorization": "Bearer alone"}
            article = {"id": "alone-1", "body": "Troops met."}
            url = f"http://127.0.0.1:{port}/v1/articles"
            async with http.post(url, json=article, headers=headers) as response:
                assert response.status == 202
                assert (await response.json())["accepted"] == [{"index": 0, "id": "alone-1"}]
            async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                assert response.status == 200
    finally:
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=30)
    assert process.returncode == 0, errors
    assert [r.key for r in await on_topic(settings, settings.topic_articles)] == [b"alone-1"]
