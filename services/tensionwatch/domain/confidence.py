"""How sure the coder is that an event is right: a logistic model over what it saw.

An event is right when it is a real act of its sentence with the right type (whether its
parties are right is scored apart, as the dyad: see `tensionwatch evaluate`). The features
are what the coder knows when it codes an act: how specific the trigger pattern is, whether
the act is a descriptive noun, from the fallback lexicon, hedged (or asked) or intended, how
many acts the sentence holds, whether each side was found and whether through a reference
(a pronoun, a bare sector, an unknown name), how far the parties stand, and the relevance
score. The weights live in `data/calibration.tsv`, fitted by `scripts/calibrate.py` on
labelled news (its header says which); without the file, hand-set weights stand in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Final

from tensionwatch.domain.acts import Candidate
from tensionwatch.domain.clause_words import (
    GROUP_POSSESSIVES,
    IRREGULAR_PAST,
    PERFECT,
    WEEKDAYS,
    round3,
)
from tensionwatch.domain.clauses import Layout
from tensionwatch.domain.modality import MATERIAL_CONFLICT_ROOTS
from tensionwatch.domain.roles import Roles

# The features that depend on an act's roles, for the ceiling a candidate could reach before
# its roles are known (`_ROLE_INDICES`): the others are fixed by the candidate.
ROLE_FEATURES: Final = (
    "source",
    "target",
    "source_reference",
    "target_reference",
    "distance",
    "relevance",
)
FEATURES: Final[tuple[str, ...]] = (
    "bias",
    "weight",
    "penalty",
    "descriptive",
    "fallback",
    "hedged",
    "intended",
    "material",
    "acts",
    "discount",
    *ROLE_FEATURES,
    "headline",
)


def features(
    candidate: Candidate,
    found: Roles,
    layout: Layout,
    discount: float,
    relevant: float,
    acts: int,
    headline: bool,
) -> list[float]:
    """The values of `confidence.FEATURES` for one act (see `confidence`)."""
    source, target = found.source_mention, found.target_mention
    mentions = layout.mentions
    return [
        1.0,
        candidate.weight,
        candidate.penalty,
        float(candidate.descriptive),
        float(candidate.fallback),
        float(candidate.hedged),
        float(candidate.modality == "intended"),
        float(candidate.root in MATERIAL_CONFLICT_ROOTS),
        min(acts, 6) / 6,
        discount,
        float(source is not None),
        float(target is not None),
        float(
            source is not None and mentions[source].resolved and not _own_speaker(layout, source)
        ),
        float(target is not None and mentions[target].resolved),
        min(found.distance, 150) / 150,
        relevant,
        float(headline),
    ]


# "X said (on Tuesday) (that) it ...": the verbs after which a pronoun is most often the
# speaker itself; a day between the verb and the pronoun, and "that", are stepped over.
OWN_SAYING: Final = frozenset({"said", "says", "announced", "confirmed", "stated"})
SPOKEN_DAYS: Final = WEEKDAYS | frozenset({"today", "yesterday", "on"})
OWN_PRONOUNS: Final = frozenset({"it", "they"})
OWN_DONE: Final[frozenset[str]] = PERFECT  # the deed told done, not a plan
# "the ministry said its forces had struck": the speaker's own body, named by its possessive
OWN_POSSESSIVES: Final[frozenset[str]] = GROUP_POSSESSIVES


def _own_speaker(layout: Layout, index: int) -> bool:
    """ "Venezuela said it had expelled the diplomats", "the army said it killed" (or "it
    struck", an irregular past): a pronoun
    right after its sentence's own speaker and "said", before a deed told done, stands for
    that speaker, no guess from the article (the pronoun resolved to the same country as the
    party named right before the verb): no reference. So too the speaker's own body named by
    its possessive, "the ministry said its forces had struck" (round 54)."""
    words, first, last = layout.words, layout.first[index], layout.last[index]
    if words[first] in OWN_PRONOUNS:
        pronoun = first
    elif first > 0 and words[first - 1] in OWN_POSSESSIVES:
        pronoun = first - 1
    else:
        return False
    if last + 1 >= len(words):
        return False
    done = words[last + 1]
    if done not in OWN_DONE and not done.endswith("ed") and done not in IRREGULAR_PAST:
        return False  # "said it would ...": a plan or a threat keeps its doubt
    k = pronoun - 1
    if k > 0 and words[k] == "that":
        k -= 1
    while k > 0 and words[k] in SPOKEN_DAYS:
        k -= 1
    if k < 1 or words[k] not in OWN_SAYING:
        return False
    country = layout.mentions[index].actor.country
    for other in range(index):
        if layout.last[other] == k - 1:
            return country is not None and layout.mentions[other].actor.country == country
    return False


_ROLE_INDICES: Final = tuple(FEATURES.index(name) for name in ROLE_FEATURES)
_DISTANCE: Final = FEATURES.index("distance")


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic weights, one per feature."""

    weights: tuple[float, ...]

    def score(self, values: Sequence[float]) -> float:
        """The probability the event is right, rounded to 3 decimals, in [0.001, 0.999]."""
        # A plain loop, which mypyc runs on unboxed floats (`sum(map(mul, ...))` made a call
        # a product): the same products added in the same order as `sum`, from 0.0. The
        # coder's values are a list, read natively; any other sequence (a script's tuple) is
        # copied to one (a `Sequence`'s item is a generic `__getitem__` call in compiled code)
        known: list[float] = values if isinstance(values, list) else list(values)
        weights, z = self.weights, 0.0
        for index in range(min(len(weights), len(known))):
            z += weights[index] * known[index]
        p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
        return round3(min(max(p, 0.001), 0.999))

    def ceiling(self, values: Sequence[float]) -> float:
        """The best score `values` could reach whatever the roles turn out to be."""
        best = list(values)
        for index in _ROLE_INDICES:
            weight = self.weights[index]
            best[index] = 1.0 if weight > 0 and index != _DISTANCE else 0.0
        return self.score(best)


def _hand_written() -> Model:
    """Before calibration: roughly the old rule's scale (used only without the data file)."""
    guess = {
        "bias": -2.2,
        "weight": 2.5,
        "penalty": -2.5,
        "descriptive": -0.5,
        "fallback": -0.4,
        "source": 0.7,
        "target": 0.5,
        "distance": -0.5,
        "relevance": 1.0,
    }
    return Model(tuple(guess.get(name, 0.0) for name in FEATURES))


def _read_model() -> Model:
    path = resources.files("tensionwatch.domain").joinpath("data/calibration.tsv")
    if not path.is_file():
        return _hand_written()
    weights = dict.fromkeys(FEATURES, 0.0)
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith(("#", "feature\t")):
            name, value = line.split("\t")[:2]
            if name in weights:
                weights[name] = float(value)
    return Model(tuple(weights[name] for name in FEATURES))


_MODEL_ONCE: Final[list[Model]] = []  # `model()`'s table, once read


def model() -> Model:
    """The calibrated model (data/calibration.tsv), read once."""
    # a compiled list, not `functools.cache`: a cached function's call from compiled code
    # costs a few hundred instructions, and the rules ask for the table every sentence
    if not _MODEL_ONCE:
        _MODEL_ONCE.append(_read_model())
    return _MODEL_ONCE[0]
