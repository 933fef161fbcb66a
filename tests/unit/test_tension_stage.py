"""The tension stage without a broker: clusters, index, alerts, replays and late events."""

from __future__ import annotations

import json
import random
from typing import Any

from tensionwatch.domain.tension.params import TensionParams
from tensionwatch.service.handler import RecordMeta
from tests.tension_scenarios import (
    WEEK,
    Run,
    article,
    coded,
    talks_to_shelling,
    three_outlets_one_act,
)

META = RecordMeta("coded", 0, 0)


def test_three_outlets_reporting_one_act_make_one_cluster() -> None:
    run = Run().feed(coded(three_outlets_one_act()))
    events = run.out("event")
    assert len({e["cluster_id"] for e in events}) == 1
    assert [e["first_report"] for e in events].count(True) == 1
    final = run.out("cluster")[-1]
    assert (final["mentions"], final["articles"], final["sources"]) == (6, 4, 3)
    assert final["source_names"] == ["daily.example", "herald.example", "wire.example"]
    assert final["first_url"] == "https://wire.example/news/a1"


def test_a_week_turning_from_talks_to_shelling_raises_one_alert() -> None:
    run = Run().feed(coded(talks_to_shelling()), batch=3)
    raised = [a["alert_id"] for a in run.out("alert") if a["status"] == "raised"]
    assert raised == [f"RUS|UKR@{WEEK[5]}"]
    assert {a["status"] for a in run.out("alert")} <= {"raised", "updated"}
    [alert] = run.live_alerts().values()  # as later reports of that day left it
    assert alert["sources"] == ["daily.example", "herald.example", "wire.example"]
    assert alert["level"] >= alert["threshold"] > alert["level_before"]
    assert alert["clusters"] and set(alert["events"]) <= {e["event_id"] for e in run.out("event")}
    assert run.final_index()["RUS|UKR"]["escalated_since"] == WEEK[5]


def test_shuffled_articles_give_the_same_index_and_alerts() -> None:
    lines = coded(talks_to_shelling())
    ordered = Run().feed(lines, batch=3)
    for seed in range(5):
        shuffled = lines[:]
        random.Random(seed).shuffle(shuffled)  # noqa: S311
        again = Run().feed(shuffled, batch=2)
        assert again.final_index() == ordered.final_index()
        assert again.live_alerts() == ordered.live_alerts()


def test_a_replayed_batch_publishes_its_events_again_and_nothing_else() -> None:
    lines = coded(talks_to_shelling())
    run = Run().feed(lines, batch=4)
    replay = run.stage.process([(b"\n".join(lines), META)])
    assert {e.kind for e in replay.outputs} == {"event"}
    assert replay.writes == [] and replay.alerts == []
    assert set(run.metrics.outcomes[-len(lines) :]) == {"duplicate"}


def test_one_outlet_alone_does_not_raise_an_alert() -> None:
    day = WEEK[5]
    alone = [article(f"s{n}", "wire.example", day, f"RUS shelled UKR on {day}.") for n in range(3)]
    assert Run().feed(coded(alone)).out("alert") == []


def test_one_outlet_reporting_deaths_raises_an_alert() -> None:
    day = WEEK[5]
    body = f"RUS shelled UKR on {day}, and three people were killed."
    run = Run().feed(coded([article("k1", "wire.example", day, body)]))
    [alert] = run.out("alert")
    assert alert["deaths"] and alert["severity"] in ("high", "critical")


def test_an_escalated_dyad_alerts_again_only_after_calming_down() -> None:
    def shelling(day: str, tag: str) -> list[dict[str, Any]]:
        return [
            article(f"{tag}{o}", outlet, day, f"RUS shelled UKR on {day}.")
            for o, outlet in enumerate(["a.example", "b.example"])
        ]

    days = ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-20"]
    articles = [item for n, day in enumerate(days) for item in shelling(day, f"d{n}")]
    raised = [a["day"] for a in Run().feed(coded(articles)).out("alert") if a["status"] == "raised"]
    assert raised == ["2026-10-01", "2026-10-20"]


def test_a_late_report_that_moves_the_rise_withdraws_the_first_alert() -> None:
    def shelling(day: str, tag: str) -> list[dict[str, Any]]:
        return [
            article(f"{tag}{o}", outlet, day, f"RUS shelled UKR on {day}.")
            for o, outlet in enumerate(["a.example", "b.example"])
        ]

    run = Run().feed(coded(shelling(WEEK[6], "late")))
    run.feed(coded(shelling(WEEK[5], "early")))
    first, *then = [(a["status"], a["day"]) for a in run.out("alert")]
    assert first == ("raised", WEEK[6])
    assert sorted(then) == [("raised", WEEK[5]), ("withdrawn", WEEK[6])]


def test_events_past_the_lateness_bound_are_published_without_a_cluster() -> None:
    recent = article("r1", "a.example", "2026-11-20", "RUS shelled UKR on 2026-11-20.")
    old = article("o1", "a.example", "2026-09-01", "RUS met UKR on 2026-09-01.")
    run = Run(TensionParams(lateness_days=30)).feed(coded([recent, old]), batch=1)
    late = [e for e in run.out("event") if e["article_id"] == "tw-o1"]
    assert late and all(e["cluster_id"] is None for e in late)
    assert "too_late" in run.metrics.outcomes


def test_a_coded_line_that_is_not_an_event_becomes_a_dead_letter() -> None:
    run = Run().feed([b'{"event_id": "x"}', b"{not json"])
    letters = run.out("dead_letter")
    assert sorted(letter["reason"] for letter in letters) == ["invalid_json", "invalid_schema"]
    assert run.out("event") == []


def test_clusters_past_the_lateness_bound_are_deleted() -> None:
    first = article("e1", "a.example", "2026-10-01", "RUS met UKR on 2026-10-01.")
    later = article("e2", "a.example", "2026-11-20", "RUS met UKR on 2026-11-20.")
    run = Run(TensionParams(lateness_days=30)).feed(coded([first]))
    assert len(run.store.clusters) == 1
    run.feed(coded([later]))
    deleted = [w.key for r in run.results for w in r.writes if w.value is None]
    assert len(deleted) == 1 and len(run.store.clusters) == 1
    assert json.dumps(run.final_index()["RUS|UKR"]["as_of"]) == '"2026-11-20"'
