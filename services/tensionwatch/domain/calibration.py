"""From the coder's score to its confidence: a monotone map, one per kind of copy.

The logistic model of `confidence.py` gives every act a score; the coder keeps or drops acts
by that score (its floors, `RAW_FLOOR` and `RAW_WIRE_FLOOR`, are those the project's figures
were measured with). The score ranks acts well but says too little in agency copy, where the
acts it keeps are right far more often than it says. So the confidence an event carries is
the score passed through a map fitted on labelled news, one for articles that open with a
dateline (agency copy) and one for the rest: Platt scaling of the score's log-odds,
p = 1 / (1 + exp(-(slope * logit(score) + offset))), with a positive slope. Being strictly
increasing, the map keeps the order of acts, and its image of a floor passes exactly the acts
the floor passed: the recommended thresholds (`recommended()`) are those images, and a
threshold a user sets is taken back to a floor on the score (`raw_floor`).

The maps live in `data/calibration.tsv` beside the model's weights (rows `plain.slope`,
`plain.offset`, `wire.slope`, `wire.offset`), fitted by `scripts/calibrate.py`; a missing row
leaves that map the identity. This module reads nothing else, so the settings can take their
defaults from it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

# The floors on the score: 0.3 everywhere, 0.55 in an article that opens with a dateline.
# Agency copy's floor was 0.5 until tw-rules-0.20: on 550 sentences of agency copy written in
# round 24 and scored before any rule was fitted to them, the acts scored 0.5-0.55 were more
# often background than news (docs/coder.md, Calibration, "The agency-copy floor").
RAW_FLOOR = 0.3
RAW_WIRE_FLOOR = 0.55
GRID = 1000  # scores are rounded to 3 decimals
EPSILON = 1e-9
LIMIT = 1e-3  # scores and confidences lie in [0.001, 0.999]


def _logit(p: float) -> float:
    p = min(max(p, LIMIT), 1.0 - LIMIT)
    return math.log(p / (1.0 - p))


@dataclass(frozen=True, slots=True)
class Platt:
    """p = 1 / (1 + exp(-(slope * logit(score) + offset))); the identity by default."""

    slope: float = 1.0
    offset: float = 0.0

    def __post_init__(self) -> None:
        if not self.slope > 0.0 or not math.isfinite(self.slope + self.offset):
            raise ValueError(f"a confidence map needs a finite positive slope: {self}")

    @property
    def identity(self) -> bool:
        return self.slope == 1.0 and self.offset == 0.0

    def exact(self, score: float) -> float:
        """The map of `score`, unrounded."""
        if self.identity:
            return score
        z = self.slope * _logit(score) + self.offset
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def __call__(self, score: float) -> float:
        """The confidence of an act with `score`: rounded to 3 decimals, in [0.001, 0.999]."""
        if self.identity:
            return score
        return round(min(max(self.exact(score), LIMIT), 1.0 - LIMIT), 3)

    def raw_floor(self, threshold: float) -> float:
        """The least score (on the 3-decimal grid, from 0.001) whose confidence reaches
        `threshold`: the floor on the score that keeps exactly the acts of confidence
        `threshold` or more (over 0.999 when none can; 0 for a threshold of 0)."""
        if threshold <= 0.0:
            return 0.0
        if self.identity:
            return math.ceil(threshold * GRID - EPSILON) / GRID
        z = (_logit(min(max(threshold, LIMIT), 1.0 - LIMIT)) - self.offset) / self.slope
        k = math.ceil(GRID / (1.0 + math.exp(-max(min(z, 30.0), -30.0))))
        k = min(max(k, 1), GRID)
        while k > 1 and self.exact((k - 1) / GRID) >= threshold - EPSILON:
            k -= 1
        while k <= GRID and self.exact(k / GRID) < threshold - EPSILON:
            k += 1
        return k / GRID

    def image(self, score: float) -> float:
        """A threshold that keeps exactly the acts of `score` or more: the shortest decimal
        under the map of `score` that `raw_floor` takes back to `score`."""
        exact = self.exact(score)
        for places in range(1, 7):
            scale = float(10**places)
            threshold = math.floor(exact * scale + EPSILON) / scale
            if self.raw_floor(threshold) == score:
                return threshold
        return exact


@dataclass(frozen=True, slots=True)
class Calibration:
    """The map of articles without a dateline (and sentences coded alone), and of articles
    with one (agency copy)."""

    plain: Platt = Platt()
    wire: Platt = Platt()

    def of(self, wire: bool) -> Platt:
        return self.wire if wire else self.plain


NAMES = ("plain.slope", "plain.offset", "wire.slope", "wire.offset")


def parse(text: str) -> Calibration:
    """The maps in the text of a calibration file (other rows, the weights, are skipped)."""
    values: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, rest = line.partition("\t")
            if name in NAMES:
                values[name] = float(rest.split("\t")[0])
    return Calibration(
        Platt(values.get("plain.slope", 1.0), values.get("plain.offset", 0.0)),
        Platt(values.get("wire.slope", 1.0), values.get("wire.offset", 0.0)),
    )


@cache
def calibration() -> Calibration:
    """The maps of data/calibration.tsv, read once (identities without the file)."""
    path = resources.files("tensionwatch.domain").joinpath("data/calibration.tsv")
    if not path.is_file():
        return Calibration()
    return parse(path.read_text("utf-8"))


@cache
def recommended() -> tuple[float, float]:
    """The recommended minimum confidence, and that of agency copy: the images of the floors
    on the score, so that they keep exactly the acts those floors kept."""
    maps = calibration()
    return maps.plain.image(RAW_FLOOR), maps.wire.image(RAW_WIRE_FLOOR)
