"""Round 57 (nsd57): what a recording shows, told as a participle, is no act of the report.

"A leaked video showed the minister offering contracts to a donor" or "the transcripts appear
to be the president talking to his interior minister" give the scene a tape holds as its
content: evidence in the story, no act the report tells (docs/labelling.md, section 1). An act
the sentence tells itself, before or after the recording ("detained the senator, video footage
showed"; "Police fired tear gas ..., and a video showed"), stays; so does a participle after no
recording ("a photographer showed reporters the crowd ...": no recording noun before the
verb) and a clause with its own subject after the showing verb ("the footage showed that
troops had attacked")."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tensionwatch.domain.existence import recorded_scene
from tensionwatch.domain.lexicon import tokenize
from tests.unit.coding import code_list, recommended_coder

coder = recommended_coder

SCENES = [
    # a video's content after "showed", the participle some words on
    "The cabinet fell on Friday after a leaked video showed the leader of the Liberty Party "
    "offering state contracts to a businessman posing as a Chinese investor.",
    # "appear to be" with a meeting's participle
    "The most revealing transcripts appear to be the president talking to his former defence "
    "minister about the protests.",
    # "footage showing" as a reduced relative of the noun
    "Opposition lawmakers released footage showing the governor meeting the militia's "
    "commander in a hotel.",
]


@pytest.mark.parametrize("text", SCENES)
def test_a_recordings_scene_is_no_act(coder: Coder, text: str) -> None:
    assert code_list(coder, text) == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("a leaked video showed the minister offering contracts", "offering", True),
        ("the minutes appear to be the president talking to his aide", "talking", True),
        # a clause of its own after the showing verb: its subject acts
        ("the video showed that soldiers were attacking the village", "attacking", False),
        # no recording before the verb
        ("the envoy showed the minister offering nothing", "offering", False),
        # the act told before a trailing recording: no participle after the verb
        ("troops detained the senator , video footage showed", "detained", False),
        # a recording named, but no showing verb before the participle
        ("after the video the army began shelling the town", "shelling", False),
    ],
)
def test_recorded_scene(text: str, word: str, expected: bool) -> None:
    words = tokenize(text).words
    assert recorded_scene(words, words.index(word)) is expected
