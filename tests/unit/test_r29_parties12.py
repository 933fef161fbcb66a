"""Parties, round 29 (the dyad of a rightly typed act): a bare office title repeats the person
named with it, a threat to answer looks past the answerer's own hostile act to the one it
answers, a protest outside a state's embassy is aimed at that state, and a complaint lodged
with a body "over" another state's act is aimed at that state. Every sentence here was written
for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, country, evaluation_coder, events, in_sentence

coder = evaluation_coder

VISIT = (
    "CARACAS (Reuters) - Brazilian Foreign Minister Mauro Vieira arrived in Caracas on Monday "
    "for talks with President Nicolas Maduro. "
)


def test_bare_foreign_minister_is_the_visitor_named_with_that_title(coder: Coder) -> None:
    event = in_sentence(
        coder, VISIT + "The foreign minister later met opposition leaders.", 1, "CONSULT"
    )
    assert country(event.source) == "BRA"


def test_bare_defence_minister_is_the_visiting_minister(coder: Coder) -> None:
    body = (
        "MINSK (Reuters) - Russian Defence Minister Andrei Belousov arrived in Minsk on Tuesday "
        "for talks with President Alexander Lukashenko. The defence minister warned NATO "
        "against deploying troops near the border."
    )
    event = in_sentence(coder, body, 1, "THREATEN")
    assert country(event.source) == "RUS"


def test_bare_title_no_one_was_named_with_stays_the_hosts(coder: Coder) -> None:
    body = (
        "CARACAS (Reuters) - Brazilian President Luiz Inacio Lula da Silva arrived in Caracas "
        "on Monday. The foreign minister accused Washington of meddling."
    )
    event = in_sentence(coder, body, 1, "ACCUSE")
    assert country(event.source) == "VEN"


def test_threat_to_respond_answers_the_strike_behind_an_interception(coder: Coder) -> None:
    body = (
        "MOSCOW (Reuters) - Ukrainian drones struck an oil depot in Russia's Bryansk region "
        "overnight, the governor said. Russia's air defence units intercepted most of the "
        "incoming drones, the defence ministry said. The Kremlin said Moscow reserved the "
        "right to respond."
    )
    event = in_sentence(coder, body, 2, "THREATEN")
    assert country(event.source) == "RUS"
    assert country(event.target) == "UKR"


def test_protest_outside_a_foreign_embassy_is_aimed_at_its_state(coder: Coder) -> None:
    body = (
        "HELSINKI (Reuters) - Hundreds of people protested outside the Russian embassy in "
        "Helsinki on Saturday."
    )
    event = in_sentence(coder, body, 0, "PROTEST")
    assert country(event.source) == "FIN"
    assert country(event.target) == "RUS"


def test_protest_outside_parliament_stays_at_home(coder: Coder) -> None:
    body = (
        "HELSINKI (Reuters) - Hundreds of people protested outside parliament in Helsinki "
        "on Saturday."
    )
    event = in_sentence(coder, body, 0, "PROTEST")
    assert country(event.target) == "FIN"


def test_complaint_to_a_body_over_another_states_act_is_aimed_at_that_state(coder: Coder) -> None:
    for text, aimed in (
        (
            "Finland complained to the United Nations over Russian violations of its airspace.",
            "RUS",
        ),
        (
            "Brazil lodged a complaint with the World Trade Organization over U.S. steel tariffs.",
            "USA",
        ),
    ):
        found = events(coder, text)
        assert found and found[0].plover_type == "ACCUSE"
        assert country(found[0].target) == aimed


def test_complaint_over_its_own_people_stays_with_the_body(coder: Coder) -> None:
    found = events(
        coder, "Sudan complained to the Security Council over the killing of Sudanese soldiers."
    )
    assert found and found[0].plover_type == "ACCUSE"
    assert found[0].target is not None and found[0].target.code.startswith("IGOUNO")


def test_article_helper_codes_the_visit(coder: Coder) -> None:
    coded = article(coder, VISIT)
    assert coded and coded[0].plover_type == "CONSULT" and country(coded[0].source) == "BRA"


def test_a_party_named_only_to_liken_a_thing_is_no_party(coder: Coder) -> None:
    found = events(coder, "Canada imposed EU-style sanctions on Venezuela.")
    assert found and found[0].plover_type == "SANCTION"
    assert country(found[0].source) == "CAN" and country(found[0].target) == "VEN"
    found = events(coder, "The junta rejected calls for Soviet-style elections.")
    assert found and country(found[0].source) != "RUS"


def test_a_party_with_a_hyphened_role_stays_a_party(coder: Coder) -> None:
    found = events(coder, "Venezuelan troops and Cuban-trained militias attacked protesters.")
    assert found and country(found[0].source) == "VEN"
    found = events(coder, "A NATO-led force detained two gunmen in northern Afghanistan.")
    assert found and found[0].source is not None
