"""Round 34, parties of right-typed events (parties20): causes found on the opened sets
(wire_probe_2..9, feed_probe_1..4), tested on sentences written for them.

- an arrest told by a verb phrase around its noun, passive with no agent ("was placed under
  house arrest", "was taken into custody"), is the police's of the country (`roles.ARREST_NOUNS`);
  the noun alone ("Banda's arrest drew protests") names no arrester;
- a reproach of "the resolution" or "the statement", "the violation", "the repression" targets
  the maker the article named before, also where a story of one country would have assumed its
  own people (`roles.criticised`, `roles._home_default`);
- "accused its organisers of", "accused the freed prisoners of", "accused the aide of": a
  state's own people (`roles.OWN_PEOPLE`, `roles.PEOPLE_MODIFIERS`), not no one.
"""

from __future__ import annotations

from datetime import date

from tensionwatch.domain.actors import ActorIndex
from tensionwatch.domain.coder import Coder
from tests.unit.coding import (
    actor_index,
    coded_as,
    codes,
    country,
    evaluation_coder,
    events,
    events_in,
    in_sentence,
)

coder = evaluation_coder
index = actor_index

LILONGWE = "LILONGWE, Malawi (AP) — "


def _first(coder: Coder, body: str, index: int) -> tuple[str | None, str | None, str]:
    found = events_in(coder, body, index)
    assert found, f"no event in sentence {index}"
    event = found[0]
    return country(event.source), country(event.target), event.plover_type


def test_house_arrest_in_the_passive_is_the_polices(coder: Coder) -> None:
    body = (
        LILONGWE + "Gunfire was heard near the presidential palace on Monday. "
        "Mr Banda was placed under house arrest days after the vote and charged with treason."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].source is not None
    assert (found[0].source.country, found[0].source.sector) == ("MWI", "COP")
    assert country(found[0].target) == "MWI"


def test_taken_into_custody_with_no_arrester_named(coder: Coder) -> None:
    body = (
        LILONGWE + "Opposition leaders met in the capital on Monday. "
        "An opposition lawmaker was taken into custody on Tuesday after returning from abroad."
    )
    assert _first(coder, body, 1) == ("MWI", "MWI", "COERCE")


def test_the_noun_of_an_arrest_alone_names_no_arrester(coder: Coder) -> None:
    body = (
        LILONGWE + "Gunfire was heard near the presidential palace on Monday. "
        "Banda's arrest drew protests in the capital."
    )
    for event in events_in(coder, body, 1):
        # Today the coder codes nothing here; weak on purpose (round 49): 'drew protests' may be
        # 14 by the guide, as 'the verdict sparked protests' is coded (round 48's list).
        assert event.source is None or event.source.text != "(police)"


def test_condemned_the_resolution_targets_the_body_that_passed_it(coder: Coder) -> None:
    body = (
        "GENEVA (AP) — The U.N. Human Rights Council passed a resolution on Friday censuring "
        "Eritrea for the detention of journalists. "
        "Eritrea's Information Ministry condemned the resolution as biased."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].plover_type == "ACCUSE"
    assert found[0].target is not None and found[0].target.sector == "IGO"


def test_rejected_the_statement_targets_its_maker(coder: Coder) -> None:
    body = (
        "ADDIS ABABA (Reuters) — The European Union called on Eritrea to free jailed journalists. "
        "Eritrea's foreign ministry rejected the statement as interference in its internal affairs."
    )
    found = events_in(coder, body, 1)
    assert found and found[0].plover_type == "REJECT"
    assert found[0].target is not None and found[0].target.sector == "IGO"


def test_a_resolution_with_no_maker_told_stays_at_home(coder: Coder) -> None:
    """Near miss: no earlier act made the resolution, so the story's own people remain."""
    body = (
        "ASMARA, Eritrea (AP) — Eritrea's Information Ministry condemned the resolution as biased."
    )
    assert _first(coder, body, 0) == ("ERI", "ERI", "ACCUSE")


def test_accused_its_organisers_of_a_plot(coder: Coder) -> None:
    body = (
        LILONGWE + "Thousands marched in Lilongwe against the fuel price rise. "
        "The interior minister accused its organisers of trying to seize power."
    )
    assert _first(coder, body, 1) == ("MWI", "MWI", "ACCUSE")


def test_accused_the_freed_prisoners(coder: Coder) -> None:
    body = (
        LILONGWE + "Malawi freed 12 political prisoners on Friday. "
        "President Banda accused the freed prisoners of working for foreign powers."
    )
    assert _first(coder, body, 1) == ("MWI", "MWI", "ACCUSE")


def test_accused_its_neighbours_is_no_home_target(coder: Coder) -> None:
    """Near miss: "its" before a word that names no people of the state's own."""
    body = LILONGWE + "Malawi accused its neighbours of smuggling fuel."
    found = events_in(coder, body, 0)
    assert found and found[0].plover_type == "ACCUSE"
    assert coded_as(found[:1]) == [("ACCUSE", "112", "MWIGOV", None)]


# --- forces named by a model designation, craft in the passive, answers, scenes ----------


def test_a_model_designation_between_demonym_and_agent_word(coder: Coder) -> None:
    body = (
        "VILNIUS, Lithuania — Two Russian Su-30 fighter jets entered Lithuanian airspace "
        "without permission on Friday, the army said."
    )
    assert _first(coder, body, 0) == ("RUS", "LTU", "MOBILIZE")


def test_demonym_and_agent_word_side_by_side_still_join(index: ActorIndex) -> None:
    found = codes(index, "Two Russian fighter jets entered the zone.", date(2024, 5, 1))
    assert found.get("Russian fighter jets") == "RUSMIL"
    found = codes(index, "Chinese J-10 fighters flew near the island.", date(2024, 5, 1))
    assert any(code.startswith("CHN") and text != "Chinese" for text, code in found.items())


def test_craft_scrambled_in_the_passive_are_the_source(coder: Coder) -> None:
    for text in (
        "Belgian jets were scrambled to shadow two Russian bombers over the North Sea.",
        "Belgian F-16 jets were scrambled to shadow two Russian bombers over the North Sea.",
    ):
        found = events(coder, text)
        assert found and found[0].plover_type == "MOBILIZE"
        assert country(found[0].source) == "BEL", text
        assert country(found[0].target) != "BEL", text


def test_officials_before_said_are_no_craft(coder: Coder) -> None:
    """Near miss: "Belgian officials said jets were scrambled": the officials only report."""
    text = "Belgian officials said jets were scrambled to intercept the planes."
    found = events(coder, text)
    # the jets are Belgium's (the officials only report); the source's sector is not pinned
    assert [(e.plover_type, e.cameo_code, country(e.source)) for e in found] == [
        ("MOBILIZE", "152", "BEL")
    ]
    assert found[0].source is not None and found[0].source.text != "Belgian"


OSH = (
    "OSH, Kyrgyzstan (AP) — Uzbek troops attacked Kyrgyz border posts with mortars on Friday, "
    "Kyrgyz officials said. "
)


def test_returned_fire_answers_the_attacker(coder: Coder) -> None:
    assert _first(coder, OSH + "Kyrgyz border guards returned fire.", 1) == (
        "KGZ",
        "UZB",
        "ASSAULT",
    )


def test_were_returning_fire_in_a_reported_clause(coder: Coder) -> None:
    body = (
        OSH + "Kyrgyzstan's frontier agency said its guards were returning fire from two outposts."
    )
    assert _first(coder, body, 1) == ("KGZ", "UZB", "ASSAULT")


def test_returned_home_is_no_fire(coder: Coder) -> None:
    body = OSH + "Kyrgyz officials returned home from talks in Tashkent on Saturday."
    assert events_in(coder, body, 1) == []


MAPUTO = (
    "MAPUTO (Reuters) — Tanzanian troops, deployed in the province since 2022 at the request of "
    "Mozambique's government, clashed with insurgents near the river on Tuesday, the Tanzanian "
    "army said. "
)


def test_government_forces_are_the_home_states(coder: Coder) -> None:
    body = MAPUTO + (
        "Mozambique's interior minister said government forces had recaptured a market town "
        "held by the rebels."
    )
    assert _first(coder, body, 1)[0] == "MOZ"


def test_bare_troops_stay_the_foreign_force(coder: Coder) -> None:
    """Near miss: "the troops" without "government" are the force the story named last."""
    body = MAPUTO + "The troops clashed with the insurgents again on Wednesday."
    found = events_in(coder, body, 1)
    assert found and country(found[0].source) == "TZA"


BRONZES = (
    "France and Belgium agreed on Monday to return looted bronzes to Benin, the French foreign "
    "ministry said. "
)


def test_protesters_are_of_the_city_they_gather_in(coder: Coder) -> None:
    body = (
        "BERLIN (Reuters) — "
        + BRONZES
        + (
            "A few days later, protesters gathered outside the parliament in Cotonou as lawmakers "
            "began debating the deal."
        )
    )
    assert _first(coder, body, 1) == ("BEN", "BEN", "PROTEST")


def test_protesters_in_the_story_country_stay(coder: Coder) -> None:
    body = (
        "PARIS (Reuters) — "
        + BRONZES
        + "Protesters gathered outside the parliament in Paris as lawmakers began debating "
        + "the deal."
    )
    assert _first(coder, body, 1) == ("FRA", "FRA", "PROTEST")


# --- a show of force posted at home names no target ------------------------------------------


def test_army_deployed_to_support_police_has_no_target(coder: Coder) -> None:
    body = (
        "NAIROBI, Kenya (AP) — Kenya deployed the army to support police in dealing with the riots."
    )
    shown = in_sentence(coder, body, 0, "MOBILIZE")
    assert country(shown.source) == "KEN" and shown.target is None


def test_troops_sent_to_a_home_region_have_no_target(coder: Coder) -> None:
    body = (
        "BISHKEK, Kyrgyzstan (AP) — Kyrgyzstan moved extra soldiers and artillery into the Chui "
        "region late on Tuesday, a ministry spokesman said."
    )
    found = events_in(coder, body, 0)
    assert found and found[0].plover_type == "MOBILIZE" and found[0].target is None


def test_troops_deployed_against_home_insurgents_keep_them(coder: Coder) -> None:
    """Near miss: the state's own armed group is whom the force is aimed at."""
    body = "ABUJA, Nigeria (AP) — Nigeria deployed troops against Boko Haram insurgents in Borno."
    found = events_in(coder, body, 0)
    assert found and found[0].plover_type == "MOBILIZE"
    assert found[0].target is not None and found[0].target.sector == "REB"


# --- a bare force ordered by a state's leader is that state's ---------------------------------

VILNIUS = (
    "VILNIUS, Lithuania (AP) — Lithuania will send 2,000 more troops to its border with Belarus "
    "next month, the interior minister said. "
)


def test_army_units_ordered_by_a_president_are_his_states(coder: Coder) -> None:
    body = VILNIUS + (
        "Late on Friday the Belarusian president ordered army units near Lida to be put on "
        "combat alert, state television said."
    )
    shown = in_sentence(coder, body, 1, "MOBILIZE")
    # the source is the president's with or without references._ordered_forces: the units are
    # no party of this 152 (its target is none), so this test cannot show that rule; round 38's
    # review test of the army a president orders (test_r38_review38) fails without it
    assert country(shown.source) == "BLR"


def test_units_named_with_their_country_keep_it(index: ActorIndex) -> None:
    """Near miss: a force with its own country is not moved by the one who orders it."""
    text = "Belarusian President Alexander Lukashenko ordered Russian troops to leave."
    assert codes(index, text, date(2024, 5, 1)).get("Russian troops") == "RUSMIL"


# --- a criticism of a coup targets the country it happens in ---------------------------------


def test_president_denounced_an_attempted_coup(coder: Coder) -> None:
    body = (
        "OUAGADOUGOU, Burkina Faso (Reuters) - Burkina Faso's president denounced an attempted "
        "coup on Wednesday after soldiers stormed the state broadcaster."
    )
    accused = in_sentence(coder, body, 0, "ACCUSE")
    assert country(accused.target) == "BFA"


def test_a_bloc_condemned_an_attempt_to_seize_power(coder: Coder) -> None:
    body = (
        "OUAGADOUGOU, Burkina Faso (Reuters) - Soldiers stormed the state broadcaster in "
        "Ouagadougou on Wednesday and announced that the government had been dissolved. "
        "African Union Commission chairman Moussa Faki Mahamat condemned what he called an "
        "attempt to seize power by force."
    )
    accused = in_sentence(coder, body, 1, "ACCUSE")
    assert country(accused.target) == "BFA"


def test_power_cut_is_no_coup(coder: Coder) -> None:
    """Near miss: "power" after a verb that is not one of seizing names no coup."""
    body = (
        "OUAGADOUGOU, Burkina Faso (Reuters) - The opposition condemned what it called an "
        "attempt to cut power to its offices."
    )
    found = events_in(coder, body, 0)
    assert [act[:3] for act in coded_as(found)] == [("ACCUSE", "111", "BFAOPP")]
    # the unnamed side of the attempt is coded the government (BFA/GOV), not pinned
    assert all(e.target is None or e.target.sector != "MIL" for e in found)
