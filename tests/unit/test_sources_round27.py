"""Sources of agency copy, round 27 (sources8): a body that says "it" did something, a
ministry named without its country, and critics who "also" condemn. Each gave the act to the
wrong state: the last state the article named (often the one acted against) instead of the
speaker's own. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, in_sentence


@pytest.mark.parametrize(
    "speaker",
    [
        "Mexico's Attorney General's Office said it had",
        "Mexico's Attorney General's Office said on Tuesday it had",
        "Mexico's defence ministry said it had",
    ],
)
def test_it_after_a_body_that_said_is_that_body(coder: Coder, speaker: str) -> None:
    body = (
        "MEXICO CITY (Reuters) - Canada said on Monday it would put duties on U.S. steel. "
        f"{speaker} detained 30 suspected members of a smuggling gang in Sonora."
    )
    event = in_sentence(coder, body, 1, "COERCE")
    assert country(event.source) == "MEX"


@pytest.mark.parametrize(
    ("body", "source", "target"),
    [
        (
            "MADRID (Reuters) - Spain recalled its ambassador to Israel on Tuesday over remarks "
            "by an Israeli minister. The foreign ministry also summoned Israel's charge "
            "d'affaires in Madrid.",
            "ESP",
            "ISR",
        ),
        (
            "ROME (Reuters) - Italy recalled its ambassador to Russia on Monday over Moscow's "
            "seizure of an Italian firm's assets. The foreign ministry condemned the Russian "
            "decision as illegal.",
            "ITA",
            "RUS",
        ),
    ],
)
def test_a_ministry_after_the_datelines_act_is_the_datelines(
    coder: Coder, body: str, source: str, target: str
) -> None:
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert country(event.source) == source
    assert country(event.target) == target


def test_a_critic_who_also_condemns_joins_the_earlier_accusation(coder: Coder) -> None:
    body = (
        "WARSAW (Reuters) - Poland summoned Russia's ambassador on Monday over comments by a "
        "Russian general about Polish territory. "
        "Warsaw and Moscow have been at odds for years. "
        "The European Union also condemned the remarks as dangerous."
    )
    event = in_sentence(coder, body, 2, "ACCUSE")
    assert country(event.target) == "RUS"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We firmly condemn the jailing of our citizen," the Polish foreign ministry said '
            "on Tuesday.",
            "POL",
        ),
        ('"I condemn the arrest of the mayor," Spain\'s prime minister told reporters.', "ESP"),
        (
            "The Japanese foreign ministry said in a statement on Monday, condemning the seizure "
            "of the trawler.",
            "JPN",
        ),
    ],
)
def test_the_speakers_own_act_in_a_quote_or_a_participle_is_the_speakers(
    coder: Coder, text: str, speaker: str
) -> None:
    event = in_sentence(coder, text, 0, "ACCUSE")
    assert event.source is not None
    assert country(event.source) == speaker
