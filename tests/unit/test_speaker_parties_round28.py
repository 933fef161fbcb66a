"""Parties of officials on news-site copy, round 28: a speaker after a quote whose ", who"
clause opens with an act ("..., said X, the party's leader, who accused Y of ...") does that
act, and its target is a party again; an official named by a bare title ("the foreign
minister") who acts on a state named by its name or seat is not of that state. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, evaluation_coder, in_sentence

coder = evaluation_coder  # 0.3 on the score, 0.5 in agency copy


def test_a_speaker_after_the_quote_who_accuses_does_the_act(coder: Coder) -> None:
    body = (
        '"The budget punishes the regions," said Pedro Sanchez, the Socialist leader, who '
        "accused Prime Minister Mariano Rajoy of abandoning Catalonia."
    )
    event = in_sentence(coder, body, 0, "ACCUSE")
    assert event.target is not None
    assert country(event.target) == "ESP"


@pytest.mark.parametrize(
    "act",
    [
        "The foreign minister accused Beijing of economic coercion.",
        '"We will not accept this," said the foreign minister, who accused Beijing of coercion.',
    ],
)
def test_a_bare_title_acting_on_a_state_is_not_of_that_state(coder: Coder, act: str) -> None:
    body = "Australia summoned China's ambassador over the jailing of a writer on Monday. " + act
    assert country(in_sentence(coder, body, 1, "ACCUSE").source) == "AUS"


def test_a_bare_title_alone_takes_no_country_from_its_target(coder: Coder) -> None:
    event = in_sentence(
        coder, "The prime minister accused Beijing of bullying exporters.", 0, "ACCUSE"
    )
    assert country(event.source) != "CHN"
