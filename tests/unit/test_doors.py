"""The doors' pure parts: splitting payloads, reading files, checks, GDELT rows, tail lines."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tensionwatch.entrypoints.inputs import MissingInputError, check_paths, expand, read_inputs
from tensionwatch.entrypoints.tail import Filters, highlighted, marked
from tensionwatch.service.gdelt import GDELT_COLUMNS, event_row, global_event_id
from tensionwatch.service.handler import Limits
from tensionwatch.service.intake import (
    Accepted,
    PayloadError,
    Rejected,
    check_payload,
    split_records,
)

LIMITS = Limits(max_record_bytes=2_000)
EVENT = {
    "event_id": "0123456789abcdef01234567",
    "article_id": "demo-0002",
    "sentence_index": 3,
    "sentence": "Ukrainian troops shelled Russian positions near Donetsk overnight, Moscow said.",
    "evidence": "shelled",
    "cameo_code": "195",
    "cameo_root": "19",
    "plover_type": "ASSAULT",
    "quad_class": 4,
    "penta_class": 4,
    "goldstein": -10.0,
    "source": {"text": "Ukrainian troops", "code": "UKRMIL", "country": "UKR", "sector": "MIL"},
    "target": {"text": "Russian", "code": "RUS", "country": "RUS", "sector": None},
    "dyad": "RUS|UKR",
    "modality": "asserted",
    "event_date": "2026-11-21",
    "confidence": 0.8,
    "coder_version": "x",
    "published_at": "2026-11-21T14:00:00Z",
}


def test_a_payload_is_an_array_one_document_or_json_lines() -> None:
    assert split_records(b'[{"a": 1}, {"b": 2}]') == [b'{"a":1}', b'{"b":2}']
    pretty = b'{\n  "id": "p",\n  "body": "x"\n}\n'
    assert split_records(pretty) == [pretty]
    assert split_records(b'{"a": 1}\n\n{"b": 2}\n') == [b'{"a": 1}', b'{"b": 2}']
    assert split_records(b'{"a": 1}', lines=True) == [b'{"a": 1}']
    with pytest.raises(PayloadError, match="empty"):
        split_records(b"  \n")
    with pytest.raises(PayloadError, match="JSON array"):
        split_records(b"[{")


def test_a_broken_pretty_document_is_one_refused_record_not_one_per_line() -> None:
    broken = b'{\n  "id": "p",\n  "body": \n}\n'
    [result] = check_payload(broken, LIMITS)
    assert isinstance(result, Rejected) and result.reason == "invalid_json"


def test_each_record_gets_its_own_verdict_and_accepted_ones_use_our_field_names() -> None:
    payload = b"\n".join(
        [
            json.dumps({"maintext": "Troops met.", "url": "https://e.org/a"}).encode(),
            b"not json",
            json.dumps({"id": "big", "body": "x" * 3_000}).encode(),
            json.dumps({"id": "fr", "body": "Bonjour.", "language": "fr"}).encode(),
            b"[1]",
        ]
    )
    results = check_payload(payload, LIMITS)
    first = results[0]
    assert isinstance(first, Accepted) and first.key == first.id.encode()
    assert json.loads(first.value) == {
        "id": first.id,
        "url": "https://e.org/a",
        "body": "Troops met.",
    }
    reasons = [(r.index, r.reason) for r in results if isinstance(r, Rejected)]
    assert reasons == [
        (1, "invalid_json"),
        (2, "oversize"),
        (3, "unsupported_language"),
        (4, "invalid_schema"),
    ]


def test_files_folders_and_stdin_are_read_as_byte_records(tmp_path: Path) -> None:
    folder = tmp_path / "np"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.json").write_text(json.dumps({"maintext": "A."}, indent=4), encoding="utf-8")
    (folder / "sub" / "b.json").write_text('[{"body": "B1."}, {"body": "B2."}]', "utf-8")
    (folder / "page.html").write_text("<html>", encoding="utf-8")
    lines = tmp_path / "x.jsonl"
    lines.write_bytes(b'{"body": "L1."}\n\n\xff\xfe\n')
    text = tmp_path / "clash.txt"
    text.write_bytes(b"Troops shelled the town.")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(b"Caf\xe9 talks.")
    paths = check_paths([str(folder), str(lines), str(text), str(latin), "-"])
    files, skipped = expand(paths)
    assert skipped == [folder / "page.html"]
    stdin = io.BytesIO(b'{"body": "S."}\n')
    records = list(read_inputs(paths, published_at="2026-11-20T00:00:00Z", stdin=stdin))
    origins = [r.origin for r in records]
    assert origins == [
        str(folder / "a.json"),
        f"{folder / 'sub' / 'b.json'}[0]",
        f"{folder / 'sub' / 'b.json'}[1]",
        f"{lines}:1",
        f"{lines}:3",
        str(text),
        str(latin),
        "<stdin>",
    ]
    assert records[4].raw == b"\xff\xfe", "a line that is not UTF-8 is still a record"
    article = json.loads(records[5].raw)
    assert article["id"] == "clash" and article["body"].startswith("Troops shelled")
    assert article["published_at"] == "2026-11-20T00:00:00Z"
    assert records[6].error is not None and records[6].error.startswith("not UTF-8 text")
    assert len(files) == 6


def test_missing_inputs_are_named_in_the_error(tmp_path: Path) -> None:
    with pytest.raises(MissingInputError, match=r"gone\.jsonl, also-gone"):
        check_paths([str(tmp_path), "gone.jsonl", "also-gone"])


def test_an_event_maps_onto_gdelts_columns() -> None:
    added = round(datetime(2026, 11, 21, 15, 30, 5, tzinfo=UTC).timestamp() * 1000)
    row = event_row(EVENT, added_ms=added, url="https://e.org/u", counts=(5, 3, 4))
    assert list(row)[: len(GDELT_COLUMNS)] == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
    assert row["GLOBALEVENTID"] == global_event_id(EVENT["event_id"]) == 0x0123456789ABCDE
    assert (row["SQLDATE"], row["MonthYear"], row["Year"]) == (20261121, 202611, 2026)
    assert row["FractionDate"] == pytest.approx(2026 + 324 / 365, abs=1e-4)
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"]) == (
        "UKRMIL",
        "UKRAINIAN TROOPS",
        "UKR",
    )
    assert (row["Actor1Type1Code"], row["Actor2Code"], row["Actor2Type1Code"]) == (
        "MIL",
        "RUS",
        "",
    )
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("195", "195", "19")
    assert (row["QuadClass"], row["GoldsteinScale"], row["IsRootEvent"]) == (4, -10.0, 0)
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (5, 3, 4)
    assert row["DATEADDED"] == 20261121153005
    assert row["SOURCEURL"] == "https://e.org/u"
    assert row["AvgTone"] is None and row["ActionGeo_Lat"] is None
    assert row["TW_PLOVER_TYPE"] == "ASSAULT" and row["TW_EVIDENCE"] == "shelled"


def test_an_igo_actor_gets_gdelts_known_group_code() -> None:
    igo = {"text": "European Union", "code": "IGOEUREEC", "country": None, "sector": "IGO"}
    row = event_row(EVENT | {"source": igo, "sentence_index": 0})
    assert (row["Actor1KnownGroupCode"], row["Actor1CountryCode"], row["IsRootEvent"]) == (
        "EEC",
        "",
        1,
    )
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == (1, 1, 1)


def test_tail_filters_match_dyads_either_way_actor_prefixes_types_and_intensity() -> None:
    assert Filters(dyad="ukr|rus").passes(EVENT)
    assert not Filters(dyad="PRK|USA").passes(EVENT)
    assert Filters(actor="UKR").passes(EVENT) and Filters(actor="ukrmil").passes(EVENT)
    assert not Filters(actor="USA").passes(EVENT)
    assert Filters(types=frozenset({"ASSAULT"})).passes(EVENT)
    assert not Filters(types=frozenset({"CONSULT"})).passes(EVENT)
    assert Filters(min_intensity=10).passes(EVENT)
    assert not Filters(min_intensity=10).passes(EVENT | {"goldstein": -2.0})
    assert Filters(alerts_only=True).passes(EVENT)
    assert not Filters(alerts_only=True).passes(EVENT | {"modality": "intended"})
    assert Filters(alerts_only=True).passes({"alert_id": "a1", "dyad": "RUS|UKR"})


def test_the_evidence_is_marked_in_its_sentence() -> None:
    line = highlighted(EVENT["sentence"], "shelled")
    assert marked(line) == (
        "Ukrainian troops «shelled» Russian positions near Donetsk overnight, Moscow said."
    )
    words = highlighted("They said it was shelled at dawn.", "shelled dawn")
    assert marked(words) == "They said it was «shelled» at «dawn»."


def test_the_topic_contract_documents_every_topic_with_a_valid_example() -> None:
    from tensionwatch.domain.models import (
        Alert,
        Article,
        Cluster,
        DeadLetter,
        DyadIndex,
        TensionEvent,
    )
    from tensionwatch.settings import Settings

    text = (Path(__file__).resolve().parents[2] / "docs" / "topics.md").read_text("utf-8")
    sections = dict(re.findall(r"^## `([\w.]+)`\n(.*?)(?=^## |\Z)", text, re.S | re.M))
    defaults = Settings()
    topics = {getattr(defaults, f) for f in type(defaults).model_fields if f.startswith("topic_")}
    assert topics <= set(sections), f"undocumented: {topics - set(sections)}"
    models = {"news.articles": Article, "tension.events": TensionEvent}
    models |= {"news.articles.dlq": DeadLetter, "tension.clusters": Cluster}
    models |= {"tension.index": DyadIndex, "tension.alerts": Alert}
    for topic, model in models.items():
        [example] = re.findall(r"```json\n(.*?)```", sections[topic], re.S)
        model.model_validate_json(example)


def test_index_records_flatten_into_dotted_columns() -> None:
    from tensionwatch.entrypoints.export import flatten

    record = {"dyad": "RUS|UKR", "conflict": {"h24": 3.5, "d7": 1.0}, "quad": [1, 2]}
    assert flatten(record) == {
        "dyad": "RUS|UKR",
        "conflict.h24": 3.5,
        "conflict.d7": 1.0,
        "quad": "[1, 2]",
    }


def test_tail_lines_for_alerts_clusters_and_index_records() -> None:
    from types import SimpleNamespace

    from tensionwatch.entrypoints.tail import describe

    record = SimpleNamespace(timestamp=0)
    alert = {"alert_id": "IND|PAK@2026-11-24", "dyad": "IND|PAK", "day": "2026-11-24"}
    alert |= {"severity": "high", "status": "raised", "level_before": 0.5, "level": 8.25}
    alert |= {"sources": ["a", "b"], "clusters": [{"cluster_id": "c"}]}
    assert describe(record, alert).plain.endswith(
        "2026-11-24  IND|PAK   ALERT HIGH raised  conflict 0.5 → 8.2  2 sources  1 clusters"
    )
    cluster = {"cluster_id": "c", "dyad": "IND|PAK", "event_date": "2026-11-24", "mentions": 3}
    cluster |= {"articles": 2, "sources": 2, "cameo_root": "19", "first_sentence": "Shelled."}
    assert "CLUSTER root 19 3 mentions, 2 articles, 2 sources  Shelled." in (
        describe(record, cluster).plain
    )
    horizons = {"h24": 2.0, "d7": 1.0, "d30": 0.5}
    index = {"dyad": "IND|PAK", "as_of": "2026-11-24", "conflict": horizons, "baseline": 0.25}
    index |= {"tension": horizons | {"h24": 1.5}, "escalated": True}
    line = describe(record, index).plain
    assert "INDEX tension +1.50  conflict 2.00  baseline 0.25  ESCALATED" in line
    assert Filters(min_intensity=2.0).passes(index) and not Filters(min_intensity=2.1).passes(index)
    assert Filters(min_intensity=8.0).passes(alert)
