"""Round 45 (sector45): sectors the event writes as docs/labelling.md gives them, after the veto.

A party of no known role is `OPP` (section 2: "opposition parties, their leaders and
activists"; point 37: a ruling party is `GOV`); the guide has no `PTY`. The coder and the veto
keep reading `PTY`; `actor.written_party` writes it in the event the veto has kept."""

from __future__ import annotations

from tensionwatch.domain.actor import written_party
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import Actor
from tests.unit.coding import first_codes, recommended_coder

coder = recommended_coder


def _party(text: str, country: str = "KEN", sector: str | None = "PTY") -> Actor:
    code = country + (sector or "")
    return Actor(text=text, code=code, country=country, sector=sector)


# --- a party of no known role is the opposition ------------------------------------------


def test_a_named_party_accusing_the_government_is_the_opposition(coder: Coder) -> None:
    text = "The Orange Democratic Movement accused the government of hiding the audit report."
    assert first_codes(coder, text)[1] == "KENOPP"


def test_a_party_arrested_is_the_opposition(coder: Coder) -> None:
    text = "Police in Mombasa detained two officials of the Orange Democratic Movement on Friday."
    assert first_codes(coder, text)[2] == "KENOPP"


def test_a_ruling_party_stays_the_government(coder: Coder) -> None:
    # near miss: a party the sentence calls ruling is the government (point 37)
    text = "The ruling Orange Democratic Movement accused the opposition of hiding the audit."
    assert first_codes(coder, text)[1] == "KENGOV"


def test_only_a_party_of_no_known_role_is_written_opposition() -> None:
    written = written_party(_party("Orange Democratic Movement"), "ACCUSE", True)
    assert written is not None and (written.code, written.sector) == ("KENOPP", "OPP")
    # near misses: parties of all sides, other sectors and no party are left as they are
    assert written_party(_party("all political parties"), "REQUEST", True) is None
    assert written_party(_party("(parties)"), "REQUEST", True) is None
    assert written_party(_party("the legislators", sector="LEG"), "ACCUSE", True) is None
    assert written_party(None, "ACCUSE", True) is None


# --- a protest's sides named by their country alone: the crowd CVL, the protested GOV ------


def test_a_march_on_a_square_is_aimed_at_the_government(coder: Coder) -> None:
    # the coder's target is the square; a place is no party, the march is against the state
    text = "Hundreds of Ecuadorean teachers marched on the Plaza Grande in Quito on Monday."
    assert first_codes(coder, text)[2] == "ECUGOV"


def test_a_blockade_of_a_highway_is_aimed_at_the_government(coder: Coder) -> None:
    text = "Protesters in Bolivia blocked the highway to Oruro on Monday."
    assert first_codes(coder, text)[1:] == ("BOLCVL", "BOLGOV")


def test_a_town_shelled_keeps_no_sector(coder: Coder) -> None:
    # near miss: the place of force has its country and no sector (section 2)
    text = "Bolivian troops shelled the outskirts of Oruro on Monday."
    assert first_codes(coder, text)[1:] == ("BOLMIL", "BOL")


def test_only_a_protest_side_named_by_its_country_alone_is_written() -> None:
    place = _party("Plaza Grande", "ECU", None)
    target = written_party(place, "PROTEST", False)
    assert target is not None and (target.code, target.sector) == ("ECUGOV", "GOV")
    crowd = written_party(_party("Tens", "ECU", None), "PROTEST", True)
    assert crowd is not None and (crowd.code, crowd.sector) == ("ECUCVL", "CVL")
    # near misses: another act, a side with a sector, a code that is not its country's
    assert written_party(place, "COERCE", False) is None
    assert written_party(_party("riot police", "ECU", "COP"), "PROTEST", False) is None
    assert (
        written_party(Actor(text="Plaza Grande", code="ECUX", country="ECU"), "PROTEST", False)
        is None
    )


# --- rights groups NGO, refugees CVL, a nationality marching its crowd ---------------------


def test_a_national_rights_group_is_ngo(coder: Coder) -> None:
    text = "A Zambian rights group accused the police of beating detainees in Ndola."
    assert first_codes(coder, text)[1:] == ("ZMBNGO", "ZMBCOP")


def test_refugees_detained_are_civilians(coder: Coder) -> None:
    text = "Police in Lusaka detained dozens of Congolese refugees on Tuesday."
    assert first_codes(coder, text)[1:] == ("ZMBCOP", "CODCVL")


def test_a_nationality_blocking_a_road_is_the_crowd(coder: Coder) -> None:
    # the coder reads "Bolivian" of "Bolivian miners": a crowd, not the state
    text = "Thousands of Bolivian miners blocked the highway to Oruro on Monday."
    assert first_codes(coder, text)[1] == "BOLCVL"


def test_a_country_accusing_stays_its_government(coder: Coder) -> None:
    # near miss: a country named whole in diplomacy is its government (round 44)
    text = "Bolivia accused Chile of stalling the border talks."
    assert first_codes(coder, text)[1:] == ("BOLGOV", "CHLGOV")


def test_only_the_guide_sectors_and_a_marching_nationality_are_rewritten() -> None:
    group = written_party(_party("rights group", "ZMB", "HRI"), "ACCUSE", True)
    assert group is not None and group.code == "ZMBNGO"
    refugees = written_party(_party("refugees", "COD", "REF"), "COERCE", False)
    assert refugees is not None and refugees.code == "CODCVL"
    crowd = written_party(_party("Bolivian", "BOL", None), "PROTEST", True)
    assert crowd is not None and crowd.code == "BOLCVL"
    # near misses: the country's name marching, the adjective in diplomacy, other sectors
    named = written_party(_party("Bolivia", "BOL", None), "PROTEST", True)
    assert named is not None and named.code == "BOLGOV"
    accusing = written_party(_party("Bolivian", "BOL", None), "ACCUSE", True)
    assert accusing is not None and accusing.code == "BOLGOV"
    assert written_party(_party("police", "ZMB", "COP"), "COERCE", True) is None


# --- supporters of a person are civilians, of a party the opposition (guide point 38) ------


def test_a_named_leader_s_supporters_marching_are_civilians(coder: Coder) -> None:
    text = "Thousands of Zuma supporters marched through Durban on Saturday."
    assert first_codes(coder, text)[1] == "ZAFCVL"


def test_a_leader_s_supporters_gassed_are_civilians(coder: Coder) -> None:
    text = "Riot police in Kampala fired tear gas at Besigye's supporters near the court."
    assert first_codes(coder, text)[1:] == ("UGACOP", "UGACVL")


def test_a_party_s_supporters_stay_the_opposition(coder: Coder) -> None:
    # near miss: supporters of a party are the opposition
    text = "Hundreds of Chadema supporters rallied outside the electoral commission in Arusha."
    assert first_codes(coder, text)[1] == "TZAOPP"


# --- a capital struck or restricted is the place: its people, not its government ----------


def test_a_capital_struck_is_its_people(coder: Coder) -> None:
    text = "Russian drones struck Kyiv overnight, the city's mayor said."
    assert first_codes(coder, text)[2] == "UKRCVL"


def test_a_curfew_in_a_capital_restricts_its_people(coder: Coder) -> None:
    text = "Authorities imposed a night curfew in Lusaka on Friday after the riots."
    assert first_codes(coder, text)[1:] == ("ZMBGOV", "ZMBCVL")


def test_a_capital_accused_stays_its_government(coder: Coder) -> None:
    # near miss: in diplomacy a capital names its government
    text = "Ukraine accused Moscow of shelling Kharkiv."
    assert first_codes(coder, text)[1:] == ("UKRGOV", "RUSGOV")
