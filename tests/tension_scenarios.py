"""Articles for the tension tests, written for them: one act from three outlets, and a week
on one dyad that turns from talks to shelling (coded by `tests.fakes.ScriptCoder`)."""

from __future__ import annotations

import json
import random
from typing import Any

import orjson

from tensionwatch.domain.tension.params import TensionParams
from tensionwatch.service.handler import ArticleHandler, Limits, RecordMeta
from tensionwatch.service.tension import StageResult, TensionStage
from tests.fakes import MemoryTensionStore, RecordingMetrics, ScriptCoder, TensionMetrics

WEEK = [f"2026-11-{day}" for day in range(16, 23)]  # Monday 16 to Sunday 22 November


def article(number: str, outlet: str, day: str, body: str, hour: int = 12) -> dict[str, Any]:
    """An article of `outlet` published on `day` at `hour` (UTC)."""
    return {
        "id": f"tw-{number}",
        "source": outlet,
        "url": f"https://{outlet}/news/{number}",
        "published_at": f"{day}T{hour:02d}:00:00Z",
        "body": body,
    }


def three_outlets_one_act() -> list[dict[str, Any]]:
    """One shelling reported by three outlets (the first twice in its article, headline and
    body), and a syndicated copy of the first report on the same outlet, later."""
    day = "2026-11-18"
    first = f"RUS shelled UKR on {day}.\n\nKyiv said RUS shelled UKR."
    return [
        article("a1", "wire.example", day, first, hour=8),
        article("a2", "daily.example", day, f"Overnight RUS shelled UKR on {day}.", hour=9),
        article(
            "a3", "www.Herald.example", day, f"RUS shelled UKR on {day}. Talks stall.", hour=10
        ),
        article("a4", "wire.example", day, first, hour=11),
    ]


def talks_to_shelling() -> list[dict[str, Any]]:
    """Four days of talks, a day of accusations, then two days of shelling."""
    talks = [
        article(f"w{n}{o}", outlet, day, f"RUS met UKR on {day}. RUS negotiated with UKR.")
        for n, day in enumerate(WEEK[:4])
        for o, outlet in enumerate(["wire.example", "daily.example"])
    ]
    accusation = [article("w4a", "wire.example", WEEK[4], "RUS accused UKR of bad faith.")]
    shelling = [
        article(f"w{5 + n}{o}", outlet, day, f"RUS shelled UKR on {day}. UKR shelled RUS.")
        for n, day in enumerate(WEEK[5:])
        for o, outlet in enumerate(["wire.example", "daily.example", "herald.example"])
    ]
    return talks + accusation + shelling


def records(articles: list[dict[str, Any]]) -> list[bytes]:
    """The articles as input records."""
    return [json.dumps(item).encode() for item in articles]


META = RecordMeta("coded", 0, 0)


def coded(articles: list[dict[str, Any]]) -> list[bytes]:
    """The coded-event lines the coding agent would send the stage for these articles."""
    handler = ArticleHandler(ScriptCoder(), RecordingMetrics(), Limits())
    outputs = [
        handler.handle(raw, RecordMeta("in", 0, n)) for n, raw in enumerate(records(articles))
    ]
    return [o.value for batch in outputs for o in batch if o.kind == "event"]


class Run:
    """A stage over a memory store, fed batch by batch, remembering every record it made."""

    def __init__(self, params: TensionParams | None = None) -> None:
        self.store = MemoryTensionStore()
        self.metrics = TensionMetrics()
        self.stage = TensionStage(params or TensionParams(), self.store, self.metrics, Limits())
        self.results: list[StageResult] = []

    def feed(self, lines: list[bytes], batch: int = 5) -> Run:
        for start in range(0, len(lines), batch):
            chunk = lines[start : start + batch]
            result = self.stage.process([(b"\n".join(chunk), META)])
            self.store.keep(result)
            self.results.append(result)
        return self

    def out(self, kind: str) -> list[Any]:
        return [orjson.loads(e.value) for r in self.results for e in r.outputs if e.kind == kind]

    def final_index(self) -> dict[str, Any]:
        return {index["dyad"]: index for index in self.out("index")}

    def live_alerts(self) -> dict[str, Any]:
        final = {alert["alert_id"]: alert for alert in self.out("alert")}
        return {
            key: {k: v for k, v in alert.items() if k != "status"}
            for key, alert in final.items()
            if alert["status"] != "withdrawn"
        }


CODES = ("CHN", "IRN", "ISR", "KOR", "PRK", "PSE", "RUS", "SYR", "TUR", "UKR", "USA", "YEM")
VERBS = ("met", "negotiated with", "accused", "threatened", "shelled")


def many_dyads(days: int = 4, seed: int = 3) -> list[dict[str, Any]]:
    """Articles about twelve dyads over `days` days, two outlets a day, acts drawn at random."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data
    pairs = [(CODES[i], CODES[(i + 1 + i % 5) % len(CODES)]) for i in range(len(CODES))]
    found = []
    for day in WEEK[:days]:
        for left, right in pairs:
            for outlet in ("wire.example", "daily.example"):
                verb = rng.choice(VERBS)
                body = f"{left} {verb} {right} on {day}."
                found.append(article(f"m-{left}-{right}-{day}-{outlet[0]}", outlet, day, body))
    return found
