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
from tensionwatch.domain.models import TensionEvent

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
    """Weights by feature name and the threshold on the probability."""

    __slots__ = ("weights", "threshold")

    def __init__(self, weights: dict[str, float], threshold: float) -> None:
        self.weights = weights
        self.threshold = threshold

    def probability(self, found: dict[str, float]) -> float:
        """The probability that the event's sentence reports no political act."""
        weights, z = self.weights, 0.0
        for name, value in found.items():
            z += weights.get(name, 0.0) * value
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def vetoed(self, found: dict[str, float]) -> bool:
        return self.probability(found) > self.threshold


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
