"""Event types that agency copy mixes up (round 24): two spoken acts joined by "and" (the
first is the sentence's act), a participle describing the object of an act, a praise "but" an
appeal, arms handed over, a visiting delegation welcomed, a government dismissed, an import
ban lifted, a call for a resignation, bail denied, a television channel, a ruling called a
coup, an appeal to a court, force on a village or a hotel. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, events, first_act

# --- 1. two spoken acts joined by "and": the first is the act (docs/labelling.md, one event) ---

ARTICLE = (
    "BRUSSELS (Reuters) - The European Union suspended part of its funding to Slovakia on "
    "Thursday over concerns about corruption. Slovakia's government called the decision "
    "political blackmail and threatened to block the bloc's next budget. Soldiers fired live "
    "rounds at protesters demanding the resignation of the governor, killing three."
)


def _first_in(coder: Coder, body: str, index: int) -> str:
    found = [e for e in article(coder, body) if e.sentence_index == index]
    assert found, f"no event in sentence {index}"
    return found[0].cameo_code


def test_first_of_two_spoken_acts(coder: Coder) -> None:
    # the criticism, reported first, is the act; the threat after "and" is not
    assert _first_in(coder, ARTICLE, 1)[:2] == "11"


def test_material_acts_joined_keep_their_order(coder: Coder) -> None:
    # a raid and the arrests it made: not spoken acts, the rule leaves them alone
    text = "Police raided the party's offices in Lusaka and detained five activists."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[1] == "17"


# --- 2. a participle right after a noun describes it --------------------------------------------


def test_participle_after_the_object_is_no_demand(coder: Coder) -> None:
    # the firing on protesters, violent repression (labelling guide points 6 and 47: 175,
    # round 41), not a demand
    assert _first_in(coder, ARTICLE, 2)[:2] == "17"


def test_protest_demanding_stays_the_protest(coder: Coder) -> None:
    text = "Thousands of teachers marched in Bucharest demanding higher wages."
    found = first_act(coder, text)
    assert found is not None and found[0] == "PROTEST"


# --- 3. a praise "but" an appeal: the praise, reported first -----------------------------------


def test_welcomed_but_urged_is_the_praise(coder: Coder) -> None:
    text = "Brazil's president welcomed the truce but urged both sides to free their prisoners."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("SUPPORT", "05")


# --- 4. lexicon: arms handed over, delegations welcomed, governments dismissed -----------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan handed over two patrol boats to the Vietnamese coast guard on Friday.", "072"),
        ("Germany delivered 20 tanks to Poland on Monday.", "072"),
        ("Jordan's king welcomed a Saudi delegation led by the foreign minister in Amman.", "043"),
        ("The Angolan president dismissed his defence minister on Friday.", "083"),
        ("The president of Madagascar dismissed his government on Monday.", "083"),
    ],
)
def test_lexicon_types(coder: Coder, text: str, code: str) -> None:
    found = first_act(coder, text)
    assert found is not None and found[1] == code


def test_dismissing_a_ministers_remarks_is_no_dismissal(coder: Coder) -> None:
    text = "Rome dismissed the Austrian minister's claims as baseless."
    found = first_act(coder, text)
    assert found is not None and found[1] != "083"


# --- 5. an import ban lifted is an embargo eased (085, RETREAT) ---------------------------------


def test_import_ban_lifted_is_an_embargo_eased(coder: Coder) -> None:
    text = "Vietnam lifted its ban on beef imports from Brazil on Tuesday."
    assert first_act(coder, text) == ("RETREAT", "085", 2)


def test_ban_on_rallies_lifted_is_eased(coder: Coder) -> None:
    text = "Zambia's government lifted its ban on opposition rallies on Tuesday."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("CONCEDE", "0812")


# --- 6. "called for his resignation" is an appeal; "demanded" a demand ---------------------------


def test_call_for_resignation_is_an_appeal(coder: Coder) -> None:
    text = "Opposition lawmakers in Rome called for the interior minister's resignation."
    found = first_act(coder, text)
    assert found is not None and found[1] == "0241"


def test_demand_for_resignation_is_a_demand(coder: Coder) -> None:
    text = "Opposition lawmakers in Rome demanded the interior minister's resignation."
    found = first_act(coder, text)
    assert found is not None and found[1] == "1041"


# --- 7. bail denied, a TV channel, a ruling called a coup, an appeal to a court ----------------


def test_bail_denied_is_detention(coder: Coder) -> None:
    text = "A court in Harare denied the two opposition activists bail on Monday."
    found = first_act(coder, text)
    assert found is not None and found[:2] == ("COERCE", "173")


def test_television_channel_is_no_aid(coder: Coder) -> None:
    text = (
        "The prime minister, speaking on the state TV One channel, accused the opposition of "
        "plotting with the help of foreign donors."
    )
    assert coded_as(events(coder, text)) == [("ACCUSE", "112", "GOV", "OPP")]


def test_ruling_called_a_coup_is_criticism(coder: Coder) -> None:
    text = "The former premier called the ruling a coup by judges."
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("ACCUSE", "11")


def test_appeal_to_a_court_is_no_appeal_to_a_party(coder: Coder) -> None:
    text = "The party said it would appeal to the Supreme Court against the ban."
    # Coded today but wrong or doubtful by the guide (round 48's list), so not pinned:
    # a ban appealed against is coded imposed.
    assert all(e.cameo_root != "02" for e in events(coder, text))


# --- 8. force on a village, a market, a church or a hotel is violence against civilians (18) -----


@pytest.mark.parametrize(
    "text",
    [
        "Government aircraft carried out airstrikes on a village in the north on Sunday, "
        "killing nine people.",
        "Gunmen attacked a mosque in the capital during Friday prayers.",
        "Militants stormed a hotel in the port city late on Saturday.",
    ],
)
def test_force_on_civilian_places_is_root_18(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("ASSAULT", "18")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked an army base near the border on Sunday.",
        "Militants stormed the school and exchanged fire with security guards.",
    ],
)
def test_force_between_armed_sides_stays_root_19(coder: Coder, text: str) -> None:
    found = first_act(coder, text, "cameo_root")
    assert found is not None and found[:2] == ("ASSAULT", "19")
