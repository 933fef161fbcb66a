"""A learned veto on events of sentences that report no political act (round 35).

A logistic model over what the coder knows of an event once it is coded: its score and the
score's features (`confidence.FEATURES`), the kind of copy (agency copy, with a dateline, or
not), where the sentence stands in its article, the act's root and modality, the parties'
sectors and whether both were found and of one country. An event whose probability of
standing on an irrelevant sentence is over the model's threshold is dropped (`Coder`, last,
after the agency-copy floor). The weights and the threshold live in `data/veto.tsv`, fitted
by `scripts/train_veto.py` on the open labelled sets (docs/coder.md, A trained veto); without
the file nothing is vetoed.
"""

from __future__ import annotations

import math
from functools import cache
from importlib import resources
from typing import Final

from tensionwatch.domain.confidence import FEATURES
from tensionwatch.domain.models import Actor, TensionEvent

# The score's log-odds, the score's features but the bias, then the event's setting
NUMERIC: Final = (
    "bias",
    "logit_score",
    *FEATURES[1:],
    "dateline",
    "dateline*logit_score",
    "lead",
    "position",
    "log_words_m3",
    "not_first_event",
    "events_4",
)


def features(
    event: TensionEvent,
    score: float,
    values: list[float],
    dateline: bool,
    index: int,
    sentences: int,
    rank: int,
    events: int,
) -> dict[str, float]:
    """The veto's features of one event: `score` is the coder's score and `values` its
    features, `index` its sentence's place among the article's `sentences`, `rank` its place
    among the sentence's `events` (the main act first)."""
    score = min(max(score, 0.001), 0.999)
    logit = math.log(score / (1.0 - score))
    dated = float(dateline)
    found = dict(zip(NUMERIC, [1.0, logit, *values[1:]], strict=False))
    found["dateline"] = dated
    found["dateline*logit_score"] = dated * logit
    found["lead"] = float(index == 0)
    found["position"] = min(index / max(sentences, 1), 1.0)
    found["log_words_m3"] = math.log(len(event.sentence.split()) + 1) - 3.0
    found["not_first_event"] = float(rank > 0)
    found["events_4"] = min(events, 4) / 4
    source, target = event.source, event.target
    found["root=" + event.cameo_root] = 1.0
    found["mode=" + event.modality] = 1.0
    found["ssec=" + str(source.sector if source else None)] = 1.0
    found["tsec=" + str(target.sector if target else None)] = 1.0
    found["src=" + ("some" if source else "none")] = 1.0
    found["tgt=" + ("some" if target else "none")] = 1.0
    if source is not None and target is not None:
        found["same3=" + str(source.code[:3] == target.code[:3])] = 1.0
    return found


class Veto:
    """Weights by feature name and the threshold on the probability. `kept` is the coder's
    path: the same sum as `probability(features(...))` without the dict of features (the
    numeric weights in `NUMERIC`'s order, the categories' weights by value, one table per
    kind); the trainer and the tests go by the dict."""

    __slots__ = (
        "weights",
        "threshold",
        "_numeric",
        "_roots",
        "_modes",
        "_sources",
        "_targets",
        "_found",
        "_same",
    )

    def __init__(self, weights: dict[str, float], threshold: float) -> None:
        self.weights = weights
        self.threshold = threshold
        self._numeric = [weights.get(name, 0.0) for name in NUMERIC]
        self._roots = _kind(weights, "root=")
        self._modes = _kind(weights, "mode=")
        self._sources = _kind(weights, "ssec=")
        self._targets = _kind(weights, "tsec=")
        # a party found or not ("src=some", "tgt=none"), then the same country or not
        self._found = [
            weights.get("src=none", 0.0),
            weights.get("src=some", 0.0),
            weights.get("tgt=none", 0.0),
            weights.get("tgt=some", 0.0),
        ]
        self._same = (weights.get("same3=False", 0.0), weights.get("same3=True", 0.0))

    def probability(self, found: dict[str, float]) -> float:
        """The probability that the event's sentence reports no political act."""
        weights, z = self.weights, 0.0
        for name, value in found.items():
            z += weights.get(name, 0.0) * value
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def vetoed(self, found: dict[str, float]) -> bool:
        return self.probability(found) > self.threshold

    def kept(
        self,
        events: list[tuple[TensionEvent, float, list[float]]],
        dateline: bool,
        index: int,
        sentences: int,
    ) -> list[TensionEvent]:
        """The events of one sentence (each with its score and features, the main act first)
        that `vetoed(features(event, score, values, dateline, index, sentences, rank,
        len(events)))` keeps, decided on the same float: each term is the product
        `probability` adds for the feature, added in `features`' order (a category the
        weights lack adds 0.0 there and here), without building the dict; what belongs to the
        sentence is worked out once, and the length once per text (a long sentence's pieces
        have their own)."""
        numeric, count = self._numeric, len(FEATURES)
        at = count + 1  # "dateline", after the bias, the log-odds and the score's features
        dated = float(dateline)
        dated_term = numeric[at] * dated
        lead_term = numeric[at + 2] * float(index == 0)
        position_term = numeric[at + 3] * min(index / max(sentences, 1), 1.0)
        events_term = numeric[at + 6] * (min(len(events), 4) / 4)
        text, words = None, 0.0
        out: list[TensionEvent] = []
        for rank, (event, score, values) in enumerate(events):
            score = min(max(score, 0.001), 0.999)
            logit = math.log(score / (1.0 - score))
            z = 0.0
            z += numeric[0]  # the bias, times 1.0
            z += numeric[1] * logit
            for i in range(1, min(len(values), count)):  # as zip: a feature missing adds none
                z += numeric[i + 1] * values[i]
            z += dated_term
            z += numeric[at + 1] * (dated * logit)
            z += lead_term
            z += position_term
            sentence = event.sentence  # a pydantic field: read once
            if sentence is not text:
                text = sentence
                words = math.log(len(sentence.split()) + 1) - 3.0
            z += numeric[at + 4] * words
            z += numeric[at + 5] * float(rank > 0)
            z += events_term
            source, target = event.source, event.target
            z += self._roots.get(event.cameo_root, 0.0)
            z += self._modes.get(event.modality, 0.0)
            z += self._sources.get(_sector(source), 0.0)
            z += self._targets.get(_sector(target), 0.0)
            z += self._found[1 if source else 0]
            z += self._found[3 if target else 2]
            if source is not None and target is not None:
                z += self._same[1 if source.code[:3] == target.code[:3] else 0]
            if not 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))) > self.threshold:
                out.append(event)
        return out


def _kind(weights: dict[str, float], prefix: str) -> dict[str, float]:
    """The weights of one kind of category ("root=", ...) by the category's value."""
    return {name[len(prefix) :]: w for name, w in weights.items() if name.startswith(prefix)}


def _sector(party: Actor | None) -> str:
    """The party's sector as `features` spells it in its category ("None" for none)."""
    sector = party.sector if party else None
    return "None" if sector is None else sector


@cache
def veto() -> Veto | None:
    """The trained veto (data/veto.tsv), read once; None without the file."""
    path = resources.files("tensionwatch.domain").joinpath("data/veto.tsv")
    if not path.is_file():
        return None
    weights: dict[str, float] = {}
    threshold = 1.0
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith(("#", "feature\t")):
            continue
        name, value = line.split("\t")[:2]
        if name == "threshold":
            threshold = float(value)
        else:
            weights[name] = float(value)
    return Veto(weights, threshold)
