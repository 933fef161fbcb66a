"""Parties, round 32 (parties16). Every sentence here was written for these tests.

A condemned act whose doer the clause after it names ("Lebanon denounced the raid, saying it
was carried out by Israeli forces", "Iraq condemned the attack, which it blamed on Turkish
drones"): the condemnation targets that doer, and the passive of the clause ("was carried out
by X") does not make X the condemnation's source."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, country, dyad, dyad_in, evaluation_coder, events

coder = evaluation_coder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lebanon denounced the raid, saying it was carried out by Israeli forces.",
            ("LBN", "ISR"),
        ),
        ("Syria condemned the attack, saying it was launched by Israeli jets.", ("SYR", "ISR")),
        ("Kyiv condemned the attack, which was carried out by Russian drones.", ("UKR", "RUS")),
        (
            "Baghdad condemned the strike, which it said was carried out by a Turkish drone.",
            ("IRQ", "TUR"),
        ),
        ("Iraq condemned the attack, which it blamed on Turkish drones.", ("IRQ", "TUR")),
        (
            "Armenia condemned the shelling of its border post, which it blamed on "
            "Azerbaijani troops.",
            ("ARM", "AZE"),
        ),
    ],
)
def test_condemnation_targets_the_doer_named_after_the_act(
    coder: Coder, text: str, expected: tuple[str, str]
) -> None:
    assert dyad(coder, text, "ACCUSE") == expected


def test_a_named_party_condemned_stays_the_target(coder: Coder) -> None:
    # near miss: the party condemned is named before the clause; the clause is about it
    text = "Poland condemned Belarus, which it said was backed by Russia."
    assert dyad(coder, text, "ACCUSE") == ("POL", "BLR")


def test_a_clause_naming_no_doer_changes_nothing(coder: Coder) -> None:
    # near miss: the clause after the act tells its toll, not who did it
    text = "Kyiv condemned the attack, which was followed by a blackout in the city."
    source, target = dyad(coder, text, "ACCUSE")
    assert source == "UKR"
    assert target != "UKR" or target is None


# An attack fought off ("repelled", "repulsed", "fought off", "thwarted"): the repeller's force
# is aimed at the attack's maker, named by its adjective, possessor or "by" agent, else the
# maker of the last attack the article reported.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's military said it had repulsed a Russian assault near Kupiansk.",
            ("UKR", "RUS"),
        ),
        ("Israeli forces thwarted an attack by Hamas militants on a border post.", ("ISR", "PSE")),
        ("Lebanese troops repelled an Israeli incursion near the village.", ("LBN", "ISR")),
    ],
)
def test_repelled_attack_targets_its_maker(
    coder: Coder, text: str, expected: tuple[str, str]
) -> None:
    assert dyad(coder, text, "ASSAULT") == expected


def test_repelled_attack_of_the_sentence_before(coder: Coder) -> None:
    body = (
        "Russian troops launched an offensive in the Kharkiv region on Friday.\n\n"
        "Ukrainian forces repelled the attack, the general staff said."
    )
    assert dyad_in(coder, body, 1, "ASSAULT") == ("UKR", "RUS")


def test_an_attack_launched_is_no_attack_repelled(coder: Coder) -> None:
    # near miss: the second sentence's subject makes an attack of its own, not a repulse
    body = (
        "Russian troops launched an offensive in the Kharkiv region on Friday.\n\n"
        "Ukrainian forces launched an attack on a Russian depot in Belgorod."
    )
    assert dyad_in(coder, body, 1, "ASSAULT") == ("UKR", "RUS")
    found = events(coder, "Russian forces launched a new assault on Pokrovsk.")
    assert found and country(found[0].source) == "RUS"


# "hit back", "struck back", "fought back": an answer told by a verb and its particle targets
# the maker of the hostile act that the answerer's side suffered (as "retaliated" does).


def test_hit_back_answers_the_attack_before(coder: Coder) -> None:
    body = (
        "Israeli jets struck targets in southern Lebanon overnight.\n\n"
        "Hezbollah hit back with a barrage of rockets."
    )
    assert dyad_in(coder, body, 1, "ASSAULT") == ("LBN", "ISR")


def test_struck_back_answers_the_attack_before(coder: Coder) -> None:
    body = (
        "Azerbaijani forces shelled Armenian border villages on Monday.\n\n"
        "Armenian troops struck back, the defence ministry in Yerevan said."
    )
    assert dyad_in(coder, body, 1, "ASSAULT") == ("ARM", "AZE")


def test_back_without_an_answering_verb_is_no_answer(coder: Coder) -> None:
    # near miss: "pulled back" is a withdrawal, "back" alone answers nothing
    body = (
        "Israeli jets struck targets in southern Lebanon overnight.\n\n"
        "Hezbollah fighters pulled back from the border villages."
    )
    assert coded_as(article(coder, body)) == [
        ("ASSAULT", "195", "ISRMIL", "LBN"),
        ("RETREAT", "087", "LBNREB", "ISRGOV"),
    ]


# "condemned the action": a definite act by a general noun, as "the move" or "the decision",
# names the latest act reported, whose maker is the target.


def test_condemned_the_action_targets_its_maker(coder: Coder) -> None:
    body = (
        "The Chinese coast guard rammed a Philippine supply vessel near the Second Thomas "
        "Shoal.\n\nThe United States condemned the action."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("USA", "CHN")
