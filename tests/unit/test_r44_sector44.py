"""Round 44 (sector44): the sector an event writes for a country named as a whole.

docs/labelling.md, section 2: a country named whole is its government (`GOV`) in diplomacy,
its forces (`MIL`) as the doer of a military act, and has no sector as the place or victim of
force; a people named by its plural demonym is its civilians (`CVL`). The coder keeps the bare
country inside (its rules and the learned veto read it so) and writes the sector in the event
the veto has kept (`coder._whole_sectors`, `actor.written_whole`)."""

from __future__ import annotations

from typing import Any

from tensionwatch.domain.actor import written_party, written_whole
from tensionwatch.domain.coder import Coder
from tensionwatch.domain.models import Actor, TensionEvent
from tests.unit.coding import events, first_codes, recommended_coder

coder = recommended_coder


def _sides(found: list[TensionEvent]) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            event.plover_type,
            event.source.code if event.source else None,
            event.target.code if event.target else None,
        )
        for event in found
    ]


# --- diplomacy: a country named whole is its government ---------------------------------


def test_an_accusation_between_countries_named_whole_is_between_governments(coder: Coder) -> None:
    text = "Moldova accused Georgia on Wednesday of stalling the grain convoy at the port."
    found = events(coder, text)
    assert found and found[0].plover_type == "ACCUSE"
    assert (found[0].source and found[0].source.code, found[0].target and found[0].target.code) == (
        "MDAGOV",
        "GEOGOV",
    )
    assert found[0].source is not None and found[0].source.sector == "GOV"


def test_an_appeal_and_a_recall_write_the_government(coder: Coder) -> None:
    appeal = "Ecuador urged Colombia to reopen its border crossings to lorries."
    assert first_codes(coder, appeal)[1:] == ("ECUGOV", "COLGOV")
    recall = "Latvia recalled its ambassador from Yerevan after the row over the visas."
    assert first_codes(coder, recall)[1:] == ("LVAGOV", "ARMGOV")


def test_a_named_body_keeps_its_own_sector(coder: Coder) -> None:
    # near miss: only the bare country is written GOV; lawmakers stay the legislature
    text = "Moldovan lawmakers accused Georgia on Wednesday of stalling the grain convoy."
    assert first_codes(coder, text)[1:] == ("MDALEG", "GEOGOV")


# --- force: the doer is the country's military, the victim keeps no sector ---------------


def test_a_country_firing_on_another_is_its_military_and_the_victim_stays_bare(
    coder: Coder,
) -> None:
    text = "Tajikistan fired mortars into Kyrgyzstan overnight, a district official said."
    assert _sides(events(coder, text))[:1] == [("ASSAULT", "TJKMIL", "KGZ")]


def test_a_country_moving_troops_is_its_military(coder: Coder) -> None:
    text = "Chad moved troops to its eastern border on Thursday."
    found = events(coder, text)
    assert found and found[0].plover_type == "MOBILIZE"
    assert found[0].source is not None and found[0].source.code == "TCDMIL"


# --- a people named by its plural demonym is its civilians ------------------------------


def test_a_crowd_named_by_its_people_is_civilian(coder: Coder) -> None:
    text = "Thousands of Paraguayans protested in Asuncion against the rise in bus fares."
    found = events(coder, text)
    assert found and found[0].source is not None
    assert (found[0].source.code, found[0].source.sector) == ("PRYCVL", "CVL")


# --- what is no country named whole keeps no sector -------------------------------------


def _bare(text: str, code: str = "SRB") -> Actor:
    return Actor(text=text, code=code, country=code, sector=None)


def test_a_written_sector_needs_a_country_named_whole() -> None:
    assert written_whole(_bare("Serbia"), "ACCUSE", True) == Actor(
        text="Serbia", code="SRBGOV", country="SRB", sector="GOV"
    )
    assert written_whole(_bare("The Netherlands", "NLD"), "CONSULT", False) is not None
    assert written_whole(_bare("Serbian counterpart"), "CONSULT", False) is not None
    # near misses: a name the actor index does not know (a person, a town, an acronym) given
    # the story's country, and the coder's "(country)" for a maker no one names, stay bare
    assert written_whole(_bare("Dragan Vukotic"), "ACCUSE", True) is None
    assert written_whole(_bare("Kragujevac"), "REQUEST", False) is None
    assert written_whole(_bare("SNPK"), "ACCUSE", True) is None
    assert written_whole(_bare("(country)"), "ASSAULT", True) is None


def test_a_victim_of_force_or_coercion_keeps_no_sector() -> None:
    for kind in ("ASSAULT", "COERCE", "MOBILIZE"):
        assert written_whole(_bare("Serbia"), kind, False) is None
    assert written_whole(_bare("Serbia"), "COERCE", True) is not None  # the expeller: GOV


def test_a_party_with_a_sector_or_a_body_code_is_left() -> None:
    army = Actor(text="Serbia", code="SRBMIL", country="SRB", sector="MIL")
    assert written_whole(army, "ACCUSE", True) is None
    body = Actor(text="Serbia", code="IGOEUR", country=None, sector=None)
    assert written_whole(body, "ACCUSE", True) is None


# --- the learned veto reads the bare country it was trained on --------------------------


def test_the_veto_reads_the_bare_country() -> None:
    coder = Coder(min_confidence=0.3, wire_min_confidence=0.3)
    judge = coder._veto
    assert judge is not None
    seen: list[str | None] = []

    class Spy:
        def kept(self, found: list[Any], *rest: Any) -> list[TensionEvent]:
            seen.extend(event.source.sector for event, _, _ in found if event.source)
            assert judge is not None
            return judge.kept(found, *rest)

    coder._veto = Spy()  # type: ignore[assignment]
    found = events(coder, "Moldova accused Georgia on Wednesday of stalling the grain convoy.")
    assert seen and seen[0] is None
    assert found and found[0].source is not None and found[0].source.sector == "GOV"


# --- students are EDU, written after the veto as the bare country is ---------------------


def test_students_arrested_and_their_leaders_are_edu(coder: Coder) -> None:
    arrest = "Police in Tamale detained eleven students who had blocked the road to the ministry."
    assert first_codes(coder, arrest)[1:] == ("GHACOP", "GHAEDU")
    leaders = "Student leaders in Cusco accused the education minister of cutting their grants."
    assert first_codes(coder, leaders)[1] == "PEREDU"


def test_other_civilians_stay_civilians(coder: Coder) -> None:
    # near miss: villagers are no students
    text = "Villagers near Tamale accused the police of beating them during the night."
    assert first_codes(coder, text)[1] == "GHACVL"


def test_only_a_student_head_is_written_edu() -> None:
    student = Actor(text="students", code="GHACVL", country="GHA", sector="CVL")
    assert written_party(student, "PROTEST", True) == Actor(
        text="students", code="GHAEDU", country="GHA", sector="EDU"
    )
    counted = Actor(text="dozens of pupils", code="GHACVL", country="GHA", sector="CVL")
    assert written_party(counted, "PROTEST", True) is not None
    # near misses: the parents of students are civilians; an opposition student keeps his sector
    parents = Actor(text="parents of students", code="GHACVL", country="GHA", sector="CVL")
    assert written_party(parents, "PROTEST", True) is None
    assert (
        written_party(
            Actor(text="student", code="GHAOPP", country="GHA", sector="OPP"), "PROTEST", True
        )
        is None
    )


# --- a country condemned for a military act is the doer of force: MIL --------------------


def test_a_country_condemned_for_a_launch_or_incursion_is_its_military(coder: Coder) -> None:
    launch = "Bolivia's foreign ministry condemned the Chilean missile launch as reckless."
    assert first_codes(coder, launch)[1:] == ("BOLGOV", "CHLMIL")
    incursion = "Latvia's defence minister condemned the Lithuanian incursion into its waters."
    assert first_codes(coder, incursion)[2] == "LTUMIL"


def test_a_country_condemned_for_a_decision_or_accused_of_backing_stays_its_government(
    coder: Coder,
) -> None:
    # near misses: no military act condemned; a charge of backing (112) aims at the state
    decision = "Bolivia's foreign ministry condemned Chile's decision to shut the mountain pass."
    assert first_codes(coder, decision)[2] == "CHLGOV"
    backing = "Bolivia's foreign ministry accused Chile of backing the offensive in the south."
    assert first_codes(coder, backing)[2] == "CHLGOV"


# --- a military government governs: GOV ----------------------------------------------------


def test_a_military_government_is_written_government(coder: Coder) -> None:
    expel = "Gabon's military government ordered the Italian ambassador to leave within two days."
    assert first_codes(coder, expel)[1] == "GABGOV"
    rulers = Actor(text="the military rulers", code="GABMIL", country="GAB", sector="MIL")
    assert written_party(rulers, "ACCUSE", True) == Actor(
        text="the military rulers", code="GABGOV", country="GAB", sector="GOV"
    )


def test_government_troops_and_the_army_stay_military(coder: Coder) -> None:
    # near misses: forces of a government are forces; the army is no government
    troops = Actor(text="government troops", code="GABMIL", country="GAB", sector="MIL")
    assert written_party(troops, "ASSAULT", True) is None
    army = "Gabon's army accused Italy of meddling in the transition."
    assert first_codes(coder, army)[1] == "GABMIL"
