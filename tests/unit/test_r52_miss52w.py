"""Round 52 (miss52w): acts of relevant agency sentences the coder gave nothing for, sorted by
the stage that dropped them: an aid noun the giving was made under read as a described noun (so
its act fell under the agency floor), an expulsion order whose diplomat's post stood too long
between the order and its term, one side of a border closed, a state's ships in an exclusive
economic zone. Each class in several forms, with near misses that must stay as they were. Every
sentence here was written for these tests."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import country, recommended_coder, second_events

coder = recommended_coder

LEAD = (
    "DILI, June 4 (Reuters) - East Timor's government declared a state of emergency on "
    "Tuesday after floods swept the capital, officials said. "
)


def _second(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, target country) of each event of `text` after `LEAD`."""
    return [
        (e.cameo_code, country(e.source), country(e.target))
        for e in second_events(coder, text, LEAD)
    ]


# --- an aid noun the giving was made under is the act (existence.given_as_aid) ---


def test_goods_delivered_under_an_aid_package_are_aid(coder: Coder) -> None:
    """ "delivered ... under an emergency aid package": the noun hangs from "under", but a verb
    of giving stands before it in its clause; the giving is the aid (07), not a described noun
    under the agency floor."""
    assert _second(
        coder,
        "Australia delivered 300 tonnes of cement to the island on Monday under an emergency "
        "aid package, officials said.",
    ) == [("073", "AUS", "TLS")]


def test_a_craft_handed_over_under_a_grant_aid_scheme_is_aid(coder: Coder) -> None:
    """Another verb, another thing given, another aid noun: "handed two coastal radar units to
    the navy under a grant aid scheme"."""
    assert _second(
        coder,
        "Indonesia on Friday handed two coastal radar units to the navy under a grant aid "
        "scheme, the embassy said.",
    ) == [("070", "IDN", "TLS")]


def test_goods_sent_as_aid_are_one_act(coder: Coder) -> None:
    """ "sent 40 water pumps ... as humanitarian aid": the verb's own aid line and the noun it
    was given as are one act, coded once (`acts._aid_told_once`), as is "shipped wheat under a
    food aid programme"."""
    assert _second(
        coder,
        "South Korea sent 40 water pumps to the flooded districts as humanitarian aid, "
        "the foreign ministry said.",
    ) == [("070", "KOR", "TLS")]
    assert _second(
        coder,
        "Spain shipped 500 tonnes of wheat to the port on Friday under a food aid programme, "
        "the Spanish embassy said.",
    ) == [("070", "ESP", "TLS")]


def test_aid_received_or_a_law_named_for_aid_stays_described(coder: Coder) -> None:
    """Near misses: no giving verb before the aid noun ("received diesel under an emergency aid
    deal", "sank under an emergency aid scheme") leaves a described noun."""
    assert (
        _second(
            coder,
            "The port received diesel under an emergency aid deal last week, officials said.",
        )
        == []
    )
    assert (
        _second(coder, "Fishermen said the boat sank under an emergency aid scheme last week.")
        == []
    )


# --- an expulsion order with the diplomat's post told at length (data/triggers.tsv, 161) ---


def test_a_consul_ordered_out_with_his_post_between_is_an_expulsion(coder: Coder) -> None:
    """ "ordered a Russian consul in the border town of Narva to leave the country": the post
    runs past the four words the order's line allowed; an expulsion (161), as without it."""
    assert _second(
        coder,
        "Estonia ordered a Russian consul in the border town of Narva to leave the country "
        "within a week.",
    ) == [("161", "EST", "RUS")]
    assert _second(
        coder,
        "Albania told the Iranian ambassador at the embassy in Tirana to leave within 24 hours.",
    ) == [("161", "ALB", "IRN")]


def test_a_consul_told_something_else_is_no_expulsion(coder: Coder) -> None:
    """Near miss: the diplomat and his post with no order to leave."""
    assert (
        _second(
            coder,
            "The ministry told the consul in Rijeka that it would review his visa within a week.",
        )
        == []
    )


# --- one side of a border closed or reopened (data/triggers.tsv, 191 / 081) ---


def test_one_side_of_the_border_closed_is_a_closure(coder: Coder) -> None:
    """ "sealed its side of the frontier with Afghanistan": a border closed (191), aimed at the
    neighbour; "reopened its side of the border crossing" lifts it (081)."""
    assert _second(
        coder,
        "Tajikistan sealed its side of the frontier with Afghanistan on Friday after the clashes.",
    ) == [("191", "TJK", "AFG")]
    assert _second(
        coder, "Iran reopened its side of the border crossing with Pakistan on Monday."
    ) == [("081", "IRN", "PAK")]


def test_a_side_of_the_border_with_no_closing_is_nothing(coder: Coder) -> None:
    """Near miss: "waited on its side of the border" closes nothing."""
    assert _second(coder, "Hundreds of trucks waited on its side of the border for a week.") == []


# --- a state's ships in another's exclusive economic zone (data/triggers.tsv, 150) ---


def test_ships_entering_an_exclusive_economic_zone_are_a_show_of_force(coder: Coder) -> None:
    """ "entered the Philippines' exclusive economic zone": as "entered its territorial
    waters", a show of force aimed at the zone's state (150)."""
    assert _second(
        coder,
        "Two Chinese coast guard ships entered the Philippines' exclusive economic zone on "
        "Friday, the coast guard said.",
    ) == [("150", "CHN", "PHL")]


# --- an agent word in the possessive inside a party's name (actors._possessive_in_name) ---

PRETORIA = (
    "PRETORIA, May 20 (AFP) - South Africa and Mozambique signed an agreement on Wednesday to "
    "set up joint army patrols along their border, officials said. "
)


def _after_pretoria(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source country, source sector) of each event of `text` after `PRETORIA`."""
    return [
        (e.cameo_code, country(e.source), e.source.sector if e.source else None)
        for e in second_events(coder, text, PRETORIA)
    ]


def test_the_opposition_named_with_a_possessive_agent_word_is_the_opposition(
    coder: Coder,
) -> None:
    """ "The opposition National Citizens' Movement criticised": "Citizens'" is a word of the
    party's name, not civilians standing nearer the verb than "opposition" (the act was a
    civilians' criticism, under relevance's floor)."""
    assert _after_pretoria(
        coder, "The opposition Popular Citizens' Front criticised the accord on Thursday."
    ) == [("111", "ZAF", "OPP")]
    assert _after_pretoria(
        coder,
        "The opposition United Citizens' Alliance condemned the deal, saying it gave away "
        "too much.",
    ) == [("111", "ZAF", "OPP")]


def test_a_possessive_agent_word_before_no_party_name_stays_a_party(coder: Coder) -> None:
    """Near miss: "the Teachers' Union" is not a party's name head here; the union stays the
    teachers' (a strike called by civilians)."""
    assert _after_pretoria(coder, "The Teachers' Union called a strike on Thursday.") == [
        ("143", "ZAF", "CVL")
    ]
