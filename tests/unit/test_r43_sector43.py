"""Round 43, sector43: the sector an event writes for its parties (docs/labelling.md, section
2: protesters and crowds are civilians, `CVL`; the opposition's own people stay `OPP`).
Every sentence in these tests was written for them."""

from __future__ import annotations

from tensionwatch.domain.actor import Actor, shown_sector
from tensionwatch.domain.coder import Coder
from tests.unit.coding import events, recommended_coder

coder = recommended_coder


def target_code(coder: Coder, text: str) -> str | None:
    found = events(coder, text)
    assert found, text
    return found[0].target.code if found[0].target else None


def test_arrested_demonstrators_are_civilians(coder: Coder) -> None:
    text = "Uruguayan police arrested dozens of demonstrators outside the port authority on Friday."
    assert target_code(coder, text) == "URYCVL"


def test_arrested_opposition_demonstrators_stay_opposition(coder: Coder) -> None:
    text = (
        "Uruguayan police arrested dozens of opposition demonstrators outside the port "
        "authority on Friday."
    )
    assert target_code(coder, text) == "URYOPP"


def test_gassed_rioters_are_civilians(coder: Coder) -> None:
    text = "Riot police in Asuncion fired tear gas at rioters who had set fire to a toll booth."
    assert target_code(coder, text) == "PRYCVL"


def test_supporters_of_an_opposition_party_stay_opposition(coder: Coder) -> None:
    text = "Police in Asuncion fired tear gas at supporters of the opposition Blue Party."
    assert target_code(coder, text) == "PRYOPP"


def test_marching_crowd_is_the_civilian_source(coder: Coder) -> None:
    found = events(
        coder, "Thousands of protesters marched on the palace in Asuncion over bus fares."
    )
    assert found and found[0].source is not None
    assert (found[0].source.code, found[0].source.sector) == ("PRYCVL", "CVL")


def test_shown_sector_of_implied_and_named_parties() -> None:
    assert shown_sector("(protesters)", "OPP") == "CVL"
    assert shown_sector("tens of thousands", "OPP") == "CVL"
    assert shown_sector("opposition protesters", "OPP") == "OPP"
    assert shown_sector("activists", "OPP") == "OPP"
    assert shown_sector("protesters", "COP") == "COP"
    assert shown_sector("dockers' union", "LAB") == "CVL"


def test_record_rewrites_code_with_sector() -> None:
    record = Actor("(protesters)", "ZMBOPP", "ZMB", "OPP").record()
    assert (record.code, record.sector) == ("ZMBCVL", "CVL")
    kept = Actor("opposition leader Mwale", "ZMBOPP", "ZMB", "OPP").record()
    assert (kept.code, kept.sector) == ("ZMBOPP", "OPP")


def test_insurgents_are_written_as_rebels() -> None:
    assert shown_sector("militants", "INS") == "REB"
    record = Actor("jihadists", "NERINS", "NER", "INS").record()
    assert (record.code, record.sector) == ("NERREB", "REB")
    # near miss: a gang keeps its own sector
    assert shown_sector("drug cartels", "CRM") == "CRM"


def test_militants_who_ambush_a_convoy_are_rebels(coder: Coder) -> None:
    found = events(
        coder, "Militants ambushed a Nigerien army convoy near Tillaberi, killing six soldiers."
    )
    assert found and found[0].source is not None
    assert found[0].source.sector == "REB"
