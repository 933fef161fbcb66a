"""The tension maths, pure: event days, outlets, clusters, decaying rates, the baseline."""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime

import orjson
import pytest

from tensionwatch.domain.models import TensionEvent
from tensionwatch.domain.tension.clusters import ClusterState
from tensionwatch.domain.tension.events import (
    CodedEvent,
    coded_event,
    event_day,
    outlet_key,
    reports_deaths,
)
from tensionwatch.domain.tension.index import decayed, trailing_means
from tensionwatch.domain.tension.params import TensionParams
from tests.fakes import coded_event as make_event

PARAMS = TensionParams()


def read(event: TensionEvent) -> CodedEvent:
    """The event as the stage reads it from tension.coded."""
    return coded_event(orjson.loads(event.model_dump_json()))


def test_an_event_counts_on_its_own_date_else_on_its_articles() -> None:
    published = datetime(2026, 11, 20, 8, tzinfo=UTC)
    assert event_day(date(2026, 11, 18), published) == date(2026, 11, 18).toordinal()
    assert event_day(None, published) == date(2026, 11, 20).toordinal()
    assert event_day(None, None) is None


def test_a_date_after_the_article_is_taken_as_the_coders_error() -> None:
    published = datetime(2026, 11, 20, 8, tzinfo=UTC)
    assert event_day(date(2026, 11, 21), published) == date(2026, 11, 21).toordinal()
    assert event_day(date(2031, 1, 1), published) == date(2026, 11, 20).toordinal()


def test_outlets_are_compared_by_name_or_host_without_www() -> None:
    assert outlet_key("www.Herald.example", None) == "herald.example"
    assert outlet_key(None, "https://www.wire.example/a/1") == "wire.example"
    assert outlet_key("", None) == "unknown"


def test_deaths_come_from_killing_codes_or_casualty_words() -> None:
    assert reports_deaths("186", "The minister was assassinated.")
    assert reports_deaths("190", "Shelling killed three civilians.")
    assert not reports_deaths("190", "Troops shelled the town.")


def test_three_outlets_make_one_cluster_weighted_by_its_sources() -> None:
    reports = [make_event(f"a{n}", "2026-11-18", outlet=o) for n, o in enumerate("abc")]
    reports.append(make_event("a3", "2026-11-18", outlet="a"))  # a syndicated copy
    cluster = ClusterState.open(read(reports[0]), date(2026, 11, 18).toordinal())
    for report in reports:
        assert cluster.add(read(report), PARAMS)
    assert (len(cluster.mentions), len(cluster.articles), len(cluster.sources)) == (4, 4, 3)
    assert cluster.weight() == round(1000 * 10 * (1 + math.log2(3)))


def test_a_replayed_report_changes_nothing() -> None:
    event = read(make_event("a1", "2026-11-18"))
    cluster = ClusterState.open(event, event.day)
    assert cluster.add(event, PARAMS)
    before = cluster.to_json()
    assert not cluster.add(event, PARAMS)
    assert cluster.to_json() == before


def test_a_cluster_is_the_same_whatever_order_its_reports_come_in() -> None:
    reports = [read(make_event(f"a{n}", "2026-11-18", outlet=f"o{n % 4}")) for n in range(12)]
    states = []
    for seed in range(3):
        order = reports[:]
        random.Random(seed).shuffle(order)  # noqa: S311
        cluster = ClusterState.open(order[0], order[0].day)
        for report in order:
            cluster.add(report, PARAMS)
        states.append({k: v for k, v in cluster.to_json().items() if k != "opened_by"})
    assert states[0] == states[1] == states[2]


def test_a_full_cluster_stops_counting_and_says_so() -> None:
    params = TensionParams(max_sources=2)
    reports = [read(make_event(f"a{n}", "2026-11-18", outlet=f"o{n}")) for n in range(4)]
    cluster = ClusterState.open(reports[0], reports[0].day)
    for report in reports:
        cluster.add(report, params)
    assert len(cluster.sources) == 2 and cluster.saturated


def test_a_cluster_survives_its_changelog_form() -> None:
    reports = [read(make_event(f"a{n}", "2026-11-18", outlet=f"o{n}")) for n in range(3)]
    cluster = ClusterState.open(reports[0], reports[0].day)
    for report in reports:
        cluster.add(report, PARAMS)
    again = ClusterState.from_json(orjson.loads(orjson.dumps(cluster.to_json())))
    assert again == cluster


def test_a_steady_daily_weight_reads_the_same_on_every_horizon() -> None:
    for half_life in (0.5, 3.5, 15.0):
        assert decayed([4.0] * 400, half_life)[-1] == pytest.approx(4.0)


def test_one_cluster_adds_its_weight_over_the_days_after_it() -> None:
    rates = decayed([10.0] + [0.0] * 300, 0.5)
    assert rates[0] == pytest.approx(7.5)
    assert sum(rates) == pytest.approx(10.0)


def test_the_baseline_is_the_mean_of_the_days_before_and_starts_neutral() -> None:
    means = trailing_means([28.0] + [0.0] * 28 + [5.0], 28)
    assert means[0] == 0.0  # no history: neutral
    assert means[1] == pytest.approx(1.0)
    assert means[28] == pytest.approx(1.0)
    assert means[29] == 0.0  # the heavy day has left the window


def test_the_history_must_cover_the_lateness_bound_and_the_baseline() -> None:
    with pytest.raises(ValueError, match="history_days"):
        TensionParams(lateness_days=60, history_days=70)
