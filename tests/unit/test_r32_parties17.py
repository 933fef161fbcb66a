"""Parties, round 32 (parties17). Every sentence here was written for these tests.

- a state's force answering ("struck back", "retaliated") the armed group of its own country
  that struck first targets that group, whatever place or people its attack was found to hit;
- "X said Y was to blame for the attack" is X's charge on Y (as "was behind" is);
- "X said Y's troops fired ..., calling it a provocation": the calling is the speaker's, on Y;
- a bare "foreign ministry" that summons the envoy of a state is not that state's;
- a meeting's place ("met in Lima") is no party to it; a visit's place is its host."""

from __future__ import annotations

from tensionwatch.domain.coder import Coder
from tests.unit.coding import article, coded_as, dyad, dyad_in, evaluation_coder, in_sentence

coder = evaluation_coder

REBELS_FIRST = (
    "BAMAKO, Mali (AP) — Separatist rebels shelled an army base near Kidal on Tuesday.\n\n"
)


def test_the_army_answering_rebels_of_its_country_targets_them(coder: Coder) -> None:
    body = REBELS_FIRST + "The army struck back, bombing rebel positions."
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert event.source is not None and event.source.code == "MLIMIL"
    assert event.target is not None and event.target.code == "MLIREB"


def test_troops_retaliating_for_an_insurgent_ambush_target_the_insurgents(coder: Coder) -> None:
    body = (
        "MANILA, Philippines (AP) — Communist insurgents ambushed a police patrol in Samar "
        "province on Monday.\n\nTroops retaliated with airstrikes on the guerrillas' camp."
    )
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert event.target is not None and event.target.sector in ("REB", "INS")


def test_rebels_answering_the_army_still_target_the_army(coder: Coder) -> None:
    # near miss: the answerer is the armed group, the state struck first
    body = (
        "BAMAKO, Mali (AP) — Army drones bombed rebel positions near Kidal on Tuesday.\n\n"
        "The rebels retaliated, shelling an army base."
    )
    event = in_sentence(coder, body, 1, "ASSAULT")
    assert event.source is not None and event.source.sector == "REB"
    assert coded_as([event]) == [("ASSAULT", "190", "MLIREB", "MLIMIL")]


def test_a_speaker_saying_another_was_to_blame_accuses_it(coder: Coder) -> None:
    assert dyad(coder, "Israel said Hezbollah was to blame for the rocket attack.", "ACCUSE") == (
        "ISR",
        "LBN",
    )
    text = "Hezbollah is to blame for the attack on the border town, Israel said."
    assert dyad(coder, text, "ACCUSE") == ("ISR", "LBN")


def test_a_plain_blaming_is_unchanged(coder: Coder) -> None:
    # near miss: the verb, not the copula, lays the blame
    assert dyad(coder, "Israel blamed Hezbollah for the rocket attack.", "ACCUSE") == (
        "ISR",
        "LBN",
    )


def test_calling_after_a_reported_clause_is_the_speakers(coder: Coder) -> None:
    text = (
        "Azerbaijan's defense ministry said Armenian troops fired on its positions, calling it "
        "a provocation."
    )
    assert dyad(coder, text, "ACCUSE") == ("AZE", "ARM")
    text = "China said the Philippine coast guard rammed its vessel, calling the act dangerous."
    assert dyad(coder, text, "ACCUSE") == ("CHN", "PHL")


def test_calling_after_the_speakers_own_act_stays_the_speakers(coder: Coder) -> None:
    # near miss: no reported clause; the caller is the subject
    text = "Germany's foreign minister condemned the strike, calling it a war crime."
    source, _ = dyad(coder, text, "ACCUSE")
    assert source == "DEU"


def test_a_bare_ministry_summoning_an_envoy_is_not_the_envoys_state(coder: Coder) -> None:
    source, target = dyad(
        coder, "The foreign ministry summoned the ambassador of Armenia on Monday.", "ACCUSE"
    )
    assert (source, target) == (None, "ARM")
    body = (
        "Azerbaijan and Armenia traded fire along their border on Sunday.\n\n"
        "The foreign ministry summoned the ambassador of Armenia."
    )
    assert dyad_in(coder, body, 1, "ACCUSE") == ("AZE", "ARM")


def test_a_named_ministry_summoning_an_envoy_is_unchanged(coder: Coder) -> None:
    # near miss: the ministry is named with its own country
    text = "Lithuania's foreign ministry summoned the ambassador of Belarus."
    assert dyad(coder, text, "ACCUSE") == ("LTU", "BLR")


def test_a_meetings_place_is_no_party(coder: Coder) -> None:
    found = [e for e in article(coder, "The foreign ministers met in Lima on Friday.")]
    assert found
    assert [act[:2] for act in coded_as(found)] == [("CONSULT", "040")]
    # Coded today but wrong or doubtful by the guide (round 49), so this side is not pinned:
    # the ministers meeting in Lima are coded PER/GOV from the place (no state is named).
    assert all(e.target is None or e.target.country != "PER" for e in found)


def test_a_visits_place_is_its_host(coder: Coder) -> None:
    # near miss: a visit (042) is made to the place it names
    assert dyad(coder, "The Chilean president arrived in Lima on Friday.", "CONSULT") == (
        "CHL",
        "PER",
    )


def test_a_bare_ministry_accusing_a_state_is_not_that_states(coder: Coder) -> None:
    text = "The ministry accused Armenia of the shelling of Azerbaijan's border villages."
    assert dyad(coder, text, "ACCUSE") == ("AZE", "ARM")
    source, target = dyad(coder, "The government blamed Israel for the attack.", "ACCUSE")
    assert (source, target) == (None, "ISR")


def test_a_bare_ministry_accusing_its_own_opposition_is_unchanged(coder: Coder) -> None:
    # near miss: the accused is no state named by its country
    text = "The ministry accused the opposition of plotting a coup in Armenia."
    assert dyad(coder, text, "ACCUSE") == ("ARM", "ARM")
