"""Fit the coder's confidence on labelled news: whole articles and news-stream sets.

    python scripts/calibrate.py ARTICLES_FOLDER STREAM.jsonl [MORE.jsonl ...] [--check]
        [--fit map|weights] [--label type|dyad] [--fit-plain | --plain-only]

Confidence has two parts. A logistic model over the features of `domain/confidence.py`
scores each act, and the coder keeps or drops acts by that score (floors 0.3, and 0.5 in an
article that opens with a dateline: `calibration.RAW_FLOOR`, `RAW_WIRE_FLOOR`). A monotone map
per kind of copy (`domain/calibration.py`: agency copy, with a dateline, and the rest) turns
the score into the confidence. Both are written to
`services/tensionwatch/domain/data/calibration.tsv` with the provenance of their data (not
with `--check`).

ARTICLES_FOLDER holds articles with every event labelled (`gold.json`, as for `tensionwatch
evaluate FOLDER`): each body event the coder emits is right when it is a real act of its
sentence with the right type (it matches a gold event by type, one to one; whether the parties
are right is scored apart, as the dyad). Each STREAM.jsonl (news_stream_dev's format: the news
stream, the wire-style sets) holds sentences labelled relevant or not with their main event:
the coder's top event of each sentence is right when the sentence is relevant and the type
matches. `--label dyad` asks for both parties' countries right too.

`--fit map` (the default) leaves the weights and fits the maps: Platt scaling of the score's
log-odds (two numbers a map, Platt's smoothed targets, Newton's method: deterministic), on the
events the coder keeps at the floor of 0.3 on the score with no agency floor, so that the map
also holds for the acts between the two floors. The map of agency copy is fitted on the events
of articles with a dateline; the other stays the identity unless `--fit-plain`, and
`--plain-only` fits the other alone, on the events of articles without a dateline, keeping the
map of agency copy and its provenance in the data file (the news-site sets `feed_probe_1` to
`_4`: see docs/coder.md, Calibration). The recommended thresholds
are the maps' images of the floors, so exactly the same events pass. The script prints a
leave-one-set-out check: each set coded at those thresholds with the maps fitted on the other
sets, beside the current maps (calibration error against the type and against the dyad, the
events passing, dyad precision and recall, irrelevant sentences left without an event).

`--fit weights` refits the logistic model instead (L2-penalised, batch gradient descent, with
the signs every feature must have: a vaguer trigger, a penalty, a missing party never raise
the score) on every body event and every sentence's top event at no floor, prints the same
check for the weights fitted on the other sets, and writes them with identity maps (refit the
maps after it). New weights move the floors: other events pass.
"""

from __future__ import annotations

import argparse
import math
import re
import subprocess
import textwrap
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from tensionwatch.domain import calibration, confidence
from tensionwatch.domain.article_eval import (
    assign,
    evaluate_articles,
    full_ok,
    load,
    place,
    type_ok,
)
from tensionwatch.domain.calibration import RAW_FLOOR, RAW_WIRE_FLOOR, Calibration, Platt
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.evaluate import _articles as article_groups
from tensionwatch.domain.evaluate import _sentence as as_sentence
from tensionwatch.domain.evaluate import evaluate, matching_gold, predict
from tensionwatch.domain.labelled import load_rows
from tensionwatch.domain.pipeline import code_article, new_context
from tensionwatch.domain.scoring import Judged, dyad_right, reliability, reliability_lines
from tensionwatch.domain.segmenter import segment

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "services/tensionwatch/domain/data/calibration.tsv"
L2 = 1.0
STEPS = 4000
RATE = 0.5
# +1: the weight may not be negative; -1: not positive; 0: free.
SIGNS = {
    "weight": 1,
    "penalty": -1,
    "descriptive": -1,
    "fallback": -1,
    "hedged": -1,
    "acts": -1,
    "discount": -1,
    "source": 1,
    "target": 1,
    "distance": -1,
    "relevance": 1,
}
# (features, type right, dyad right)
Sample = tuple[list[float], bool, bool]
# The map's fit: Newton steps, and the least slope (the map must stay strictly increasing).
NEWTON_STEPS = 100
MIN_SLOPE = 0.05
# (score, type right, dyad right, in agency copy)
Scored = tuple[float, bool, bool, bool]
# (features, type right, dyad right, in agency copy)
Event = tuple[list[float], bool, bool, bool]


def article_samples(folder: Path, coder: Coder | None = None) -> list[Sample]:
    """(features, rights) of every body event the coder emits on the folder's articles (at
    no floor unless `coder` has one)."""
    return [(features, typed, dyad) for features, typed, dyad, _ in _article_events(folder, coder)]


def _article_events(folder: Path, coder: Coder | None) -> list[Event]:
    """(features, type right, dyad right, in agency copy) of every body event."""
    articles, gold, _ = load(folder)
    coder, recorder = _recording(coder)
    samples: list[Event] = []
    for article in articles:
        recorder.clear()
        title = article.get("title") or None
        agency = bool(new_context(title, segment(article["id"], article["text"])).dateline)
        coded = code_article(coder, article["id"], article["text"], title=title)
        values = dict(recorder)
        golds = gold.get(article["id"], [])
        body = [e for e in coded.events if not e.headline]
        by_sentence: dict[object, list[dict[str, object]]] = {}
        for g in golds:
            by_sentence.setdefault(g["sentence_index"], []).append(g)
        for where, events in place(body, golds, article["text"]).items():
            here = by_sentence.get(where, [])
            typed = set(assign(here, events, type_ok).values())
            full = set(assign(here, events, full_ok).values())
            samples.extend(
                (values[e.event_id], j in typed, j in full, agency) for j, e in enumerate(events)
            )
    return samples


def stream_samples(path: Path, coder: Coder | None = None) -> list[Sample]:
    """(features, rights) of the coder's top event of every sentence that has one (at no
    floor unless `coder` has one)."""
    return [(features, typed, dyad) for features, typed, dyad, _ in _stream_events(path, coder)]


def _stream_events(path: Path, coder: Coder | None) -> list[Event]:
    """(features, type right, dyad right, in agency copy) of every sentence's top event."""
    rows = load_rows(path)
    coder, recorder = _recording(coder)
    predictions = predict(coder, rows)
    values = dict(recorder)
    agency: list[bool] = []  # of each row: does its article open with a dateline
    for group in article_groups(rows):
        opening = new_context(None, [as_sentence(row, i) for i, row in enumerate(group)])
        agency.extend([bool(opening.dateline)] * len(group))
    samples: list[Event] = []
    for row, predicted, wire in zip(rows, predictions, agency, strict=True):
        if predicted is None:
            continue
        gold = matching_gold(row, predicted, "plover") if row.relevant else None
        typed = gold is not None and gold.plover == predicted.plover_type
        dyad = gold is not None and typed and dyad_right(predicted, gold)
        samples.append((values[predicted.event_id], typed, dyad, wire))
    return samples


def scored_samples(path: Path) -> list[Scored]:
    """(score, rights, in agency copy) of the events the coder keeps on `path` at the floor
    on the score (`RAW_FLOOR`), with no agency floor: what the maps are fitted on."""
    coder = Coder(maps=Calibration(), min_confidence=RAW_FLOOR)
    model = confidence.model()
    found = _article_events(path, coder) if path.is_dir() else _stream_events(path, coder)
    return [(model.score(values), typed, dyad, agency) for values, typed, dyad, agency in found]


def _recording(coder: Coder | None = None) -> tuple[Coder, list[tuple[str, list[float]]]]:
    coder = coder or Coder(min_confidence=0.0)
    recorder: list[tuple[str, list[float]]] = []
    coder.recorder = recorder
    return coder, recorder


def fit(samples: Sequence[Sample], label: int = 1) -> list[float]:
    """Logistic regression weights (the bias, feature 0, is not penalised), kept to SIGNS;
    `label` 1 fits the type right, 2 the dyad right."""
    n, k = len(samples), len(confidence.FEATURES)
    signs = [SIGNS.get(name, 0) for name in confidence.FEATURES]
    weights = [0.0] * k
    for _ in range(STEPS):
        gradient = [0.0] * k
        for sample in samples:
            values = sample[0]
            z = sum(w * v for w, v in zip(weights, values, strict=True))
            error = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) - float(sample[label])
            for i, v in enumerate(values):
                gradient[i] += error * v
        for i in range(k):
            penalty = L2 * weights[i] if i else 0.0
            weights[i] -= RATE * (gradient[i] + penalty) / n
            if signs[i] * weights[i] < 0:
                weights[i] = 0.0
    return weights


def score(weights: Sequence[float], values: list[float]) -> float:
    return confidence.Model(tuple(weights)).score(values)


@contextmanager
def weighted(weights: Sequence[float] | None) -> Iterator[None]:
    """The coder scoring with `weights` (None: the current model) while inside."""
    if weights is None:
        yield
        return
    current: Callable[[], confidence.Model] = confidence.model
    confidence.model = lambda: confidence.Model(tuple(weights))  # type: ignore[assignment]
    try:
        yield
    finally:
        confidence.model = current  # type: ignore[assignment]


def fit_map(samples: Sequence[Scored], label: int = 1) -> Platt:
    """Platt scaling: the slope and offset on the score's log-odds that fit `samples` best
    (log-loss against Platt's smoothed targets, Newton's method); `label` 1 fits the type
    right, 2 the dyad right. The slope stays at least MIN_SLOPE, so the map keeps the order of
    acts; without samples the map is the identity."""
    if not samples:
        return Platt()
    positives = sum(1 for s in samples if s[label])
    high = (positives + 1) / (positives + 2)
    low = 1 / (len(samples) - positives + 2)
    points = [(calibration._logit(s[0]), high if s[label] else low) for s in samples]
    slope, offset = 1.0, 0.0
    for _ in range(NEWTON_STEPS):
        ga = gb = haa = hab = hbb = 0.0
        for x, y in points:
            p = 1.0 / (1.0 + math.exp(-max(min(slope * x + offset, 30.0), -30.0)))
            error, weight = p - y, p * (1.0 - p)
            ga, gb = ga + error * x, gb + error
            haa, hab, hbb = haa + weight * x * x, hab + weight * x, hbb + weight
        det = haa * hbb - hab * hab
        if det <= 1e-12:
            break
        slope = max(slope - (hbb * ga - hab * gb) / det, MIN_SLOPE)
        offset -= (haa * gb - hab * ga) / det
    return Platt(round(slope, 4), round(offset, 4))


def fit_maps(
    samples: Sequence[Scored], label: int, plain: bool, keep: Platt | None = None
) -> Calibration:
    """The map of agency copy fitted on its events (or `keep`, when given); the other fitted
    too when `plain`."""
    wire = fit_map([s for s in samples if s[3]], label) if keep is None else keep
    other = fit_map([s for s in samples if not s[3]], label) if plain else Platt()
    return Calibration(other, wire)


def mapped(maps: Calibration) -> Coder:
    """A coder with `maps` at their images of the floors: the acts the floors kept."""
    return Coder(
        maps=maps,
        min_confidence=maps.plain.image(RAW_FLOOR),
        wire_min_confidence=maps.wire.image(RAW_WIRE_FLOOR),
    )


def at_floor(
    path: Path,
    coder: Coder,
    weights: Sequence[float] | None = None,
    into: list[Judged] | None = None,
) -> str:
    """One line: what `coder` (scoring with `weights`, None: the current ones) emits on
    `path`; its judged events are added to `into` when given."""
    with weighted(weights):
        if path.is_dir():
            report = evaluate_articles(path, coder)
            p, r, _ = report.figures()
            if into is not None:
                into.extend(report.judged)
            return _line(report.judged, f"dyad P {p:.3f} R {r:.3f}")
        result = evaluate(load_rows(path), coder, str(path))
    if into is not None:
        into.extend(result.judged)
    dyads = result.dyads
    tail = f"dyad P {dyads.precision:.3f} R {dyads.recall:.3f}" if dyads else "dyad -"
    return _line(result.judged, f"{tail}  irrelevant->none {result.irrelevant_without_event:.3f}")


def _line(judged: Sequence[Judged], tail: str) -> str:
    _, typed = reliability(judged)
    _, dyad = reliability([(c, bool(d), None) for c, _, d in judged])
    return f"events {len(judged):>4}  CE type {typed:.3f}  CE dyad {dyad:.3f}  {tail}"


def _maps(maps: Calibration) -> str:
    return (
        f"plain {maps.plain.slope:.4f} {maps.plain.offset:+.4f}, "
        f"agency copy {maps.wire.slope:.4f} {maps.wire.offset:+.4f}; thresholds "
        f"{maps.plain.image(RAW_FLOOR)}, {maps.wire.image(RAW_WIRE_FLOOR)}"
    )


HEADER = """# Weights of the coder's confidence model (domain/confidence.py): logistic regression,
# L2 {l2}, signs constrained, fitted by scripts/calibrate.py with tensionwatch {version}
# (coder commit {commit}) on {sets}
# ({right} of {total} right: {label}). Texts of article_events_dev and news_stream_dev from
# eventdata/ConfliBERT @0b630014, pretrain-corpora/Samples (GPL-3.0, copyright with the
# outlets); their labels and the wire-style sets written for this project (CC BY 4.0). Only
# these numbers are derived from that data.
feature\tweight
"""
MAP_MARK = "# Confidence maps"
PLAIN_MARK = "# Map of other copy"
ROWS_MARK = "map\tvalue"
MAP_HEADER = (
    "Confidence maps (domain/calibration.py): Platt scaling of the score's log-odds, fitted by "
    "scripts/calibrate.py --fit map with tensionwatch {version} (coder commit {commit}) on the "
    "events the coder keeps at the floor of {floor} on the score, with no agency floor: {sets} "
    "(right: {label}). wire: articles that open with a dateline ({wire} events, {wire_right} "
    "right); plain: the others ({plain} events, {plain_right} right), {plain_how}. Recommended "
    "thresholds, the images of the floors on the score: {floor} -> {min_image}; {wire_floor} in "
    "agency copy -> {wire_image}. {provenance}"
)
PLAIN_HEADER = (
    "Map of other copy (plain.slope, plain.offset: articles without a dateline and sentences "
    "coded alone), refitted apart by scripts/calibrate.py --plain-only with tensionwatch "
    "{version} (coder commit {commit}) on the events the coder keeps at the floor of {floor} "
    "on the score in the articles without a dateline of {sets} ({plain} events, {plain_right} "
    "right: {label}); it replaces the identity named above, and the map of agency copy above "
    "is kept. Recommended threshold, the image of the floor on the score: {floor} -> "
    "{min_image}. {provenance}"
)
ROUND_SET = re.compile(r"round(\d+)/sets$")
LABELS = {
    1: "a real act of its sentence with the right type",
    2: "the right type and both parties' countries right",
}


def _commit() -> str:
    return (
        subprocess.run(  # noqa: S603
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        or "unknown"
    )


def provenance(paths: Sequence[Path]) -> str:
    """Where the sets the maps were fitted on come from, facts only: the project's own sets,
    the labelled data beside it (as for the weights), and sets its helpers wrote in a round
    (`.../roundN/sets/`), which stay outside the project."""
    inside: list[str] = []
    beside: list[str] = []
    rounds: dict[tuple[int, str], list[str]] = {}
    for path in paths:
        resolved = path.resolve()
        if resolved.is_relative_to(ROOT):
            inside.append(str(resolved.relative_to(ROOT)))
        elif found := ROUND_SET.search(resolved.parent.as_posix()):
            key = (int(found.group(1)), resolved.parent.as_posix())
            rounds.setdefault(key, []).append(path.stem)
        else:
            beside.append(path.name)
    parts = []
    if beside:
        parts.append(f"{', '.join(beside)}: data and licences as for the weights above.")
    for (number, folder), names in sorted(rounds.items()):
        parts.append(
            f"{', '.join(names)}: labelled sets of agency and feed copy written by the "
            f"project's helpers in round {number}, kept outside the project ({folder}; not "
            "shipped)."
        )
    if inside:
        parts.append(f"{', '.join(inside)}: the project's own sets (CC BY 4.0).")
    return " ".join(parts) + " Only these numbers are derived from that data."


def map_rows(maps: Calibration) -> str:
    """The rows of the maps in the data file."""
    return "".join(
        f"{name}\t{value:.4f}\n"
        for name, value in zip(
            calibration.NAMES,
            (maps.plain.slope, maps.plain.offset, maps.wire.slope, maps.wire.offset),
            strict=True,
        )
    )


def with_maps(text: str, block: str) -> str:
    """The data file's `text` with its maps (if any) replaced by `block`."""
    lines = text.splitlines(keepends=True)
    end = next((i for i, line in enumerate(lines) if line.startswith(MAP_MARK)), len(lines))
    return "".join(lines[:end]) + block


def with_plain_map(text: str, paragraph: str, maps: Calibration) -> str:
    """The data file's `text` with the map of other copy's paragraph (a previous one
    replaced) after the agency map's, and the rows of `maps`."""
    lines = text.splitlines(keepends=True)
    rows = next((i for i, line in enumerate(lines) if line.rstrip("\n") == ROWS_MARK), len(lines))
    end = next((i for i, line in enumerate(lines) if line.startswith(PLAIN_MARK)), rows)
    return "".join(lines[: min(end, rows)]) + paragraph + ROWS_MARK + "\n" + map_rows(maps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("streams", type=Path, nargs="+")
    parser.add_argument("--fit", choices=("map", "weights"), default="map")
    parser.add_argument("--label", choices=("type", "dyad"), default="type")
    parser.add_argument("--fit-plain", action="store_true", help="fit the map of other copy")
    parser.add_argument(
        "--plain-only",
        action="store_true",
        help="fit the map of other copy alone, keeping the map of agency copy",
    )
    parser.add_argument("--check", action="store_true", help="print the check, write nothing")
    args = parser.parse_args()
    label = 2 if args.label == "dyad" else 1
    paths: list[Path] = [args.articles, *args.streams]
    if args.fit == "weights":
        _fit_weights(paths, label, args.check)
    else:
        _fit_maps(paths, label, args.fit_plain or args.plain_only, args.check, args.plain_only)


def _fit_maps(
    paths: list[Path], label: int, plain: bool, check: bool, plain_only: bool = False
) -> None:
    sets = [scored_samples(p) for p in paths]
    current = calibration.calibration()
    keep = current.wire if plain_only else None
    print(f"leave one set out (label: {LABELS[label]}); current maps: {_maps(current)}")
    before: list[Judged] = []
    left_out: list[Judged] = []
    for index, path in enumerate(paths):
        others = [s for i, samples in enumerate(sets) if i != index for s in samples]
        maps = fit_maps(others, label, plain, keep)
        print(f"{path.name}:")
        print(f"  current maps     {at_floor(path, mapped(current), into=before)}")
        print(f"  fitted on others {at_floor(path, mapped(maps), into=left_out)}  ({_maps(maps)})")
    print("\n".join(reliability_lines(before, "every set, current maps")))
    print("\n".join(reliability_lines(left_out, "every set, maps fitted on the other sets")))
    everything = [s for samples in sets for s in samples]
    maps = fit_maps(everything, label, plain, keep)
    print(f"fitted on all: {_maps(maps)}")
    for path in paths:
        print(f"  {path.name:<28} {at_floor(path, mapped(maps))}")
    if check:
        return
    wire = [s for s in everything if s[3]]
    other = [s for s in everything if not s[3]]
    if plain_only:
        paragraph = PLAIN_HEADER.format(
            version=Coder.version,
            commit=_commit(),
            floor=RAW_FLOOR,
            sets=", ".join(
                f"{sum(1 for s in samples if not s[3])} of {p.name}"
                for p, samples in zip(paths, sets, strict=True)
            ),
            plain=len(other),
            plain_right=sum(1 for s in other if s[label]),
            label=LABELS[label],
            min_image=maps.plain.image(RAW_FLOOR),
            provenance=provenance(paths),
        )
        paragraph = textwrap.fill(
            paragraph, 94, initial_indent="# ", subsequent_indent="# ", break_on_hyphens=False
        )
        OUT.write_text(with_plain_map(OUT.read_text("utf-8"), paragraph + "\n", maps), "utf-8")
        return
    block = MAP_HEADER.format(
        version=Coder.version,
        commit=_commit(),
        floor=RAW_FLOOR,
        sets=", ".join(f"{len(s)} of {p.name}" for p, s in zip(paths, sets, strict=True)),
        label=LABELS[label],
        wire=len(wire),
        wire_right=sum(1 for s in wire if s[label]),
        plain=len(other),
        plain_right=sum(1 for s in other if s[label]),
        plain_how="fitted" if plain else "not fitted: the identity",
        min_image=maps.plain.image(RAW_FLOOR),
        wire_floor=RAW_WIRE_FLOOR,
        wire_image=maps.wire.image(RAW_WIRE_FLOOR),
        provenance=provenance(paths),
    )
    block = textwrap.fill(block, 94, initial_indent="# ", subsequent_indent="# ")
    block += f"\n{ROWS_MARK}\n"
    OUT.write_text(with_maps(OUT.read_text("utf-8"), block + map_rows(maps)), "utf-8")


def _fit_weights(paths: list[Path], label: int, check: bool) -> None:
    sets = [article_samples(paths[0])] + [stream_samples(p) for p in paths[1:]]
    floors = (RAW_FLOOR, RAW_WIRE_FLOOR)
    print(f"leave one set out (label: {LABELS[label]}; floors {floors[0]}, {floors[1]}):")
    current = mapped(calibration.calibration())
    for index, path in enumerate(paths):
        others = [s for i, samples in enumerate(sets) if i != index for s in samples]
        weights = fit(others, label)
        raw = Coder(maps=Calibration(), min_confidence=floors[0], wire_min_confidence=floors[1])
        print(f"{path.name}:")
        print(f"  current weights  {at_floor(path, current)}")
        print(f"  fitted on others {at_floor(path, raw, weights)}  (identity maps)")
    everything = [s for samples in sets for s in samples]
    weights = fit(everything, label)
    fitted = [(score(weights, s[0]), s[1], s[2]) for s in everything]
    print("\n".join(reliability_lines(fitted, "all sets, no floor, the model fitted on all")))
    print("\n".join(f"{n}\t{w:.4f}" for n, w in zip(confidence.FEATURES, weights, strict=True)))
    if check:
        return
    counts = [f"{len(sets[0])} events of the articles of {paths[0].name}"]
    counts += [
        f"the top events of {len(s)} sentences of {p.name}"
        for p, s in zip(paths[1:], sets[1:], strict=True)
    ]
    header = HEADER.format(
        l2=L2,
        version=Coder.version,
        commit=_commit(),
        sets=",\n# ".join(counts),
        right=sum(s[label] for s in everything),
        total=len(everything),
        label=LABELS[label],
    )
    rows = "".join(
        f"{name}\t{weight:.4f}\n" for name, weight in zip(confidence.FEATURES, weights, strict=True)
    )
    identity = f"{MAP_MARK}: the identity until refitted (scripts/calibrate.py --fit map).\n"
    OUT.write_text(header + rows + identity + "map\tvalue\n" + map_rows(Calibration()), "utf-8")
    print("weights written with identity maps: refit the maps (--fit map)")


if __name__ == "__main__":
    main()
